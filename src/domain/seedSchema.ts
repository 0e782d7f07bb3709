import { z } from 'zod';
import { EntityType, IdentifierScheme, RelationType } from '../generated/graphql';

/** Shapes of the records in seeds/catalogue/*.yaml and seeds/relations/*.yaml (strict: a misspelt key is an error). */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID_PATTERN, 'ids are lower-case kebab-case (a-z, 0-9, single hyphens)');
const text = z.string().trim().min(1);
/** ISO 8601 date as precise as the source gives it: 2024, 2024-03 or 2024-12-04. */
const isoDate = z
  .union([z.number().int(), z.string()])
  .transform(String)
  .pipe(
    z
      .string()
      .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  );

/** Formats that make an identifier certain; anything else is rejected rather than guessed. */
export const IDENTIFIER_PATTERNS: Record<IdentifierScheme, RegExp> = {
  [IdentifierScheme.Bwb]: /^BWBR\d{7}$/,
  [IdentifierScheme.Kamerstuk]: /^kst-\d{4,6}(?:-(?:[IVXLC]+|\d{2}))?-(?:\d{1,4}|[A-Z]{1,2})$/,
  [IdentifierScheme.Toezegging]: /^T\d{5}$/,
  [IdentifierScheme.Handle]: /^\d+(?:\.\d+)*\/\S+$/,
  [IdentifierScheme.Url]: /^https:\/\/\S+$/,
  [IdentifierScheme.Publication]:
    /^(?:ah-(?:tk|ek)-\d{8}-\d+|h-(?:tk|ek)-\d{8}-\d+-\d+|stb-\d{4}-\d+|stcrt-\d{4}-\d+)$/,
  [IdentifierScheme.Ecli]: /^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}$/,
};

export const identifierSchema = z
  .object({ scheme: z.enum(IdentifierScheme), value: text })
  .strict()
  .refine((i) => IDENTIFIER_PATTERNS[i.scheme].test(i.value), {
    message: 'value does not have the format of its scheme',
    path: ['value'],
  });

/** How often a commitment recurs ("jaarlijks"), stored in the SDL's spelling. */
export const COMMITMENT_RECURRENCES = ['ANNUAL'] as const;
/** How far a commitment is, as the source says it: announced, being carried out, or done. */
export const COMMITMENT_STATUSES = ['ANNOUNCED', 'IN_PROGRESS', 'DONE'] as const;

export const entitySchema = z
  .object({
    id,
    name: text,
    aliases: z.array(text).default([]),
    /**
     * Names a text may use for the entity that also name something else ("Wet inburgering" alone for the Wi2021,
     * though it is the official title of the 2007 law): never shown as aliases, never unique, only candidates that
     * mention linking decides by date and context or leaves unresolved (docs/linking.md).
     */
    contextNames: z.array(text).default([]),
    description: text,
    /** Dutch description beside the English one: both are shown by the API and both are searched. */
    descriptionNl: text,
    kind: text.optional(),
    identifiers: z.array(identifierSchema).default([]),
    // PERSON
    role: text.optional(),
    // ORGANISATION, FACTION, PERSON: the chamber a committee, faction or member belongs to. Names such as "vaste
    // commissie voor Sociale Zaken en Werkgelegenheid" or "VVD" exist in both chambers; an ingest links them by it.
    chamber: z.enum(['EK', 'TK']).optional(),
    // LAW, ORGANISATION, FACTION: the year (or date) from which the entity exists under its names; a document dated
    // earlier cannot mean it (a 2015 text's "Wet inburgering" is not the Wi2021).
    since: isoDate.optional(),
    // DOCUMENT, COMMITMENT
    date: isoDate.optional(),
    // DOCUMENT
    citation: text.optional(),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'expected an http(s) address')
      .optional(),
    textFile: text.optional(),
    // COMMITMENT: what a reader needs to follow it up
    recurrence: z.enum(COMMITMENT_RECURRENCES).optional(),
    dueText: text.optional(),
    status: z.enum(COMMITMENT_STATUSES).optional(),
    question: text.optional(),
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
  chamber: [EntityType.Organisation, EntityType.Faction, EntityType.Person],
  since: [EntityType.Law, EntityType.Organisation, EntityType.Faction],
  date: [EntityType.Document, EntityType.Commitment],
  citation: [EntityType.Document],
  url: [EntityType.Document, EntityType.Programme, EntityType.Organisation],
  textFile: [EntityType.Document],
  recurrence: [EntityType.Commitment],
  dueText: [EntityType.Commitment],
  status: [EntityType.Commitment],
  question: [EntityType.Commitment],
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
  .refine(
    (r) => (r.evidence ? r.page === undefined && r.quote === undefined : r.page !== undefined && r.quote !== undefined),
    {
      message: 'give either page + quote, or an evidence list (at least one item)',
      path: ['evidence'],
    },
  );
export type RelationInput = z.infer<typeof relationSchema>;

export const relationFileSchema = z.object({ document: id.optional(), relations: z.array(z.unknown()) }).strict();
