/** Reasons shared by several `policy` rules. */
export const BOUNDS = 'Security: it bounds the time and memory a hostile file can cost; a real one is far below the limit.';
export const HOSTILE = 'Security: a logo is shown inside a security portal, so it may not run, load or embed anything. The profile follows SVG Tiny 1.2 and SVG Tiny PS (the profile BIMI requires for brand logos).';
export const CONTROL = 'Security: control characters are invisible in a form and, in a name that goes into an HTTP header, allow header injection.';
export const WHITESPACE = 'Leading or trailing spaces are invisible in a form and make names compare unequal. Hence a warning.';
export const FILE_FORMAT = 'mde-partner.json is this tool\'s file format (schemas/listing.schema.json).';
export const INTEGRITY = 'Security (integrity): a bundle carries only what was read and checked, and its listing.json validates against the published schema.';
export const BUNDLE = 'Security (integrity): a received bundle is what its manifest lists, byte for byte.';
export const OUTSIDE = 'Security: nothing outside the bundle is read or written.';
export const RENDERED = 'Judged from the drawing, with thresholds of ours that a listing can change: hence a warning.';
