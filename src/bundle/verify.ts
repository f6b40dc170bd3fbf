import { createWriteStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, posix, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import yauzl from 'yauzl';
import type { UnsafePathReason } from '../checks/catalog/bundle.js';
import type { Args, Finding, Issue } from '../checks/finding.js';
import { parseJsonObject } from '../checks/json.js';
import { show } from '../checks/text.js';
import { policy } from '../domain/requirements.js';
import { readBounded, sizeArgs } from '../edge/read-bounded.js';
import { InputError } from '../errors.js';
import { listingPaths } from '../listing/load.js';
import { loadBundle } from '../messages/bundle.js';
import { validateListing, validateListingText, type ListingResult, type ValidateOptions } from '../listing/validate.js';
import { fails, toFindings } from '../report/findings.js';
import { sha256 } from './bundle.js';

/** Limits for reading a bundle someone else made (policy.bundle). */
export const BUNDLE_LIMITS = policy.bundle;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

interface Collector {
  issues: Issue[];
  add: (code: Issue['code'], file: string, args?: Args) => void;
}

function collector(): Collector {
  const issues: Issue[] = [];
  return { issues, add: (code, file, args) => issues.push({ code, file, ...(args ? { args } : {}) }) };
}

/** yauzl's own refusals of an entry name, as the reasons of BUNDLE_PATH_TRAVERSAL. */
const YAUZL_PATH_REASONS: ReadonlyArray<[RegExp, UnsafePathReason]> = [
  [/^invalid characters in fileName/, 'invalid-characters'],
  [/^absolute path/, 'absolute'],
  [/^invalid relative path/, 'climbs-out'],
];

/** Bundle paths are relative, forward-slashed, without "..", drive letters or empty segments. */
function unsafePathReason(name: string): UnsafePathReason | undefined {
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'absolute';
  if (name.split('/').some((part) => part === '..')) return 'climbs-out';
  if (name.includes('\0')) return 'nul';
  return undefined;
}

interface ManifestEntry { path: string; sha256: string; size?: number }

async function readManifest(dir: string, label: string, c: Collector): Promise<ManifestEntry[] | undefined> {
  const read = await readBounded(join(dir, 'manifest.json'), BUNDLE_LIMITS.maxManifestBytes);
  if ('unreadable' in read) {
    c.add('BUNDLE_MANIFEST_MISSING', label);
    return undefined;
  }
  if ('tooLarge' in read) {
    c.add('BUNDLE_ENTRY_TOO_LARGE', `${label}/manifest.json`, { name: 'manifest.json', ...sizeArgs(read), limit: BUNDLE_LIMITS.maxManifestBytes });
    return undefined;
  }
  try {
    const manifest = JSON.parse(read.bytes.toString('utf8')) as { tool?: { name?: unknown }; files?: unknown };
    const files = manifest.files;
    if (manifest.tool?.name !== 'mde-partner' || !Array.isArray(files)
      || !files.every((f: unknown) => f !== null && typeof f === 'object' && typeof (f as ManifestEntry).path === 'string' && /^[0-9a-f]{64}$/.test(String((f as ManifestEntry).sha256)))) {
      c.add('BUNDLE_MANIFEST_INVALID', `${label}/manifest.json`, { reason: 'shape' });
      return undefined;
    }
    return files as ManifestEntry[];
  } catch (error) {
    c.add('BUNDLE_MANIFEST_INVALID', `${label}/manifest.json`, { reason: 'syntax', detail: (error as Error).message });
    return undefined;
  }
}

/** Every file below dir, without following links; links themselves are reported. */
async function walk(dir: string, label: string, c: Collector, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) c.add('BUNDLE_SYMLINK', `${label}/${rel}`, { name: show(rel) });
    else if (entry.isDirectory()) found.push(...(await walk(join(dir, entry.name), label, c, rel)));
    else if (entry.isFile()) found.push(rel);
    else c.add('BUNDLE_ZIP_INVALID', `${label}/${rel}`, { reason: 'not-regular', name: show(rel) });
    if (found.length > BUNDLE_LIMITS.maxEntries) {
      c.add('BUNDLE_TOO_MANY_ENTRIES', label, { count: BUNDLE_LIMITS.maxEntries, over: 1, limit: BUNDLE_LIMITS.maxEntries });
      break;
    }
  }
  return found;
}

