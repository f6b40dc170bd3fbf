import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Args } from '../checks/args.js';
import type { RenderUnavailability } from '../checks/catalog/rendered.js';
import type { RasterMeasure } from '../checks/logo/raster.js';
import { isBoundedLogo } from '../checks/logo/render-bound.js';
import type { RenderResult } from '../checks/logo/rendered.js';
import { policy } from '../domain/requirements.js';
import { builtFile } from './built-file.js';
import { drawLogo, loadResvg, type ResvgModule } from './draw.js';

export interface RenderOptions {
  /** CPU milliseconds a logo may take to draw before the render child is killed (policy.logo.render.cpuTimeoutMs). */
  timeoutMs?: number;
  /** Wall-clock milliseconds after which a request is given up whatever its CPU time (policy.logo.render.backstopMs). */
  backstopMs?: number;
  /** CPU seconds the child may use in all (RLIMIT_CPU); the parent retires it after half of them. */
  cpuLimitS?: number;
  /** Memory limit of the render child in MiB (enforced where the system allows: see docs/security.md). */
  memoryLimitMiB?: number;
  /**
   * Draw a logo whose cost is bounded by construction (render-bound.ts) in this process, at the
   * measuring size only (default true); false sends every logo to the render child.
   */
  inProcess?: boolean;
}

/** A request in flight: its result, and a way to say it is no longer wanted. */
export interface RenderTicket {
  result: Promise<RenderResult>;
  /** The result is not needed: a render in progress for nobody else is stopped at once. */
  cancel(): void;
}

/**
 * CPU seconds a child may use in all (RLIMIT_CPU, set with the memory limit). The parent retires a
 * child after half of it, so a request never meets the limit; it is there for a child whose parent
 * was killed mid-render, which would otherwise draw a hostile logo to the end, however long that takes.
 */
const CPU_LIMIT_S = 60;
/**
 * How often the child's CPU time is read while a request is in flight (never while idle). A read of
 * /proc/<pid>/stat costs some microseconds; the deadline is overshot by at most this much per core.
 */
const CPU_POLL_MS = 50;
/**
 * Clock ticks per second of /proc/<pid>/stat's utime and stime: USER_HZ, which the kernel fixes at 100
 * for user space on every architecture Node runs on (`getconf CLK_TCK`; a test checks it).
 */
const CLOCK_TICKS_PER_S = 100;
/** A child that has not said "ready" by then is taken as unable to start. */
const START_TIMEOUT_MS = 30_000;
/** More output than this from the child is not a render result: it is stopped. */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** An idle child is let go after this long; a later request starts a new one. */
const IDLE_MS = 2_000;
/** Kept in memory per renderer, keyed by the logo's SHA-256: enough for a large multi-listing run. */
const MAX_REMEMBERED = 256;
/** Only the last bytes of the child's stderr are kept, to tell why it died. */
const MAX_STDERR = 4096;

interface Job {
  id: number;
  key: string;
  line: string;
  waiters: number;
  settle: (result: RenderResult) => void;
  settled: boolean;
}

interface Child {
  process: ChildProcess;
  ready: boolean;
  stdout: string;
  stderr: string;
  /** Why we killed it, so that its exit is reported as that and not as a crash. */
  killedFor?: 'timeout' | 'backstop' | 'cancel' | 'overflow' | 'start';
  /**
   * Wall-clock milliseconds spent on requests so far: where CPU time cannot be read, about an upper
   * bound of what it used on them (resvg draws on one thread).
   */
  busyMs: number;
  /** When the request in flight started (the child ready and the request sent). */
  since?: number;
  /** How much CPU time the request had used when the backstop ended it, for its message. */
  backstopCpuMs?: number;
}

/**
 * CPU time (user + system, all threads) that process `pid` has used, in milliseconds, from Linux's
 * /proc/<pid>/stat; undefined where that cannot be read (other systems, or the process is gone).
 * The render child's pid is Node's own, since the shell that sets its limits execs Node.
 */
export function cpuTimeMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces or ')': fields are counted
  // from the last ')'. After it come state (3), ..., utime (14) and stime (15).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_S : undefined;
}

/**
 * resvg loaded into this process for bounded logos, on first use, with the package's fonts folder (a
 * bounded logo has no text, so no font is loaded from it), or why it could not be loaded.
 */
let resvgHere: { resvg: ResvgModule; fontsDir: string } | { unavailable: string } | undefined;

