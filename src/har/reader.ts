import type { HarExpected, HarReason, HarSyntaxCause } from '../checks/catalog/har.js';
import type { Args } from '../checks/finding.js';
import { getManyValues, isMany, none, type Many } from 'stream-chain/defs.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { policy } from '../domain/requirements.js';
import { openRegularFile } from '../edge/read-bounded.js';

/**
 * Streaming reader of HAR 1.2 captures. A capture can be hundreds of megabytes of response bodies;
 * only a few request fields are needed, so the file is tokenized as it is read (stream-json, with
 * strings delivered in pieces and never assembled unless wanted) and each request is handed on as
 * soon as its entry is complete. Of a request body only a bounded prefix is kept (to read a Graph
 * $batch), so memory stays flat whatever the size of the file or of any single body.
 */

/** A User-Agent header of a request, as captured. */
export interface CapturedUserAgent {
  value: string;
  /** The value was longer than the kept prefix (policy.har.maxFieldChars). */
  truncated: boolean;
  /** Index in request.headers. */
  header: number;
  line: number;
}

/** A request's postData, as captured. */
export interface CapturedBody {
  /** postData.text, when it is a string: at most limits.maxBodyChars characters. */
  text?: string;
  /** The text was longer than the kept prefix. */
  truncated: boolean;
  /** postData.encoding, which some tools add (HAR 1.2 has it only for response content). */
  encoding?: string;
}

/** What the audit needs of one log entry's request. */
export interface CapturedRequest {
  /** Index in log.entries. */
  entry: number;
  method: string;
  url: string;
  urlLine: number;
  /** Line of the request's "headers" member. */
  headersLine: number;
  /** The first few User-Agent headers (names compared without case). */
  userAgents: CapturedUserAgent[];
  /** All User-Agent headers of the request, also those not kept. */
  userAgentCount: number;
  /** The request has an Access-Control-Request-Method header (a CORS preflight sends one). */
  corsRequestMethod: boolean;
  /** The entry's _resourceType (Chrome, Edge: "fetch", "preflight", …), when it is a string. */
  resourceType?: string;
  /** request.postData, when it is an object. */
  body?: CapturedBody;
}

/** Where and how the file is not a usable HAR: a reason id (HAR_REASONS) and the values its words need. */
export interface HarProblem {
  /** JSON pointer ("" for the document). */
  pointer: string;
  args: { reason: HarReason } & Args;
  line?: number;
}

export interface HarSink {
  request(request: CapturedRequest): void;
  problem(problem: HarProblem): void;
}

export interface HarScanSummary {
  /** log.entries was found and is an array. */
  entriesFound: boolean;
  /** Items of log.entries (of any type). */
  entries: number;
  /** Reading stopped early: not JSON, too deep, too large, cut off. */
  fatal: boolean;
}

export interface HarLimits {
  maxBytes: number;
  maxDepth: number;
  maxFieldChars: number;
  /** Of postData.text only this many characters are kept. */
  maxBodyChars: number;
}

export const defaultHarLimits: HarLimits = {
  maxBytes: policy.har.maxBytes,
  maxDepth: policy.har.maxDepth,
  maxFieldChars: policy.har.maxFieldChars,
  maxBodyChars: policy.har.maxBatchBodyChars,
};

/** User-Agent headers kept per request; more are counted. */
const KEPT_USER_AGENTS = 4;
/** Member names that matter are short; longer keys are never assembled. */
const MAX_KEY_CHARS = 16;

type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
type Role =
  | 'root' | 'log' | 'entries' | 'entry' | 'request' | 'headers' | 'header' | 'method' | 'url' | 'name' | 'value'
  | 'resourceType' | 'postData' | 'postText' | 'postEncoding' | 'other';

/** The members that lead to what the audit reads; everything else is skipped unassembled. */
const MEMBERS: Partial<Record<Role, Readonly<Record<string, Role>>>> = {
  root: { log: 'log' },
  log: { entries: 'entries' },
  entry: { request: 'request', _resourceType: 'resourceType' },
  request: { method: 'method', url: 'url', headers: 'headers', postData: 'postData' },
  postData: { text: 'postText', encoding: 'postEncoding' },
  header: { name: 'name', value: 'value' },
};
/**
 * Members read when present that may be missing or of another type without making the entry
 * unusable (HAR 1.2 makes postData and its text optional; _resourceType is a browser's own).
 */
const OPTIONAL: ReadonlySet<Role> = new Set(['resourceType', 'postData', 'postText', 'postEncoding']);
const ELEMENTS: Partial<Record<Role, Role>> = { entries: 'entry', headers: 'header' };

