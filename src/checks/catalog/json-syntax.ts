/**
 * The likely causes of a JSON syntax error (found by looking at the text at the error); the words of
 * each (what was found, how to fix it) are in src/messages/<language>/codes/json-syntax.ts.
 */
export const JSON_SYNTAX_CAUSES = ['trailing-comma', 'comment', 'single-quotes', 'unquoted-key', 'unquoted-value', 'missing-comma', 'unclosed-string', 'unclosed-object', 'unclosed-array', 'bom', 'smart-quotes', 'utf16', 'control-character', 'empty', 'extra-content'] as const;
export type JsonSyntaxCause = (typeof JSON_SYNTAX_CAUSES)[number];

export const isJsonSyntaxCause = (value: unknown): value is JsonSyntaxCause => typeof value === 'string' && (JSON_SYNTAX_CAUSES as readonly string[]).includes(value);
