import fs from 'node:fs';
import path from 'node:path';
import type { Hash } from 'node:crypto';
import { z } from 'zod';
import { EntityType, FigureKind, FigureUnit } from '../generated/graphql';
import { ID_PATTERN } from '../domain/seedSchema';
import type { SeedIssue } from './seedIssue';
import type { SeedEntity, SeedFigure } from '../domain/seedSet';
import { normaliseWhitespace } from '../domain/text';
import { readYaml } from './yamlFile';

const text = z.string().trim().min(1);

/** One figure of a source document (seeds/figures/*.yaml): a typed value with what it measures and its quote. */
export const figureSchema = z
  .object({
    id: z.string().regex(ID_PATTERN, 'ids are lower-case kebab-case (a-z, 0-9, single hyphens)'),
    kind: z.enum(FigureKind),
    value: z.number().optional(),
    unit: z.enum(FigureUnit).optional(),
    per: text.optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    date: z
      .union([z.number().int(), z.string()])
      .transform(String)
      .pipe(
        z
          .string()
          .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
      )
      .optional(),
    measures: text,
    about: z.string().regex(ID_PATTERN),
    text,
    document: z.string().regex(ID_PATTERN).optional(),
    page: z.number().int().min(1),
    quote: text,
  })
  .strict()
  // A date has no number and unit; every other kind has both, and the unit fits the kind.
  .refine(
    (f) =>
      f.kind === FigureKind.Date
        ? f.date !== undefined && f.value === undefined && f.unit === undefined
        : f.value !== undefined && f.unit !== undefined && f.date === undefined,
    {
      message: 'a DATE has `date` and no value/unit; every other kind has value and unit',
      path: ['kind'],
    },
  )
  .refine((f) => f.unit === undefined || (UNITS_OF_KIND[f.kind] ?? []).includes(f.unit), {
    message: 'unit does not fit the kind',
    path: ['unit'],
  });

const UNITS_OF_KIND: Record<FigureKind, readonly FigureUnit[]> = {
  [FigureKind.Amount]: [FigureUnit.Eur],
  [FigureKind.Percentage]: [FigureUnit.Percent],
  [FigureKind.Duration]: [FigureUnit.Hours, FigureUnit.Weeks, FigureUnit.Months, FigureUnit.Years],
  [FigureKind.Count]: [FigureUnit.Count],
  [FigureKind.Date]: [],
};

/**
 * Validates seeds/figures/*.yaml against the entities and document pages already read: schema, unique ids, a
 * known `about` entity, the quote on its page, and the figure's own text inside its quote (so the value is the
 * one the source prints, not a paraphrase).
 */
export function validateFigures(
  seedDir: string,
  entities: ReadonlyMap<string, SeedEntity>,
  normalisedPages: Map<string, string[]>,
  hash: Hash,
  issues: SeedIssue[],
): SeedFigure[] {
  const dir = path.join(seedDir, 'figures');
  if (!fs.existsSync(dir)) return [];
  const out = new Map<string, SeedFigure>();
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = path.join(dir, f);
    const name = path.relative(path.dirname(seedDir), file);
    hash.update(path.relative(seedDir, file)).update(fs.readFileSync(file));
    const parsed = readYaml(file, name, issues);
    if (!parsed) continue;
    const head = z
      .object({ document: z.string().optional(), figures: z.array(z.unknown()) })
      .strict()
      .safeParse(parsed.data);
    if (!head.success) {
      issues.push({ file: name, line: 1, reason: 'expected `document` and a `figures` list' });
      continue;
    }
    for (const item of parsed.items('figures')) {
      const r = figureSchema.safeParse(item.value);
      if (!r.success) {
        for (const i of r.error.issues)
          issues.push({
            file: name,
            line: item.lineOf(String(i.path[0] ?? '')),
            field: i.path.join('.') || undefined,
            reason: i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}` : i.message,
          });
        continue;
      }
      const fig = r.data;
      if (out.has(fig.id)) {
        issues.push({ file: name, line: item.lineOf('id'), field: 'id', reason: `duplicate figure id "${fig.id}"` });
        continue;
      }
      if (!entities.has(fig.about))
        issues.push({
          file: name,
          line: item.lineOf('about'),
          field: 'about',
          reason: `unknown entity "${fig.about}"`,
        });
      const docId = fig.document ?? head.data.document;
      const doc = docId ? entities.get(docId) : undefined;
      if (!docId || !doc || doc.type !== EntityType.Document || !doc.pages) {
        issues.push({
          file: name,
          line: item.lineOf('document'),
          field: 'document',
          reason: `"${docId ?? ''}" is not a DOCUMENT with a textFile`,
        });
        continue;
      }
      if (!normalisedPages.has(docId)) normalisedPages.set(docId, doc.pages.map(normaliseWhitespace));
      const pages = normalisedPages.get(docId) as string[];
      const quote = normaliseWhitespace(fig.quote);
      const page = pages[fig.page - 1];
      if (page === undefined || !page.includes(quote)) {
        issues.push({
          file: name,
          line: item.lineOf('quote'),
          field: 'quote',
          reason: `quote not found on page ${fig.page} of ${docId}: "${quote.slice(0, 80)}"`,
        });
        continue;
      }
      if (!quote.includes(normaliseWhitespace(fig.text))) {
        issues.push({
          file: name,
          line: item.lineOf('text'),
          field: 'text',
          reason: `the figure "${fig.text}" is not in its quote`,
        });
        continue;
      }
      out.set(fig.id, { ...fig, document: docId, quote });
    }
  }
  return [...out.values()];
}