/** The JSON type each role must have, and what the message says is expected (HAR_EXPECTED). */
const EXPECTED: Record<Exclude<Role, 'other'>, { type: JsonType; expected: HarExpected }> = {
  root: { type: 'object', expected: 'root' },
  log: { type: 'object', expected: 'log' },
  entries: { type: 'array', expected: 'entries' },
  entry: { type: 'object', expected: 'entry' },
  request: { type: 'object', expected: 'request' },
  headers: { type: 'array', expected: 'headers' },
  header: { type: 'object', expected: 'header' },
  method: { type: 'string', expected: 'string' },
  url: { type: 'string', expected: 'string' },
  name: { type: 'string', expected: 'string' },
  value: { type: 'string', expected: 'string' },
  resourceType: { type: 'string', expected: 'string' },
  postData: { type: 'object', expected: 'object' },
  postText: { type: 'string', expected: 'string' },
  postEncoding: { type: 'string', expected: 'string' },
};

interface Frame {
  array: boolean;
  role: Role;
  pointer: string;
  /** Array items so far. */
  count: number;
  /** The member whose value comes next (objects of a wanted role only). */
  key: string | undefined;
  /** Wanted members seen, for the "is missing" checks. */
  seen: Set<string> | undefined;
}

interface EntryState {
  index: number;
  resourceType?: string;
  /** The entry's request once it is complete and usable; handed on when the entry ends. */
  request?: CapturedRequest;
}

interface RequestState {
  entry: number;
  method?: string;
  url?: string;
  urlLine: number;
  headersLine: number;
  userAgents: CapturedUserAgent[];
  userAgentCount: number;
  corsRequestMethod: boolean;
  body?: CapturedBody;
  broken: boolean;
}

interface HeaderState {
  index: number;
  name?: string;
  value?: string;
  truncated: boolean;
  line: number;
}

class StopScan extends Error {}

/** stream-json's tokenizer: text in, tokens out; `none` flushes it at the end (its typings admit text only). */
type Tokenizer = (input: string | typeof none) => Many<Token> | typeof none;

const SYNTAX: ReadonlyArray<[RegExp, HarSyntaxCause]> = [
  [/escaped characters/, 'bad-escape'],
  [/unexpected characters/, 'unexpected'],
];

/** A syntax error as a cause the catalog words, else (`detail`) the parser's own words. */
function syntaxProblem(message: string): HarProblem['args'] {
  const plain = message.replace(/^Parser (cannot parse input: |has )/, '');
  const cause = SYNTAX.find(([pattern]) => pattern.test(plain))?.[1];
  return cause ? { reason: 'syntax', cause } : { reason: 'syntax', detail: plain };
}

/**
 * Turns HAR text, fed in pieces of any size, into requests and problems. Pieces are cut at line
 * ends before they reach the tokenizer, so every token is known to be on the current line.
 */
export class HarScanner {
  line = 1;
  stopped = false;
  // Strings, keys and numbers arrive in pieces and are never assembled by the tokenizer itself.
  private readonly parse = jsonParser({ packValues: false, streamValues: true }) as unknown as Tokenizer;
  private readonly stack: Frame[] = [];
  private started = false;
  private rootSeen = false;
  private entriesFound = false;
  private entries = 0;
  private fatal = false;
  /** Text of the key or string being assembled, when it is wanted. */
  private text = '';
  private truncated = false;
  private textRole: Role | undefined;
  private inKey = false;
  private keyWanted = false;
  private pointer = '';
  private entry: EntryState | undefined;
  private request: RequestState | undefined;
  private header: HeaderState | undefined;

  constructor(private readonly sink: HarSink, private readonly limits: HarLimits = defaultHarLimits) {}

