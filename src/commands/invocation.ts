import type { Io } from './io.js';

/**
 * The command to show in "next steps", as the user can paste it: `npx mde-partner` when this run
 * came through npx (or `npm exec`), else `mde-partner` (installed, or linked from a checkout).
 */
export function invocation(io: Pick<Io, 'env'>): string {
  return io.env.npm_command === 'exec' ? 'npx mde-partner' : 'mde-partner';
}
