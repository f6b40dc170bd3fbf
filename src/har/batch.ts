import type { CapturedBody } from './reader.js';
import { isBatchedSecurityCall, type GraphBatch } from './scope.js';

/**
 * How many requests of a Graph $batch body call the Graph Security API: they go out with the
 * batch's own User-Agent. Undefined when the body cannot be inspected: missing, cut at
 * policy.har.maxBatchBodyChars, encoded (base64), or not a JSON object with a requests array.
 */
export function securityCallsInBatch(body: CapturedBody | undefined, batch: GraphBatch): number | undefined {
  if (!body || body.text === undefined || body.truncated || body.encoding) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    return undefined;
  }
  const requests = (parsed as { requests?: unknown } | null)?.requests;
  if (typeof parsed !== 'object' || !Array.isArray(requests)) return undefined;
  return requests.filter((request: unknown) => {
    const url = (request as { url?: unknown } | null)?.url;
    return typeof url === 'string' && isBatchedSecurityCall(batch, url);
  }).length;
}
