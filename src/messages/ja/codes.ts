// Placeholder until the translation lands: English.
export { messages } from '../en/codes.js';
