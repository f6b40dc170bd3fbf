/** The commands that draw the logo (unless told --no-render). */
const DRAWING_COMMANDS = new Set(['validate', 'bundle', 'checklist', 'verify']);

/**
 * Called by bin/ before the CLI itself is loaded: a command that will draw the logo gets its render
 * child now, so that the child's start-up (a second Node process) overlaps with loading and running
 * the CLI instead of following it. A child that is not needed after all (usage error, no logo) is idle
 * and does not keep the process alive. Nothing is imported for other commands: `--help` stays as fast.
 */
export function prestartRenderer(argv: readonly string[]): void {
  if (!DRAWING_COMMANDS.has(argv[0] ?? '')) return;
  if (argv.some((arg) => arg === '--no-render' || arg === '--help' || arg === '-h')) return;
  // A head start only: if it fails, the checks start the renderer themselves and report what went wrong.
  void import('./checks/logo/render.js').then((module) => module.sharedRenderer().start()).catch(() => undefined);
}
