// Types for the validator that scripts/build.mjs generates from schemas/listing.schema.json.
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

declare const validate: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export default validate;

/** The properties of each object that allows no others, by its pointer in a listing ("", "/onboarding/license", "/rules/*"). */
export declare const knownProperties: Readonly<Record<string, readonly string[]>>;
