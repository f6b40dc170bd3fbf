import { policy } from '../../domain/requirements.js';
import { ours, standard, type CodeInfo } from './basis.js';
import { count } from './words.js';

/** Finding codes of HAR captures (ua audit). */
export const harCodes = {
  HAR_INVALID: {
    title: 'The capture cannot be read as a HAR 1.2 file',
    severity: 'error',
    basis: standard('HTTP Archive (HAR) format 1.2'),
    locked: true,
    explanation: `\`ua audit\` reads HAR 1.2 files (HTTP Archive, as exported by browser dev tools, mitmproxy and Fiddler): a JSON object {"log": {"entries": [ … ]}} whose entries have a request with a method, an absolute url and a headers array of {"name", "value"} objects. The file is streamed, never loaded whole; files over ${Math.round(policy.har.maxBytes / 1024 / 1024)} MiB and nesting deeper than ${policy.har.maxDepth} levels are refused. Only what the audit needs is checked: other members may be missing or of any type.`,
    fix: 'Export the capture again as HAR (see docs/ua-audit.md, "Making a capture"), or fix the file at the place shown.',
    message: (a) => `The capture is not a usable HAR file: ${a.detail}.`,
  },
  HAR_NO_PARTNER_API_CALLS: {
    title: 'The capture has no request to an MDE API or Graph Security API',
    severity: 'warning',
    basis: ours('An audit that checked no request is no evidence that the User-Agent is sent. Hence a warning.'),
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
} satisfies Record<string, CodeInfo>;