/** A file of the bundle (one walk found, so no link on its way), read within the entry cap and hashed. */
async function hashFile(path: string): Promise<{ sha: string; size: number } | undefined> {
  const read = await readBounded(path, BUNDLE_LIMITS.maxEntryBytes);
  if ('unreadable' in read) return undefined;
  if ('tooLarge' in read) return { sha: '', size: typeof read.tooLarge === 'number' ? read.tooLarge : BUNDLE_LIMITS.maxEntryBytes + 1 };
  return { sha: sha256(read.bytes), size: read.bytes.length };
}

/**
 * Why a path that a received listing.json names must not be opened, or undefined when it is a
 * regular file of the bundle: found by the walk (so no symbolic link on its way and not a folder,
 * FIFO or device) and listed in the manifest (so its hash was checked). Only lstat is used to say
 * what the path is instead; nothing outside the bundle is ever opened.
 */
async function bundlePathProblem(dir: string, path: string, files: ReadonlySet<string>): Promise<UnsafePathReason | undefined> {
  const unsafe = unsafePathReason(path) ?? (isAbsolute(path) ? 'absolute' : undefined);
  if (unsafe) return unsafe;
  const name = posix.normalize(path);
  if (files.has(name)) return undefined;
  const info = await lstat(join(dir, name)).catch(() => undefined);
  if (!info) return 'not-in-bundle';
  if (info.isSymbolicLink()) return 'symlink';
  if (info.isDirectory()) return 'folder';
  if (!info.isFile()) return 'not-regular';
  return 'not-listed';
}

/** Integrity of an unpacked bundle: manifest, hashes, nothing unlisted, no links; then full validation. */
async function verifyFolder(dir: string, label: string, c: Collector, options: VerifyOptions): Promise<ListingResult | undefined> {
  const onDisk = new Set(await walk(dir, label, c));
  if (c.issues.some((i) => i.code === 'BUNDLE_TOO_MANY_ENTRIES')) return undefined;
  const manifest = onDisk.has('manifest.json') ? await readManifest(dir, label, c) : (c.add('BUNDLE_MANIFEST_MISSING', label), undefined);
  if (!manifest) return undefined;
  const listed = new Set<string>();
  for (const entry of manifest) {
    const reason = unsafePathReason(entry.path);
    if (reason) {
      c.add('BUNDLE_PATH_TRAVERSAL', `${label}/manifest.json`, { name: show(entry.path), reason });
      continue;
    }
    listed.add(entry.path);
    // Only files the walk found are read: a manifest entry behind a link or naming a FIFO is missing.
    const actual = onDisk.has(entry.path) ? await hashFile(join(dir, entry.path)) : undefined;
    if (!actual) c.add('BUNDLE_FILE_MISSING', `${label}/${entry.path}`, { name: entry.path });
    else if (actual.size > BUNDLE_LIMITS.maxEntryBytes) c.add('BUNDLE_ENTRY_TOO_LARGE', `${label}/${entry.path}`, { name: entry.path, size: actual.size, limit: BUNDLE_LIMITS.maxEntryBytes });
    else if (actual.sha !== entry.sha256) c.add('BUNDLE_HASH_MISMATCH', `${label}/${entry.path}`, { name: entry.path, expected: entry.sha256.slice(0, 16), actual: actual.sha.slice(0, 16) });
  }
  for (const file of onDisk) {
    if (file !== 'manifest.json' && !listed.has(file)) c.add('BUNDLE_FILE_UNLISTED', `${label}/${file}`, { name: show(file) });
  }
  if (!listed.has('listing.json') || !onDisk.has('listing.json')) {
    c.add('BUNDLE_LISTING_MISSING', label);
    return undefined;
  }
  const listingPath = join(dir, 'listing.json');
  const read = await readBounded(listingPath, policy.listing.maxBytes);
  const text = 'bytes' in read ? read.bytes.toString('utf8') : undefined;
  const parsed = text !== undefined ? await parseJsonObject(text, policy.listing.maxDepth) : undefined;
  if (parsed && 'data' in parsed) {
    const inBundle = new Set([...listed].filter((file) => onDisk.has(file)));
    for (const { field, path } of listingPaths(parsed.data)) {
      const reason = await bundlePathProblem(dir, path, inBundle);
      if (reason) c.add('BUNDLE_PATH_TRAVERSAL', `${label}/listing.json`, { name: show(path), field, reason });
    }
  }
  if (c.issues.length > 0) return undefined;
  // Full validation of the text whose paths were just checked, with paths shown inside the bundle.
  const context = { baseDir: dir, displayRoot: dir, render: options.render };
  const result = text !== undefined ? await validateListingText(text, { ...context, path: 'listing.json' }) : await validateListing(listingPath, context);
  const relabel = (finding: Finding): Finding => ({ ...finding, ...(finding.file ? { file: `${label}/${finding.file}` } : {}) });
  return { ...result, findings: result.findings.map(relabel) };
}