  write(chunk: string): void {
    let start = 0;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) start = 1;
    }
    while (!this.stopped && start < chunk.length) {
      const newline = chunk.indexOf('\n', start);
      const end = newline < 0 ? chunk.length : newline + 1;
      this.feed(chunk.slice(start, end));
      if (newline < 0) break;
      this.line++;
      start = end;
    }
  }

  end(): HarScanSummary {
    if (!this.stopped) {
      try {
        this.consume(this.parse(none));
      } catch (error) {
        if (!(error instanceof StopScan)) {
          this.stop('', { reason: this.rootSeen ? 'cut-off' : 'empty' });
        }
      }
    }
    return { entriesFound: this.entriesFound, entries: this.entries, fatal: this.fatal };
  }

  /** Ends the scan with a problem: nothing after it is read. */
  stop(pointer: string, args: HarProblem['args']): void {
    this.sink.problem({ pointer, args, line: this.line });
    this.stopped = true;
    this.fatal = true;
  }

  private feed(piece: string): void {
    try {
      this.consume(this.parse(piece));
    } catch (error) {
      if (error instanceof StopScan) return;
      this.stop('', syntaxProblem(error instanceof Error ? error.message : String(error)));
    }
  }

  private consume(output: Many<Token> | typeof none): void {
    if (output === none) return;
    const tokens = isMany(output) ? getManyValues(output) : [output as unknown as Token];
    for (const token of tokens) this.token(token);
  }

  private token(token: Token): void {
    switch (token.name) {
      case 'startObject':
        this.open(false);
        break;
      case 'startArray':
        this.open(true);
        break;
      case 'endObject':
      case 'endArray':
        this.close();
        break;
      case 'startKey':
        this.inKey = true;
        this.keyWanted = this.stack.at(-1)?.role !== 'other';
        this.text = '';
        break;
      case 'endKey': {
        this.inKey = false;
        const frame = this.stack.at(-1)!;
        frame.key = this.keyWanted && this.text.length <= MAX_KEY_CHARS ? this.text : undefined;
        break;
      }
      case 'stringChunk':
        if (this.inKey) {
          if (this.keyWanted && this.text.length <= MAX_KEY_CHARS) this.text += token.value;
        } else if (this.textRole !== undefined && !this.truncated) {
          this.text += token.value;
          const limit = this.textRole === 'postText' ? this.limits.maxBodyChars : this.limits.maxFieldChars;
          if (this.text.length > limit) {
            this.text = this.text.slice(0, limit);
            this.truncated = true;
          }
        }
        break;
      case 'startString': {
        const role = this.begin('string');
        this.textRole = role === 'other' ? undefined : role;
        this.text = '';
        this.truncated = false;
        break;
      }
      case 'endString':
        if (this.textRole !== undefined) this.assign(this.textRole);
        this.textRole = undefined;
        break;
      case 'startNumber':
        this.begin('number');
        break;
      case 'nullValue':
        this.begin('null');
        break;
      case 'trueValue':
      case 'falseValue':
        this.begin('boolean');
        break;
      default:
        // numberChunk, endNumber: numbers are never needed.
        break;
    }
  }

  /** A value starts: which wanted thing it is (or 'other'), its pointer in this.pointer. */
  private begin(type: JsonType): Role {
    const parent = this.stack.at(-1);
    let role: Role = 'other';
    if (!parent) {
      role = 'root';
      this.rootSeen = true;
      this.pointer = '';
    } else if (parent.role !== 'other') {
      if (parent.array) {
        const index = parent.count++;
        const element = ELEMENTS[parent.role];
        if (element) {
          role = element;
          this.pointer = `${parent.pointer}/${index}`;
        }
      } else if (parent.key !== undefined) {
        const member = MEMBERS[parent.role]?.[parent.key];
        if (member) {
          role = member;
          this.pointer = `${parent.pointer}/${parent.key}`;
          parent.seen?.add(parent.key);
        }
      }
    }
    if (role === 'other') return role;
    const expected = EXPECTED[role];
    if (expected.type !== type) {
      if (!OPTIONAL.has(role)) this.problem(this.pointer, { reason: 'type', pointer: this.pointer, expected: expected.expected, foundType: type });
      return 'other';
    }
    return role;
  }

  private open(array: boolean): void {
    const role = this.begin(array ? 'array' : 'object');
    if (this.stack.length >= this.limits.maxDepth) {
      this.stop('', { reason: 'too-deep', limit: this.limits.maxDepth });
      throw new StopScan();
    }
    const wanted = role !== 'other';
    this.stack.push({
      array,
      role,
      pointer: wanted ? this.pointer : '',
      count: 0,
      key: undefined,
      seen: wanted && MEMBERS[role] ? new Set() : undefined,
    });
    if (role === 'entries') this.entriesFound = true;
    else if (role === 'entry') this.entry = { index: this.stack.at(-2)!.count - 1 };
    else if (role === 'request') {
      this.request = { entry: this.stack.at(-3)!.count - 1, urlLine: this.line, headersLine: this.line, userAgents: [], userAgentCount: 0, corsRequestMethod: false, broken: false };
    } else if (role === 'headers' && this.request) this.request.headersLine = this.line;
    else if (role === 'postData' && this.request) this.request.body = { truncated: false };
    else if (role === 'header') this.header = { index: this.stack.at(-2)!.count - 1, truncated: false, line: this.line };
  }

  private close(): void {
    const frame = this.stack.pop()!;
    if (frame.seen) {
      for (const [member, role] of Object.entries(MEMBERS[frame.role]!)) {
        if (!frame.seen.has(member) && !OPTIONAL.has(role)) this.problem(`${frame.pointer}/${member}`, { reason: 'missing', pointer: `${frame.pointer}/${member}` });
      }
    }
    switch (frame.role) {
      case 'entries':
        this.entries = frame.count;
        break;
      case 'header': {
        const header = this.header;
        this.header = undefined;
        const request = this.request;
        const name = header?.name?.toLowerCase();
        if (request && name === 'access-control-request-method') request.corsRequestMethod = true;
        if (!header || !request || name !== 'user-agent' || header.value === undefined) break;
        if (request.userAgents.length < KEPT_USER_AGENTS) {
          request.userAgents.push({ value: header.value, truncated: header.truncated, header: header.index, line: header.line });
        }
        request.userAgentCount++;
        break;
      }
      case 'request': {
        const request = this.request;
        this.request = undefined;
        if (!request || !this.entry || request.broken || request.method === undefined || request.url === undefined) break;
        const { entry, method, url, urlLine, headersLine, userAgents, userAgentCount, corsRequestMethod, body } = request;
        this.entry.request = { entry, method, url, urlLine, headersLine, userAgents, userAgentCount, corsRequestMethod, ...(body ? { body } : {}) };
        break;
      }
      case 'entry': {
        // Handed on only now: members of the entry such as _resourceType may come after the request.
        const entry = this.entry;
        this.entry = undefined;
        if (entry?.request) this.sink.request(entry.resourceType === undefined ? entry.request : { ...entry.request, resourceType: entry.resourceType });
        break;
      }
      default:
        break;
    }
  }

  private assign(role: Role): void {
    const request = this.request;
    const header = this.header;
    if (role === 'method' && request) request.method = this.text;
    else if (role === 'url' && request) {
      request.url = this.text;
      request.urlLine = this.line;
    } else if (role === 'postText' && request?.body) {
      request.body.text = this.text;
      request.body.truncated = this.truncated;
    } else if (role === 'postEncoding' && request?.body) request.body.encoding = this.text;
    else if (role === 'resourceType' && this.entry) this.entry.resourceType = this.text;
    else if (role === 'name' && header) header.name = this.truncated ? undefined : this.text;
    else if (role === 'value' && header) {
      header.value = this.text;
      header.truncated = this.truncated;
      header.line = this.line;
    }
  }

  /** A problem inside a request makes it unusable: it is reported, not audited. */
  private problem(pointer: string, args: HarProblem['args']): void {
    if (this.request && pointer.startsWith(`/log/entries/${this.request.entry}/request`)) this.request.broken = true;
    this.sink.problem({ pointer, args, line: this.line });
  }
}

