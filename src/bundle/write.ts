import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { policy } from '../domain/requirements.js';
import { readBounded } from '../edge/read-bounded.js';
import { InputError } from '../errors.js';
import { loadBundle } from '../messages/bundle.js';

/** Whether a process with this pid still runs (a temporary folder of a live run is left alone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}

async function writeDurably(path: string, data: Buffer): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot fsync a directory; the renames are still atomic there.
  } finally {
    await handle.close();
  }
}

/** Refuses to replace anything that is not an earlier bundle: a user's folder is never deleted. */
async function checkTarget(outDir: string): Promise<'absent' | 'replace'> {
  const { write } = await loadBundle();
  const zipInfo = await lstat(`${outDir}.zip`).catch(() => undefined);
  if (zipInfo && !zipInfo.isFile()) throw new InputError(write.zipNotFile({ zip: `${outDir}.zip` }));
  let info;
  try {
    info = await lstat(outDir);
  } catch {
    return 'absent';
  }
  if (!info.isDirectory()) throw new InputError(write.outNotFolder({ out: outDir }));
  const entries = await readdir(outDir);
  if (entries.length === 0) return 'replace';
  // Read like every other file (bounded, regular files only): a FIFO named manifest.json cannot hang bundle.
  const read = await readBounded(join(outDir, 'manifest.json'), policy.bundle.maxManifestBytes);
  try {
    const manifest = 'bytes' in read ? JSON.parse(read.bytes.toString('utf8')) as { tool?: { name?: string } } : undefined;
    if (manifest?.tool?.name === 'mde-partner') return 'replace';
  } catch {
    // not a bundle
  }
  throw new InputError(write.outNotBundle({ out: outDir }));
}

/** Leftovers of runs that were killed: `.NAME.tmp-PID-…` / `.NAME.old-PID-…` whose PID is gone. */
async function removeStaleTemporaries(parent: string, name: string): Promise<void> {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.zip)?\\.(tmp|old)-(\\d+)-[0-9a-f]+$`);
  for (const entry of await readdir(parent)) {
    const match = pattern.exec(entry);
    if (match && !alive(Number(match[3]))) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * Where the failure happened and how to phrase it, in the run's language: the thing being written,
 * the way out, what is kept.
 */
export interface WriteContext {
  /** "the bundle", "mde-partner.json". */
  what: string;
  /** What the user can do, e.g. "choose another --out". */
  todo: string;
  /** What is left as it was, a sentence: "The previous bundle, if any, is unchanged." (a lower-case start is capitalized, a missing full stop added). */
  kept: string;
}

/** `kept` as a sentence of its own, however the caller wrote it. */
const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}${/[.!?。]$/.test(text) ? '' : '.'}`;

/** The nearest existing ancestor of `path` when it is not a folder (a file in the way), else undefined. */
async function fileInTheWay(path: string): Promise<string | undefined> {
  for (let current = path; ; current = dirname(current)) {
    const info = await stat(current).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : current;
    if (dirname(current) === current) return undefined;
  }
}

/**
 * A failed write as an exit-2 message (what was expected, what was found, what to do), for every
 * error the operating system reports; anything else is a bug and is passed on as it is.
 */
export async function writeProblem(error: unknown, target: string, context: WriteContext): Promise<unknown> {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return error;
  const { write } = await loadBundle();
  const folder = dirname(target);
  const blocker = code === 'ENOTDIR' || code === 'EEXIST' ? await fileInTheWay(folder) : undefined;
  const found = blocker ? write.notFolder({ path: blocker })
    : code === 'ENOSPC' || code === 'EDQUOT' ? write.diskFull({ folder, code })
      : code === 'EROFS' ? write.readOnly({ folder })
        : code === 'EACCES' || code === 'EPERM' ? write.denied({ folder, code })
          : code === 'EBUSY' ? write.busy({ target })
            : code === 'ENOENT' ? write.noNewFiles({ folder })
              : write.refused({ code, detail: (error as Error).message });
  return new InputError(write.cannotWrite({ what: context.what, target, found, todo: context.todo, kept: sentence(context.kept) }));
}

/**
 * Replaces one file atomically: a temporary file beside it, fsynced, then renamed over it. A crash
 * leaves the old file or the new one, never a mix; what a killed run left is removed by the next.
 */
export async function writeFileAtomic(path: string, data: Buffer | string, given?: WriteContext): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await removeStaleTemporaries(dirname(path), basename(path));
    await writeDurably(tmp, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));
    await rename(tmp, path);
    await syncDirectory(dirname(path));
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const context = given ?? { what: basename(path), ...(await loadBundle()).write.file };
    throw await writeProblem(error, path, context);
  }
}

export interface WrittenBundle {
  dir: string;
  zip: string;
}


/**
 * Writes the bundle folder and `<dir>.zip` atomically: everything goes to temporary names beside
 * the target (same file system), is fsynced, then renamed into place. A crash at any moment leaves
 * the previous bundle or none, never a half-written one; the zip is replaced with one rename.
 */
export async function writeBundle(outDir: string, files: ReadonlyMap<string, Buffer>, zip: Buffer): Promise<WrittenBundle> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  let mode: 'absent' | 'replace';
  try {
    await mkdir(parent, { recursive: true });
    mode = await checkTarget(outDir);
    await removeStaleTemporaries(parent, name);
  } catch (error) {
    throw await writeProblem(error, outDir, (await loadBundle()).write.bundle);
  }
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmpDir = join(parent, `.${name}.tmp-${tag}`);
  const tmpZip = join(parent, `.${name}.zip.tmp-${tag}`);
  const oldDir = join(parent, `.${name}.old-${tag}`);
  let movedOld = false;
  try {
    await mkdir(tmpDir);
    for (const [path, data] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      await mkdir(dirname(join(tmpDir, path)), { recursive: true });
      await writeDurably(join(tmpDir, path), data);
    }
    await writeDurably(tmpZip, zip);
    if (mode === 'replace') {
      await rename(outDir, oldDir);
      movedOld = true;
    }
    await rename(tmpDir, outDir);
    await rename(tmpZip, `${outDir}.zip`);
    await syncDirectory(parent);
  } catch (error) {
    // Put the previous bundle back if it was moved aside and the new one did not take its place.
    if (movedOld && !(await exists(outDir))) await rename(oldDir, outDir).catch(() => undefined);
    movedOld = false;
    await rm(tmpDir, { recursive: true, force: true }).catch(() => undefined);
    await rm(tmpZip, { force: true }).catch(() => undefined);
    throw await writeProblem(error, outDir, (await loadBundle()).write.bundle);
  }
  if (movedOld) await rm(oldDir, { recursive: true, force: true });
  return { dir: outDir, zip: `${outDir}.zip` };
}
