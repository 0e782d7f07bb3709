import { z } from 'zod';
import { EntityType, IdentifierScheme, RelationType } from '../generated/graphql';

/** Shapes of the records in seeds/catalogue/*.yaml and seeds/relations/*.yaml (strict: a misspelt key is an error). */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN, 'ids are lower-case kebab-case (a-z, 0-9, single hyphens)');
const text = z.string().trim().min(1);
/** ISO 8601 date as precise as the source gives it: 2024, 2024-03 or 2024-12-04. */
const isoDate = z.union([z.number().int(), z.string()]).transform(String).pipe(z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

/** Formats that make an identifier certain; anything else is rejected rather than guessed. */
export const IDENTIFIER_PATTERNS: Record<IdentifierScheme, RegExp> = {
  [IdentifierScheme.Bwb]: /^BWBR\d{7}$/,
  [IdentifierScheme.Kamerstuk]: /^kst-\d{4,6}-(?:\d{1,4}|[A-Z]{1,2})$/,
  [IdentifierScheme.Toezegging]: /^T\d{5}$/,
  [IdentifierScheme.Handle]: /^\d+(?:\.\d+)*\/\S+$/,
  [IdentifierScheme.Url]: /^https:\/\/\S+$/,
};

export const identifierSchema = z
  .object({ scheme: z.enum(IdentifierScheme), value: text })
  .strict()
  .refine((i) => IDENTIFIER_PATTERNS[i.scheme].test(i.value), { message: 'value does not have the format of its scheme', path: ['value'] });

export const entitySchema = z
  .object({
    id,
    name: text,
    aliases: z.array(text).default([]),
    description: text,
    kind: text.optional(),
    identifiers: z.array(identifierSchema).default([]),
    // PERSON
    role: text.optional(),
    // DOCUMENT, COMMITMENT
    date: isoDate.optional(),
    // DOCUMENT
    citation: text.optional(),
    url: z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) address').optional(),
    textFile: text.optional(),
    // FUNDING
    amountEur: z.number().positive().optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    purpose: text.optional(),
  })
  .strict();
export type EntityInput = z.infer<typeof entitySchema>;

/** Fields only some types may carry; a field on the wrong type is a modelling error worth reporting. */
export const TYPE_FIELDS: Partial<Record<keyof EntityInput, readonly EntityType[]>> = {
  role: [EntityType.Person],
  date: [EntityType.Document, EntityType.Commitment],
  citation: [EntityType.Document],
  url: [EntityType.Document, EntityType.Programme, EntityType.Organisation],
  textFile: [EntityType.Document],
  amountEur: [EntityType.Funding],
  year: [EntityType.Funding],
  purpose: [EntityType.Funding],
};

export const catalogueFileSchema = z.object({ type: z.enum(EntityType), entities: z.array(z.unknown()) }).strict();

export const evidenceSchema = z
  .object({ document: id.optional(), page: z.number().int().min(1), quote: text })
  .strict();

export const relationSchema = z
  .object({
    from: id,
    type: z.enum(RelationType),
    to: id,
    // Shorthand for one evidence item from the file's default document.
    page: z.number().int().min(1).optional(),
    quote: text.optional(),
    evidence: z.array(evidenceSchema).min(1).optional(),
  })
  .strict()
  .refine((r) => (r.evidence ? r.page === undefined && r.quote === undefined : r.page !== undefined && r.quote !== undefined), {
    message: 'give either page + quote, or an evidence list (at least one item)',
    path: ['evidence'],
  });
export type RelationInput = z.infer<typeof relationSchema>;

export const relationFileSchema = z.object({ document: id.optional(), relations: z.array(z.unknown()) }).strict();
