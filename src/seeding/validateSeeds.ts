import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { EntityType } from '../generated/graphql';
import { splitPages } from '../domain/pages';
import {
  catalogueFileSchema,
  entitySchema,
  relationFileSchema,
  relationSchema,
  TYPE_FIELDS,
} from '../domain/seedSchema';
import { SeedValidationError, type SeedIssue } from './seedIssue';
import { relationId } from '../domain/relationId';
import { checkQuoteOnPage } from '../domain/quoteOnPage';
import { type SeedEntity, type SeedEvidence, type SeedRelation, type SeedSet } from '../domain/seedSet';
import { normaliseWhitespace } from '../domain/text';
import { readYaml, type LocatedItem } from './yamlFile';

/** Bumped when loadSeeds changes how it stores the seed set (2: integers as Neo4j integers; 3: curated entities and retracted relations respected). */
export const SEED_LOADER_FORMAT = 3;

/**
 * Reads and validates the whole seed folder before anything is written: schema of every record, unknown
 * types, duplicate ids, dangling references, and that every evidence quote occurs (whitespace-normalised)
 * on its page of its document. Throws one SeedValidationError listing every problem with file and line.
 */
export function validateSeeds(seedDir: string): SeedSet {
  const issues: SeedIssue[] = [];
  const rel = (f: string) => path.relative(path.dirname(seedDir), f);
  // The loader's format is part of the version: a loader that stores data differently must rewrite old loads.
  const hash = createHash('sha256').update(`loader-format-${SEED_LOADER_FORMAT}`);

  const entities = new Map<string, SeedEntity>();
  const entityAt = new Map<string, string>();
  for (const file of yamlFiles(path.join(seedDir, 'catalogue'))) {
    const name = rel(file);
    hash.update(path.relative(seedDir, file)).update(fs.readFileSync(file));
    const parsed = readYaml(file, name, issues);
    if (!parsed) continue;
    const head = catalogueFileSchema.safeParse(parsed.data);
    if (!head.success) {
      pushZod(issues, name, 1, head.error);
      continue;
    }
    const type = head.data.type;
    for (const item of parsed.items('entities')) {
      const raw = (item.value && typeof item.value === 'object' ? item.value : {}) as Record<string, unknown>;
      for (const [field, types] of Object.entries(TYPE_FIELDS)) {
        if (raw[field] !== undefined && !types.includes(type)) {
          issues.push({ file: name, line: item.lineOf(field), field, reason: `"${field}" is not a field of ${type}` });
        }
      }
      const r = entitySchema.safeParse(item.value);
      if (!r.success) {
        pushZod(issues, name, item, r.error);
        continue;
      }
      const e = r.data;
      if (entityAt.has(e.id)) {
        issues.push({ file: name, line: item.lineOf('id'), field: 'id', reason: `duplicate id "${e.id}" (first defined at ${entityAt.get(e.id)})` });
        continue;
      }
      entityAt.set(e.id, `${name}:${item.line}`);
      let pages: string[] | undefined;
      if (e.textFile !== undefined) {
        const textPath = path.resolve(seedDir, e.textFile);
        if (!textPath.startsWith(path.resolve(seedDir) + path.sep) || !fs.existsSync(textPath)) {
          issues.push({ file: name, line: item.lineOf('textFile'), field: 'textFile', reason: `no file ${e.textFile} inside ${rel(seedDir)}` });
        } else {
          const content = fs.readFileSync(textPath);
          hash.update(content);
          pages = splitPages(content.toString('utf8'));
        }
      }
      entities.set(e.id, { ...e, type, ...(pages ? { pages } : {}) });
    }
  }

  const relations = new Map<string, SeedRelation>();
  const relationAt = new Map<string, string>();
  const normalisedPages = new Map<string, string[]>();
  for (const file of yamlFiles(path.join(seedDir, 'relations'))) {
    const name = rel(file);
    hash.update(path.relative(seedDir, file)).update(fs.readFileSync(file));
    const parsed = readYaml(file, name, issues);
    if (!parsed) continue;
    const head = relationFileSchema.safeParse(parsed.data);
    if (!head.success) {
      pushZod(issues, name, 1, head.error);
      continue;
    }
    const defaultDoc = head.data.document;
    for (const item of parsed.items('relations')) {
      const r = relationSchema.safeParse(item.value);
      if (!r.success) {
        pushZod(issues, name, item, r.error);
        continue;
      }
      const { from, type, to } = r.data;
      let ok = true;
      for (const [field, ref] of [['from', from], ['to', to]] as const) {
        if (!entities.has(ref)) {
          issues.push({ file: name, line: item.lineOf(field), field, reason: `unknown entity "${ref}"` });
          ok = false;
        }
      }
      if (from === to) {
        issues.push({ file: name, line: item.line, reason: 'a relationship cannot connect an entity to itself' });
        ok = false;
      }
      const evidence: SeedEvidence[] = [];
      const items = r.data.evidence ?? [{ document: undefined, page: r.data.page as number, quote: r.data.quote as string }];
      items.forEach((ev, i) => {
        const field = r.data.evidence ? `evidence[${i}]` : 'quote';
        const docId = ev.document ?? defaultDoc;
        const doc = docId ? entities.get(docId) : undefined;
        if (!docId) {
          issues.push({ file: name, line: item.lineOf(r.data.evidence ? 'evidence' : 'quote'), field, reason: 'no document: set it on the evidence or as the file\'s "document"' });
          ok = false;
          return;
        }
        if (!doc || doc.type !== EntityType.Document || !doc.pages) {
          issues.push({ file: name, line: item.lineOf(r.data.evidence ? 'evidence' : 'quote'), field, reason: `"${docId}" is not a DOCUMENT with a textFile` });
          ok = false;
          return;
        }
        if (!normalisedPages.has(docId)) normalisedPages.set(docId, doc.pages.map(normaliseWhitespace));
        const pages = normalisedPages.get(docId) as string[];
        const check = checkQuoteOnPage(pages, ev.page, ev.quote);
        const quote = check.ok ? check.quote : normaliseWhitespace(ev.quote);
        if (!check.ok && check.reason === 'NO_PAGE') {
          issues.push({ file: name, line: item.lineOf(r.data.evidence ? 'evidence' : 'page'), field, reason: `page ${ev.page} does not exist (the document has ${check.pageCount})` });
          ok = false;
        } else if (!check.ok) {
          issues.push({
            file: name,
            line: item.lineOf(r.data.evidence ? 'evidence' : 'quote'),
            field,
            reason: `quote not found on page ${ev.page} of ${docId}${check.reason === 'NOT_ON_PAGE' && check.elsewhere ? ` (it is on page ${check.elsewhere})` : ''}: "${quote.slice(0, 80)}"`,
          });
          ok = false;
        }
        evidence.push({ document: docId, page: ev.page, quote });
      });
      const rid = relationId(from, type, to);
      if (relationAt.has(rid)) {
        issues.push({ file: name, line: item.line, reason: `duplicate relationship ${rid} (first at ${relationAt.get(rid)}); add evidence to the first instead` });
        continue;
      }
      relationAt.set(rid, `${name}:${item.line}`);
      if (ok) relations.set(rid, { id: rid, from, type, to, evidence });
    }
  }

  if (entities.size === 0) issues.push({ file: rel(path.join(seedDir, 'catalogue')), line: 0, reason: 'no entities found' });
  if (issues.length) throw new SeedValidationError(issues);
  return { version: hash.digest('hex').slice(0, 16), entities: [...entities.values()], relations: [...relations.values()] };
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

function pushZod(issues: SeedIssue[], file: string, at: LocatedItem | number, error: z.ZodError): void {
  for (const i of error.issues) {
    const field = i.path.map(String).join('.') || undefined;
    const top = i.path[0] !== undefined ? String(i.path[0]) : undefined;
    const line = typeof at === 'number' ? at : top ? at.lineOf(top) : at.line;
    const reason = i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}` : i.message;
    issues.push({ file, line, ...(field ? { field } : {}), reason });
  }
}
