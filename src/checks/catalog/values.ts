/** The type of a JSON value a message describes (the words: src/messages/<language>/codes/values.ts). */
export const VALUE_TYPE_IDS = ['null', 'array', 'object', 'string', 'number', 'boolean'] as const;
export type ValueType = (typeof VALUE_TYPE_IDS)[number];