function openZip(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolvePromise, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) reject(error ?? new Error('cannot open'));
      else resolvePromise(zip);
    });
  });
}

/** Counts bytes as they are inflated and stops the stream the moment a limit is passed. */
function byteLimit(limit: number, onExceeded: () => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > limit) {
        onExceeded();
        callback(new Error('limit exceeded'));
      } else callback(null, chunk);
    },
  });
}

/**
 * Unpacks a received zip into a private temporary folder, entry by entry, refusing traversal,
 * links, encrypted entries, too many or too large entries and suspicious compression ratios
 * before inflating anything, and counting inflated bytes while it does.
 */
async function unpackZip(bytes: Buffer, label: string, into: string, c: Collector): Promise<boolean> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    c.add('BUNDLE_ZIP_INVALID', label, { reason: 'zip', detail: (error as Error).message });
    return false;
  }
  if (zip.entryCount > BUNDLE_LIMITS.maxEntries) {
    zip.close();
    c.add('BUNDLE_TOO_MANY_ENTRIES', label, { count: zip.entryCount, limit: BUNDLE_LIMITS.maxEntries });
    return false;
  }
  const seen = new Set<string>();
  let total = 0;
  return new Promise<boolean>((done) => {
    let finished = false;
    const stop = (ok: boolean) => {
      if (finished) return;
      finished = true;
      zip.close();
      done(ok);
    };
    zip.on('error', (error: Error) => {
      const message = error.message;
      if (/^(invalid characters in fileName|absolute path|invalid relative path)/.test(message)) {
        c.add('BUNDLE_PATH_TRAVERSAL', label, { name: show(message.replace(/^[^:]*: /, '')), reason: YAUZL_PATH_REASONS.find(([pattern]) => pattern.test(message))![1] });
      } else {
        c.add('BUNDLE_ZIP_INVALID', label, { reason: 'zip', detail: message });
      }
      stop(false);
    });
    zip.on('end', () => stop(c.issues.length === 0));
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      const where = `${label}/${name}`;
      const fail = (code: Issue['code'], args: Args) => {
        c.add(code, where, args);
        stop(false);
      };
      if (name.endsWith('/')) {
        zip.readEntry();
        return;
      }
      const reason = unsafePathReason(name);
      if (reason) return fail('BUNDLE_PATH_TRAVERSAL', { name: show(name), reason });
      if (seen.has(name)) return fail('BUNDLE_ZIP_INVALID', { reason: 'duplicate', name: show(name) });
      seen.add(name);
      if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return fail('BUNDLE_SYMLINK', { name: show(name) });
      if (entry.isEncrypted()) return fail('BUNDLE_ZIP_INVALID', { reason: 'encrypted', name: show(name) });
      if (entry.uncompressedSize > BUNDLE_LIMITS.maxEntryBytes) {
        return fail('BUNDLE_ENTRY_TOO_LARGE', { name: show(name), size: entry.uncompressedSize, limit: BUNDLE_LIMITS.maxEntryBytes });
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      total += entry.uncompressedSize;
      if ((entry.uncompressedSize > BUNDLE_LIMITS.ratioFloorBytes && ratio > BUNDLE_LIMITS.maxRatio) || total > BUNDLE_LIMITS.maxTotalBytes) {
        return fail('BUNDLE_ZIP_BOMB', { name: show(name), ratio: Math.round(ratio), size: entry.uncompressedSize });
      }
      const target = resolve(into, name);
      if (!target.startsWith(into + sep)) return fail('BUNDLE_PATH_TRAVERSAL', { name: show(name), reason: 'outside' });
      const failStream = (streamError: Error) => {
        if (!c.issues.some((i) => i.file === where)) c.add('BUNDLE_ZIP_INVALID', where, { reason: 'zip', detail: streamError.message });
        stop(false);
      };
      // The folder first, then the stream, piped at once: inflating starts as soon as the stream is
      // open, and a corrupt entry's error needs a listener from that moment on.
      mkdir(dirname(target), { recursive: true }).then(() => zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail('BUNDLE_ZIP_INVALID', error ? { reason: 'zip', detail: error.message } : { reason: 'unreadable-entry', name: show(name) });
        pipeline(
          stream,
          byteLimit(entry.uncompressedSize, () => c.add('BUNDLE_ZIP_BOMB', where, { name: show(name), ratio: Math.round(ratio), size: entry.uncompressedSize, over: 1 })),
          createWriteStream(target, { flags: 'wx', mode: 0o600 }),
        ).then(() => zip.readEntry(), failStream);
      }), failStream);
    });
    zip.readEntry();
  });
}

