/** The input cannot be used at all (a path that does not exist, a folder without a listing): exit 2. */
export class InputError extends Error {}

/** The command line is wrong in a way the argument parser cannot tell (exit 2). */
export class UsageError extends Error {}

/** The user cancelled (Ctrl-C, closed terminal): exit 130, nothing written. */
export class CancelledError extends Error {}
