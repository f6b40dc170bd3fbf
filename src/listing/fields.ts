/**
 * The one table of the listing's answer fields: for each, its `init` flag and the example a
 * LISTING_FIELD_MISSING hint gives. Its words are in each language: the flag's help in the command
 * line's words (src/messages/<locale>/help.ts), the wizard's question, what a missing-answer message
 * asks for and its placeholder in the wizard's (src/messages/<locale>/wizard.ts). The schema
 * (schemas/listing.schema.json) is kept equal to it by a test; the check of each field is in
 * field-checks.ts, typed so that a field without a check does not compile. Adding a field is an entry
 * here, one there, and its words in each language (which do not compile without it).
 *
 * This module is data only: `--help` reads it, and must not load the checks to do so.
 */
export interface FieldSpec {
  /** The init flag, commander style ("--company <name>"); for a boolean, the "--x" / "--no-x" pair. */
  flag: string;
  /** Required in every listing (the schema's `required`). */
  required: boolean;
  type: 'string' | 'boolean';
  /**
   * A JSON value for the LISTING_FIELD_MISSING hint: a value of the listing, not words of the tool, so
   * it is the same in every language (a listing's texts are in the listing's language).
   */
  example: string;
}

export const FIELDS = {
  companyName: {
    flag: '--company <name>',
    required: true,
    type: 'string',
    example: '"Contoso"',
  },
  productName: {
    flag: '--product <name>',
    required: true,
    type: 'string',
    example: '"Contoso Cognito"',
  },
  productVersion: {
    flag: '--product-version <version>',
    required: true,
    type: 'string',
    example: '"1.0.0"',
  },
  description: {
    flag: '--description <text>',
    required: true,
    type: 'string',
    example: '"Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically."',
  },
  logo: {
    flag: '--logo <path>',
    required: true,
    type: 'string',
    example: '"logo.svg"',
  },
  landingPage: {
    flag: '--landing-page <url>',
    required: true,
    type: 'string',
    example: '"https://contoso.example.com/defender"',
  },
  multiTenant: {
    flag: '--multi-tenant',
    required: true,
    type: 'boolean',
    example: 'false',
  },
  entraAppName: {
    flag: '--entra-app-name <name>',
    required: false,
    type: 'string',
    example: '"Contoso Cognito for Microsoft Defender"',
  },
  userAgent: {
    flag: '--user-agent <value>',
    required: false,
    type: 'string',
    example: '"MdePartner-Contoso-ContosoCognito/1.0.0"',
  },
  language: {
    flag: '--language <lang>',
    required: false,
    type: 'string',
    example: '"en"',
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldId = keyof typeof FIELDS;
export const FIELD_IDS = Object.keys(FIELDS) as FieldId[];
/** An answer for each field of the table, of its type. */
export type FieldAnswers = { [K in FieldId]?: (typeof FIELDS)[K]['type'] extends 'boolean' ? boolean : string };
/** The string-valued answer fields. */
export type TextField = { [K in FieldId]: (typeof FIELDS)[K]['type'] extends 'string' ? K : never }[FieldId];

/** The option key commander gives a field's flag ("--product-version <v>" → "productVersion"). */
export function optionKey(field: FieldId): string {
  const long = FIELDS[field].flag.split(' ')[0]!.replace(/^--/, '');
  return long.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