/**
 * Draws `svg` in this process when that is bounded (render-bound.ts: no deadline is needed) and
 * nothing larger than the measuring size is asked for; undefined when it is for the render child.
 */
function drawHere(svg: string, measureSize: number, pngSizes: readonly number[]): RenderResult | undefined {
  if (Math.max(measureSize, ...pngSizes) > policy.logo.render.measureSize || !isBoundedLogo(svg)) return undefined;
  if (!resvgHere) {
    try {
      const resvg = loadResvg(import.meta.url);
      resvgHere = { resvg, fontsDir: join(dirname(builtFile('render-child.cjs') ?? '.'), '..', 'fonts') };
    } catch (error) {
      resvgHere = { unavailable: (error as Error).message.split('\n')[0]! };
    }
  }
  if ('unavailable' in resvgHere) return { status: 'unavailable', reason: 'not-loaded', args: { detail: resvgHere.unavailable } };
  const drawing = drawLogo(resvgHere.resvg, svg, measureSize, pngSizes, resvgHere.fontsDir);
  return 'error' in drawing ? { status: 'failed', reason: 'resvg', args: { detail: drawing.error } } : { status: 'ok', measure: drawing.measure, pngs: drawing.pngs };
}

/**
 * The command that runs the child. On POSIX systems a shell sets the memory limit first and then
 * execs Node, so the child's pid is Node's own and SIGKILL reaches it. RLIMIT_DATA (ulimit -d) is
 * used rather than RLIMIT_AS (ulimit -v): V8 reserves gigabytes of address space it never uses, so an
 * address-space limit would have to be set so high that it limits nothing. Where the shell cannot set
 * the limit, or there is no /bin/sh (Windows), Node is started directly and only the time limit holds.
 */
function childCommand(script: string, memoryLimitMiB: number, cpuLimitS: number): { command: string; args: string[] } {
  const node = [`--max-old-space-size=${Math.max(16, Math.floor(memoryLimitMiB / 4))}`, script];
  if (process.platform === 'win32' || !existsSync('/bin/sh')) return { command: process.execPath, args: node };
  return {
    command: '/bin/sh',
    args: ['-c', `ulimit -d ${memoryLimitMiB * 1024} 2>/dev/null; ulimit -t ${cpuLimitS} 2>/dev/null; exec "$0" "$@"`, process.execPath, ...node],
  };
}

/**
 * Rasterizes logos in one long-lived child process, one logo at a time. Every request has a
 * deadline in CPU time (the child is killed with SIGKILL when it passes, and a new child serves the
 * next request), so that a logo is judged by the work it takes and not by how busy the machine is;
 * a wall-clock backstop far above it ends a request that makes no progress at all. Identical logos
 * are rendered once. The child is started by `start()` (or the first request) and does not keep the
 * parent alive while idle. A logo whose drawing cost is bounded by construction (render-bound.ts) is
 * drawn in this process instead, without a child, when only the measuring size is asked for.
 */
export class LogoRenderer {
  /** CPU milliseconds per request. */
  readonly timeoutMs: number;
  /** Wall-clock milliseconds per request, whatever its CPU time. */
  readonly backstopMs: number;
  readonly memoryLimitMiB: number;
  readonly cpuLimitS: number;
  readonly inProcess: boolean;
  private child: Child | undefined;
  private queue: Job[] = [];
  private current: Job | undefined;
  /**
   * The request written to the child behind the current one, so that the child starts it the moment
   * it has answered, instead of waiting for the parent (busy checking another listing) to send it.
   */
  private ahead: Job | undefined;
  private timer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private nextId = 1;
  /** Set once a child could not start: later requests get the same answer without another try. */
  private unavailable: { reason: RenderUnavailability; args?: Args } | undefined;
  private readonly remembered = new Map<string, Promise<RenderResult>>();
  private readonly jobs = new Map<string, Job>();

  constructor(options: RenderOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? policy.logo.render.cpuTimeoutMs;
    this.backstopMs = options.backstopMs ?? policy.logo.render.backstopMs;
    this.memoryLimitMiB = options.memoryLimitMiB ?? policy.logo.render.memoryLimitMiB;
    this.cpuLimitS = options.cpuLimitS ?? CPU_LIMIT_S;
    this.inProcess = options.inProcess ?? true;
  }

