/** Why a file cannot be read (the words: src/messages/<language>/codes/files.ts). */
export const UNREADABLE = ['missing', 'permission', 'folder', 'fifo', 'device', 'socket', 'not-regular', 'open-error', 'read-error'] as const;
export type UnreadableReason = (typeof UNREADABLE)[number];
