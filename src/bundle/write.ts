import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

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
  let info;
  try {
    info = await lstat(outDir);
  } catch {
    return 'absent';
  }
  if (!info.isDirectory()) throw new InputError(`--out ${outDir} exists and is not a folder. Choose another --out or remove it.`);
  const entries = await readdir(outDir);
  if (entries.length === 0) return 'replace';
  try {
    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as { tool?: { name?: string } };
    if (manifest.tool?.name === 'mde-partner') return 'replace';
  } catch {
    // not a bundle
  }
  throw new InputError(`--out ${outDir} is a folder that does not hold an mde-partner bundle; it is left alone. Choose an empty or new folder.`);
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
 * Replaces one file atomically: a temporary file beside it, fsynced, then renamed over it. A crash
 * leaves the old file or the new one, never a mix.
 */
export async function writeFileAtomic(path: string, data: Buffer | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeDurably(tmp, Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));
    await rename(tmp, path);
    await syncDirectory(dirname(path));
  } catch (error) {
    await rm(tmp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') {
      throw new InputError(`cannot write ${path} (${code}); nothing was changed.`);
    }
    throw error;
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
  try {
    await mkdir(parent, { recursive: true });
    if (!(await stat(parent)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot create the folder for --out ${outDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const mode = await checkTarget(outDir);
  await removeStaleTemporaries(parent, name);
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
    await rm(tmpDir, { recursive: true, force: true });
    await rm(tmpZip, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC' || code === 'EDQUOT') {
      throw new InputError(`cannot write the bundle to ${outDir} (${code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : 'permission denied'}); the previous bundle, if any, is unchanged.`);
    }
    throw error;
  }
  if (movedOld) await rm(oldDir, { recursive: true, force: true });
  return { dir: outDir, zip: `${outDir}.zip` };
}