const READ_CHUNK = 64 * 1024;

/**
 * Streams a HAR file through a HarScanner. It is opened like every other file (openRegularFile: a
 * FIFO or device is refused at once, never waited on) and streamed from that handle, so a capture
 * of hundreds of MB is never held whole.
 */
export async function scanHarFile(path: string, sink: HarSink, limits: HarLimits = defaultHarLimits): Promise<HarScanSummary> {
  const scanner = new HarScanner(sink, limits);
  const opened = await openRegularFile(path);
  if ('unreadable' in opened) {
    scanner.stop('', { reason: 'unreadable', unreadable: opened.unreadable, errno: opened.errno });
    return scanner.end();
  }
  const { handle, size } = opened;
  try {
    if (size > limits.maxBytes) {
      scanner.stop('', { reason: 'too-large', size, limit: limits.maxBytes });
      return scanner.end();
    }
    const decoder = new TextDecoder('utf-8');
    let bytes = 0;
    for await (const chunk of handle.createReadStream({ highWaterMark: READ_CHUNK, autoClose: false }) as AsyncIterable<Buffer>) {
      if (bytes === 0) {
        const signature = signatureProblem(chunk);
        if (signature) {
          scanner.stop('', { reason: signature });
          break;
        }
      }
      bytes += chunk.length;
      if (bytes > limits.maxBytes) {
        scanner.stop('', { reason: 'grew', limit: limits.maxBytes });
        break;
      }
      scanner.write(decoder.decode(chunk, { stream: true }));
      if (scanner.stopped) break;
    }
    if (!scanner.stopped) scanner.write(decoder.decode());
    return scanner.end();
  } finally {
    await handle.close();
  }
}

/** Files that are clearly not JSON text get a message that says what they are. */
function signatureProblem(head: Buffer): HarReason | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x50 && head[1] === 0x4b) return 'zip';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'utf16';
  return undefined;
}