  /** The running child's pid (for diagnostics and tests). */
  get pid(): number | undefined {
    return this.child?.process.pid;
  }

  /** Starts the child now, so that its start-up overlaps with whatever the caller does next. */
  start(): void {
    if (this.child || this.unavailable) return;
    const script = builtFile('render-child.cjs');
    if (!script) {
      this.unavailable = { reason: 'child-missing' };
      return;
    }
    const { command, args } = childCommand(script, this.memoryLimitMiB, this.cpuLimitS);
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const child: Child = { process: builtin('node:child_process').spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env, windowsHide: true }), ready: false, stdout: '', stderr: '', busyMs: 0 };
    this.child = child;
    const proc = child.process;
    proc.stdout!.setEncoding('utf8');
    proc.stderr!.setEncoding('utf8');
    proc.stdout!.on('data', (chunk: string) => this.onStdout(child, chunk));
    proc.stderr!.on('data', (chunk: string) => {
      child.stderr = (child.stderr + chunk).slice(-MAX_STDERR);
    });
    // A child that dies while we write to it is reported through 'exit'.
    proc.stdin!.on('error', () => undefined);
    proc.on('error', (error) => this.onExit(child, `it could not be started (${error.message})`));
    // 'close' comes after the child's output has been read, so a last message is not lost.
    proc.on('close', (code, signal) => this.onExit(child, signal ? `it was ended by ${signal}` : `it exited with code ${code}`));
    const startTimer = setTimeout(() => {
      if (!child.ready) this.kill(child, 'start');
    }, START_TIMEOUT_MS);
    startTimer.unref();
    proc.once('close', () => clearTimeout(startTimer));
    this.setRef(this.current !== undefined);
  }

  /** Renders `svg` (the logo's text), measured at `measureSize` px, with PNGs at `pngSizes`. */
  request(svg: string, pngSizes: readonly number[] = [], measureSize: number = policy.logo.render.measureSize): RenderTicket {
    // A bounded logo is drawn here at once, in about a millisecond: drawing it again costs less than
    // remembering it would (the key is a SHA-256 of the logo, and node:crypto takes some 7 ms to load).
    const drawn = this.inProcess ? drawHere(svg, measureSize, pngSizes) : undefined;
    if (drawn) return { result: Promise.resolve(drawn), cancel: () => undefined };
    const key = builtin('node:crypto').createHash('sha256').update(svg).update(`\0${measureSize}\0${pngSizes.join(',')}`).digest('hex');
    let result = this.remembered.get(key);
    let job = this.jobs.get(key);
    if (result && job) {
      job.waiters++;
    } else if (!result) {
      let settle!: (result: RenderResult) => void;
      result = new Promise<RenderResult>((resolve) => {
        settle = resolve;
      });
      const id = this.nextId++;
      const line = `${JSON.stringify({ id, svg, size: measureSize, pngSizes })}\n`;
      const created: Job = { id, key, line, waiters: 1, settled: false, settle: () => undefined };
      created.settle = (outcome) => {
        if (created.settled) return;
        created.settled = true;
        this.jobs.delete(key);
        // Only what the logo itself decides is remembered; a cancelled or unlucky run is not.
        if (outcome.status === 'cancelled' || outcome.status === 'unavailable') this.remembered.delete(key);
        settle(outcome);
      };
      job = created;
      this.remember(key, result);
      this.jobs.set(key, job);
      this.queue.push(job);
      this.pump();
    }
    const active = job;
    let cancelled = false;
    return {
      result,
      cancel: () => {
        if (cancelled || !active || active.settled) return;
        cancelled = true;
        if (--active.waiters > 0) return;
        this.queue = this.queue.filter((queued) => queued !== active);
        if (this.current === active && this.child) this.kill(this.child, 'cancel');
        else active.settle({ status: 'cancelled' });
        this.pump();
      },
    };
  }

  private remember(key: string, result: Promise<RenderResult>): void {
    if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
    this.remembered.set(key, result);
  }

  /** Stops the child; queued requests end as cancelled. */
  close(): void {
    for (const job of this.queue) job.settle({ status: 'cancelled' });
    this.queue = [];
    this.ahead?.settle({ status: 'cancelled' });
    this.ahead = undefined;
    if (this.child) this.kill(this.child, 'cancel');
    clearTimeout(this.idleTimer);
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) {
      if (!this.current && this.queue.length === 0) this.idle();
      this.sendAhead();
      return;
    }
    clearTimeout(this.idleTimer);
    this.start();
    const child = this.child;
    if (!child) {
      const why = this.unavailable ?? { reason: 'could-not-start' as const };
      for (const job of this.queue.splice(0)) job.settle({ status: 'unavailable', ...why });
      this.idle();
      return;
    }
    const job = this.queue.shift()!;
    this.current = job;
    this.setRef(true);
    child.process.stdin!.write(job.line);
    if (child.ready) this.arm(child);
    this.sendAhead();
  }

  /** Writes the next queued request behind the current one (the child answers in order). */
  private sendAhead(): void {
    if (!this.current || this.ahead || this.queue.length === 0 || !this.child) return;
    this.ahead = this.queue.shift()!;
    this.child.process.stdin!.write(this.ahead.line);
  }

  /** A request written to a child that is gone goes back to the front of the queue, for the next child. */
  private requeueAhead(): void {
    if (this.ahead && !this.ahead.settled) this.queue.unshift(this.ahead);
    this.ahead = undefined;
  }

  /**
   * The deadline runs from when the child is ready and has the request: its start-up is not counted.
   * Where the child's CPU time can be read it is polled while the request is in flight; elsewhere
   * the CPU deadline is approximated by a wall-clock one.
   */
  private arm(child: Child): void {
    clearTimeout(this.timer);
    const since = performance.now();
    const cpuSince = cpuTimeMs(child.process.pid);
    child.since = since;
    if (cpuSince === undefined) {
      const wallMs = Math.min(this.timeoutMs * policy.logo.render.wallFactorWithoutCpuClock, this.backstopMs);
      this.timer = setTimeout(() => this.kill(child, 'timeout'), wallMs);
      this.timer.unref();
      return;
    }
    const poll = () => {
      const used = (cpuTimeMs(child.process.pid) ?? cpuSince) - cpuSince;
      if (used >= this.timeoutMs) {
        this.kill(child, 'timeout');
      } else if (performance.now() - since >= this.backstopMs) {
        child.backstopCpuMs = used;
        this.kill(child, 'backstop');
      } else {
        this.timer = setTimeout(poll, Math.min(CPU_POLL_MS, this.backstopMs - (performance.now() - since)));
        this.timer.unref();
      }
    };
    this.timer = setTimeout(poll, Math.min(CPU_POLL_MS, this.backstopMs));
    this.timer.unref();
  }

  private kill(child: Child, reason: NonNullable<Child['killedFor']>): void {
    child.killedFor ??= reason;
    child.process.kill('SIGKILL');
    // Settle now: the exit event may come later, and the caller should not wait for it.
    this.onExit(child, 'it was stopped');
  }

  private onStdout(child: Child, chunk: string): void {
    if (child !== this.child) return;
    child.stdout += chunk;
    if (child.stdout.length > MAX_RESPONSE_BYTES) {
      this.kill(child, 'overflow');
      return;
    }
    let newline = child.stdout.indexOf('\n');
    while (newline >= 0 && child === this.child) {
      const line = child.stdout.slice(0, newline);
      child.stdout = child.stdout.slice(newline + 1);
      this.onMessage(child, line);
      newline = child.stdout.indexOf('\n');
    }
  }

  private onMessage(child: Child, line: string): void {
    let message: { ready?: boolean; unavailable?: string; id?: number; error?: string; measure?: RasterMeasure; pngs?: Record<string, string> };
    try {
      message = JSON.parse(line) as typeof message;
    } catch {
      this.finishCurrent({ status: 'failed', reason: 'not-json' });
      this.kill(child, 'overflow');
      return;
    }
    if (message.ready) {
      child.ready = true;
      if (this.current) this.arm(child);
      return;
    }
    if (message.unavailable !== undefined) {
      child.killedFor = 'start';
      child.stderr = message.unavailable;
      return;
    }
    if (!this.current || message.id !== this.current.id) return;
    if (message.error !== undefined) {
      this.finishCurrent({ status: 'failed', reason: 'resvg', args: { detail: message.error } });
    } else if (message.measure) {
      const pngs = new Map(Object.entries(message.pngs ?? {}).map(([size, data]) => [Number(size), Buffer.from(data, 'base64')]));
      this.finishCurrent({ status: 'ok', measure: message.measure, pngs });
    }
    child.busyMs += performance.now() - (child.since ?? performance.now());
    // Its CPU time in all, start-up included, as the kernel counts it against RLIMIT_CPU.
    if ((cpuTimeMs(child.process.pid) ?? child.busyMs) > (this.cpuLimitS * 1000) / 2) {
      this.requeueAhead();
      this.retire();
    } else if (this.ahead) {
      // The child is already drawing the request behind it: its deadline starts now.
      this.current = this.ahead;
      this.ahead = undefined;
      this.arm(child);
    }
    this.pump();
  }

  private finishCurrent(result: RenderResult): void {
    clearTimeout(this.timer);
    const job = this.current;
    this.current = undefined;
    job?.settle(result);
  }

  private onExit(child: Child, how: string): void {
    if (child !== this.child) return;
    this.child = undefined;
    const stderr = child.stderr.trim();
    let result: RenderResult;
    if (child.killedFor === 'timeout') result = { status: 'timeout', timeoutMs: this.timeoutMs };
    else if (child.killedFor === 'backstop') result = { status: 'unavailable', reason: 'backstop', args: this.backstopArgs(child) };
    else if (child.killedFor === 'cancel') result = { status: 'cancelled' };
    else if (child.killedFor === 'overflow') result = { status: 'failed', reason: 'overflow', args: { bytes: MAX_RESPONSE_BYTES } };
    else if (child.killedFor === 'start' || !child.ready) {
      const said = stderr.split('\n').pop();
      this.unavailable = { reason: 'not-started', args: said ? { detail: said } : { how } };
      result = { status: 'unavailable', ...this.unavailable };
    } else if (/memory allocation of \d+ bytes failed|out of memory|Allocation failed/i.test(stderr)) {
      result = { status: 'failed', reason: 'memory', args: { mib: this.memoryLimitMiB } };
    } else {
      result = { status: 'failed', reason: 'stopped', args: { how, ...(stderr ? { detail: stderr.split('\n').pop() } : {}) } };
    }
    this.finishCurrent(result);
    // The rest of the queue, the request sent ahead included, goes to a new child.
    this.requeueAhead();
    this.pump();
  }

  /** Not the logo's doing: it had not used its CPU time when the wall clock ran out. */
  private backstopArgs(child: Child): Args {
    const seconds = (ms: number) => Number((ms / 1000).toFixed(2));
    return { wallSeconds: seconds(this.backstopMs), cpuSeconds: seconds(child.backstopCpuMs ?? 0), limitSeconds: seconds(this.timeoutMs) };
  }


  private idle(): void {
    this.setRef(false);
    clearTimeout(this.idleTimer);
    if (!this.child) return;
    this.idleTimer = setTimeout(() => {
      if (!this.current) this.retire();
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  /** Lets the idle child end by closing its input; a later request starts a new one. */
  private retire(): void {
    const child = this.child;
    if (!child) return;
    // Detached first: its exit is then no one's business.
    this.child = undefined;
    child.process.stdin!.end();
  }

  /** While a request is pending the child keeps the parent alive; while idle it does not. */
  private setRef(ref: boolean): void {
    const proc = this.child?.process;
    if (!proc) return;
    for (const handle of [proc, proc.stdin, proc.stdout, proc.stderr] as Array<{ ref?: () => void; unref?: () => void } | null>) {
      if (ref) handle?.ref?.();
      else handle?.unref?.();
    }
  }
}

const shared = new Map<string, LogoRenderer>();

/** One renderer per set of options for the whole process, so that listings share one child. */
export function sharedRenderer(options: RenderOptions = {}): LogoRenderer {
  const key = `${options.timeoutMs ?? ''}:${options.backstopMs ?? ''}:${options.memoryLimitMiB ?? ''}:${options.cpuLimitS ?? ''}:${options.inProcess ?? ''}`;
  let renderer = shared.get(key);
  if (!renderer) {
    renderer = new LogoRenderer(options);
    shared.set(key, renderer);
  }
  return renderer;
}

process.once('exit', () => {
  for (const renderer of shared.values()) renderer.close();
});

/**
 * node:child_process and node:crypto cost about 13 and 12 ms to load; a logo drawn in this process
 * (or not drawn, with --no-render) needs neither, so they are loaded when first used.
 */
function builtin<ID extends 'node:child_process' | 'node:crypto'>(id: ID) {
  return process.getBuiltinModule(id);
}
