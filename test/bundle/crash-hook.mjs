/**
 * Loaded with `node --import` into the CLI under test: counts the operations that change the disk
 * (mkdir, open for writing, write, fsync, rename, rm) and sends itself SIGKILL at the one numbered
 * MDE_CRASH_AT. A write that is killed writes half its data first, as a crash in the middle of it
 * would. With MDE_CRASH_LOG set, the list of operations is written there at exit, so a test knows
 * how many moments there are to crash at.
 */
import { appendFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const crashAt = Number(process.env.MDE_CRASH_AT ?? 0);
const log = process.env.MDE_CRASH_LOG;
let count = 0;

function step(name, detail) {
  count++;
  if (log) appendFileSync(log, `${count} ${name} ${detail}\n`);
  return count === crashAt;
}

const die = () => process.kill(process.pid, 'SIGKILL');
const writes = (flags) => typeof flags === 'string' ? /[wax+]/.test(flags) : typeof flags === 'number' && (flags & 3) !== 0;

for (const name of ['mkdir', 'rename', 'rm', 'writeFile', 'unlink', 'rmdir']) {
  const original = fsp[name];
  fsp[name] = async (...args) => {
    if (step(name, String(args[0]))) die();
    return original(...args);
  };
}

const probe = await fsp.open(process.execPath, 'r');
const FileHandle = Object.getPrototypeOf(probe);
await probe.close();

/** The path each handle was opened with, so that a write or fsync is logged with its file. */
const paths = new WeakMap();

const originalWriteFile = FileHandle.writeFile;
FileHandle.writeFile = async function writeFile(data, ...rest) {
  if (step('handle.writeFile', paths.get(this) ?? '')) {
    await originalWriteFile.call(this, Buffer.from(data).subarray(0, Math.floor((data?.length ?? 0) / 2)), ...rest);
    die();
  }
  return originalWriteFile.call(this, data, ...rest);
};
const originalSync = FileHandle.sync;
FileHandle.sync = async function sync() {
  if (step('handle.sync', paths.get(this) ?? '')) die();
  return originalSync.call(this);
};

const originalOpen = fsp.open;
fsp.open = async (path, flags, ...rest) => {
  if (writes(flags) && step('open', String(path))) die();
  const handle = await originalOpen(path, flags, ...rest);
  paths.set(handle, String(path));
  return handle;
};

syncBuiltinESMExports();