export interface VerifyOptions {
  /** The rendered logo checks of the contained logo: on by default. */
  render?: ValidateOptions['render'];
}

/** `verify`: integrity of a bundle (folder or zip) and full validation of what it contains. */
export async function verifyBundle(path: string, label: string, options: VerifyOptions = {}): Promise<ListingResult> {
  const { verify } = await loadBundle();
  const info = await stat(path).catch(() => {
    throw new InputError(verify.missing({ path: label }));
  });
  const c = collector();
  let result: ListingResult | undefined;
  if (info.isDirectory()) {
    result = await verifyFolder(path, label, c, options);
  } else {
    // The zip is read whole, within its cap, through the bounded reader (a FIFO or device is refused at once).
    const read = await readBounded(path, BUNDLE_LIMITS.maxZipBytes);
    if ('unreadable' in read) {
      const why = `${verify.unreadable[read.unreadable]}${read.errno ? ` (${read.errno})` : ''}`;
      throw new InputError(verify.notBundle({ path: label, why }));
    }
    if ('tooLarge' in read) {
      c.add('BUNDLE_ENTRY_TOO_LARGE', label, { name: label, ...sizeArgs(read), limit: BUNDLE_LIMITS.maxZipBytes });
    } else {
      const head = read.bytes.length >= 4 ? read.bytes.readUInt32LE(0) : 0;
      if (head !== 0x04034b50 && head !== 0x06054b50) {
        throw new InputError(verify.notBundle({ path: label }));
      }
      const into = await mkdtemp(join(tmpdir(), 'mde-partner-verify-'));
      try {
        if (await unpackZip(read.bytes, label, into, c)) result = await verifyFolder(into, label, c, options);
      } finally {
        await rm(into, { recursive: true, force: true });
      }
    }
  }
  const findings = [...(await toFindings(c.issues)), ...(result?.findings ?? [])];
  return { path: label, ok: !fails(findings), findings };
}
