import type * as IDS from '../../../checks/catalog/har.js';
import type { harCodes } from '../../../checks/catalog/har.js';
import type { CodeWords } from '../../types.js';
import { policy } from '../../../domain/requirements.js';
import type { Args } from '../../../checks/args.js';
import { wordsFor, type Phrase } from '../../types.js';
import { unreadableWords } from './files.js';
import { count } from './words.js';

/** What a value of the capture should be (the reader's roles, named for a person). */
const HAR_EXPECTED = {
  root: () => 'a JSON object {"log": {"entries": [ … ]}} (HAR 1.2)',
  log: () => 'an object holding "entries"',
  entries: () => 'an array of entries',
  entry: () => 'an entry object with a "request"',
  request: () => 'a request object with "method", "url" and "headers"',
  headers: () => 'an array of {"name", "value"} objects',
  header: () => 'a {"name", "value"} object',
  string: () => 'a string',
  object: () => 'an object',
} satisfies Record<(typeof IDS.HAR_EXPECTED)[number], Phrase>;


/** The JSON types found instead. */
const HAR_FOUND = {
  object: () => 'an object', array: () => 'an array', string: () => 'a string', number: () => 'a number', boolean: () => 'a boolean', null: () => 'null',
} satisfies Record<(typeof IDS.HAR_FOUND)[number], Phrase>;

/** Syntax errors the parser reports that are worth words of our own; others keep the parser's (`detail`). */
const HAR_SYNTAX = {
  'bad-escape': () => 'a control character or a bad escape inside a string',
  unexpected: () => 'unexpected characters (after the end of the JSON value?)',
} satisfies Record<(typeof IDS.HAR_SYNTAX)[number], Phrase>;


const MiB = (bytes: unknown) => Number(bytes) / 1024 / 1024;

/** Why the capture is not a usable HAR file. */
const HAR_REASONS = {
  empty: () => 'the file is empty',
  'cut-off': () => 'the file ends before the JSON is complete (was the capture cut off?)',
  syntax: (a) => `not valid JSON: ${a.cause === undefined ? String(a.detail) : wordsFor(HAR_SYNTAX, a, 'cause')}`,
  type: (a) => `${a.pointer || 'the top level'}: expected ${wordsFor(HAR_EXPECTED, a, 'expected')}, found ${wordsFor(HAR_FOUND, a, 'foundType')}`,
  missing: (a) => `${a.pointer} is missing`,
  'too-deep': (a) => `values are nested deeper than ${a.limit} levels`,
  unreadable: (a: Args) => `the file ${unreadableWords({ reason: a.unreadable, errno: a.errno })}`,
  'too-large': (a) => `the file has ${a.size} bytes; captures over ${a.limit} bytes (${MiB(a.limit)} MiB) are not read`,
  grew: (a) => `the file grew past ${a.limit} bytes while it was read`,
  gzip: () => 'it is gzip-compressed; decompress it (gunzip) and audit the .har inside',
  zip: () => 'it is a zip archive; unpack it and audit the .har inside',
  utf16: () => 'it is encoded as UTF-16; save it as UTF-8',
  'not-absolute-url': (a) => `${a.pointer} is not an absolute URL: ${a.url}`,
} satisfies Record<(typeof IDS.HAR_REASONS)[number], Phrase>;


/** Finding codes of HAR captures (ua audit). */
export const harWords = {
  HAR_INVALID: {
    title: 'The capture cannot be read as a HAR 1.2 file',
    why: 'HTTP Archive (HAR) format 1.2',
    explanation: `\`ua audit\` reads HAR 1.2 files (HTTP Archive, as exported by browser dev tools, mitmproxy and Fiddler): a JSON object {"log": {"entries": [ … ]}} whose entries have a request with a method, an absolute url and a headers array of {"name", "value"} objects. The file is streamed, never loaded whole; files over ${Math.round(policy.har.maxBytes / 1024 / 1024)} MiB and nesting deeper than ${policy.har.maxDepth} levels are refused. Only what the audit needs is checked: other members may be missing or of any type.`,
    fix: 'Export the capture again as HAR (see docs/ua-audit.md, "Making a capture"), or fix the file at the place shown.',
    message: (a) => `The capture is not a usable HAR file: ${wordsFor(HAR_REASONS, a)}.`,
  },
  HAR_NO_PARTNER_API_CALLS: {
    title: 'The capture has no request to an MDE API or Graph Security API',
    why: 'An audit that checked no request is no evidence that the User-Agent is sent. Hence a warning.',
    explanation: 'Nothing in the capture could be checked: no request goes to an MDE API host or to a Graph Security path (/v1.0/security/…, /beta/security/… on a Graph host of any cloud, also inside a Graph $batch). Token requests (login.microsoftonline.com, …) and other Graph calls are not counted. CORS preflights (the OPTIONS requests a browser sends with its own User-Agent) and $batch requests whose body could not be read are counted apart and not judged. An audit that checked nothing is not evidence that the User-Agent is sent.',
    fix: 'Capture while the integration calls the MDE or Graph Security APIs (for a server-side client, through mitmproxy or Fiddler), then audit that capture.',
    message: (a) => {
      if (a.entries === 0) return 'The capture has no requests at all (log.entries is empty).';
      const apart = [
        a.preflights ? `${count(a.preflights, 'is a CORS preflight', 'are CORS preflights')} (sent by the browser with its own User-Agent)` : '',
        a.uninspected ? `${count(a.uninspected, 'is a Graph $batch', 'are Graph $batch requests')} whose body could not be read` : '',
      ].filter(Boolean);
      return apart.length === 0
        ? `None of the ${a.entries} requests in the capture goes to an MDE API host or a Graph Security path.`
        : `None of the ${a.entries} requests in the capture could be judged: ${apart.join(' and ')}, and no other goes to an MDE API host or a Graph Security path.`;
    },
  },
} satisfies Record<keyof typeof harCodes, CodeWords>;
