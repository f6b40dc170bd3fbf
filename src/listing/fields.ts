/**
 * The one table of the listing's answer fields: for each, its `init` flag (its help is in the
 * command line's words, src/messages/<locale>/help.ts), the wizard's
 * question, what the missing-answer message asks for, and the example a LISTING_FIELD_MISSING hint
 * gives. The schema (schemas/listing.schema.json) is kept equal to it by a test; the check of each
 * field is in field-checks.ts, typed so that a field without a check does not compile. Adding a
 * field is an entry here and one there.
 *
 * This module is data only: `--help` reads it, and must not load the checks to do so.
 */
export interface FieldSpec {
  /** The init flag, commander style ("--company <name>"); for a boolean, the "--x" / "--no-x" pair. */
  flag: string;
  /** The wizard's question. */
  prompt: string;
  /** Required in every listing (the schema's `required`). */
  required: boolean;
  type: 'string' | 'boolean';
  /** What a missing-answer message asks for ("company name as customers know it"). */
  what: string;
  /** The value shown after the flag in a missing-answer message, e.g. "<company name>". */
  placeholder?: string;
  /** A JSON value for the LISTING_FIELD_MISSING hint. */
  example: string;
}

export const FIELDS = {
  companyName: {
    flag: '--company <name>',
    prompt: 'Company name (as customers know it):',
    required: true,
    type: 'string',
    what: 'company name as customers know it',
    placeholder: '<company name>',
    example: '"Contoso"',
  },
  productName: {
    flag: '--product <name>',
    prompt: 'Product name (shown on the partner tile):',
    required: true,
    type: 'string',
    what: 'product name shown on the partner tile',
    placeholder: '<product name>',
    example: '"Contoso Cognito"',
  },
  productVersion: {
    flag: '--product-version <version>',
    prompt: 'Product version (sent in the User-Agent, e.g. 1.0.0):',
    required: true,
    type: 'string',
    what: 'product version sent in the User-Agent',
    placeholder: '<1.0.0>',
    example: '"1.0.0"',
  },
  description: {
    flag: '--description <text>',
    prompt: 'Product description (15 words):',
    required: true,
    type: 'string',
    what: 'the 15-word product description',
    placeholder: '<15-word description>',
    example: '"Contoso Cognito correlates Defender alerts with identity risk to stop account takeover within minutes, automatically."',
  },
  logo: {
    flag: '--logo <path>',
    prompt: 'Path to the square SVG logo',
    required: true,
    type: 'string',
    what: 'path to the square SVG logo',
    placeholder: '<logo.svg>',
    example: '"logo.svg"',
  },
  landingPage: {
    flag: '--landing-page <url>',
    prompt: 'Landing page or blog post for customers (https://…):',
    required: true,
    type: 'string',
    what: 'landing page or blog post for customers',
    placeholder: '<https://…>',
    example: '"https://contoso.example.com/defender"',
  },
  multiTenant: {
    flag: '--multi-tenant',
    prompt: 'Does the integration use a multi-tenant Microsoft Entra app?',
    required: true,
    type: 'boolean',
    what: 'whether the integration uses a multi-tenant Entra app',
    example: 'false',
  },
  entraAppName: {
    flag: '--entra-app-name <name>',
    prompt: 'Microsoft Entra application name (its display name):',
    required: false,
    type: 'string',
    what: 'display name of the multi-tenant Entra app (required with --multi-tenant)',
    placeholder: '<app display name>',
    example: '"Contoso Cognito for Microsoft Defender"',
  },
  userAgent: {
    flag: '--user-agent <value>',
    prompt: 'User-Agent for every MDE / Graph Security API call:',
    required: false,
    type: 'string',
    what: 'the User-Agent',
    placeholder: '<MdePartner-{Company}-{Product}/{Version}>',
    example: '"MdePartner-Contoso-ContosoCognito/1.0.0"',
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
