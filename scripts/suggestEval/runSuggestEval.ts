import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { foldForSearch } from '../../src/domain/text';
import type { EntityType } from '../../src/generated/graphql';
import { Catalogue, type CatalogueEntry } from '../../src/ingest/catalogue';
import { parseDocument, type ParsedDocument } from '../../src/ingest/parseDocument';
import { SEED_DIR } from '../../src/seeding/seedPipeline';
import { validateSeeds } from '../../src/seeding/validateSeeds';
import { documentAbbreviations } from '../../src/suggest/documentAbbreviations';
import { suggestFromDocument } from '../../src/suggest/suggestFromDocument';
import type { RelationSuggestion, Suggestion } from '../../src/suggest/suggestionTypes';
import { scoreRelations, type RelationScores, type ScoredRelation } from './scoreRelations';

export const EVAL_DIR = path.join(__dirname, '..', '..', 'eval');

/** The targets the issue sets on the seed document. */
export const TARGETS = { pairPrecision: 0.7, pairRecall: 0.5, typedPrecision: 0.6, abbreviationRecall: 0.95 } as const;

interface Definition {
  readonly long: string;
  readonly short: string;
}

export interface AbbreviationScore {
  readonly hand: number;
  readonly found: number;
  readonly recall: number | null;
  /** Definitions the extraction found that the hand list does not hold. */
  readonly extra: readonly string[];
  readonly missed: readonly string[];
}

export interface DocumentEval {
  readonly document: string;
  readonly source: string;
  readonly family: string | null;
  readonly pages: number;
  readonly relations: RelationScores;
  readonly abbreviations: AbbreviationScore;
  /** Entity and alias suggestions against the hand list (fixtures only; the seed's entities are all catalogued). */
  readonly entities?: {
    readonly gold: number;
    readonly found: number;
    readonly suggested: number;
    readonly missed: readonly string[];
  };
  readonly aliases?: { readonly gold: number; readonly found: number; readonly suggested: number };
  /** Examples for the notes: suggestions the gold lacks, and gold relations not found (at pair level). */
  readonly falsePositives: readonly string[];
  readonly misses: readonly string[];
}

export interface SuggestEval {
  readonly command: string;
  readonly seed: DocumentEval & {
    readonly targets: Record<keyof typeof TARGETS, { target: number; value: number | null; met: boolean }>;
  };
  readonly fixtures: readonly DocumentEval[];
}

const endKey = (e: RelationSuggestion['from']) => (e.existing ? e.id : `new:${foldForSearch(e.name)}`);
const relationsOf = (suggestions: readonly Suggestion[]): ScoredRelation[] =>
  suggestions
    .filter((s): s is RelationSuggestion => s.kind === 'RELATION')
    .map((r) => ({ type: r.type, from: endKey(r.from), to: endKey(r.to) }));

function scoreAbbreviations(doc: ParsedDocument, hand: readonly Definition[]): AbbreviationScore {
  const key = (d: Definition) => `${foldForSearch(d.long)} (${foldForSearch(d.short)})`;
  const found = new Set(documentAbbreviations(doc).map((d) => key({ long: d.long.text, short: d.short.text })));
  const handKeys = new Set(hand.map(key));
  const hit = [...handKeys].filter((k) => found.has(k));
  return {
    hand: handKeys.size,
    found: found.size,
    recall: handKeys.size ? Math.round((hit.length / handKeys.size) * 1000) / 1000 : null,
    extra: [...found].filter((k) => !handKeys.has(k)).sort(),
    missed: [...handKeys].filter((k) => !found.has(k)).sort(),
  };
}

/** Examples for the notes: false positives and misses at pair level, with the sentence or the type. */
function examples(gold: readonly ScoredRelation[], suggestions: readonly Suggestion[]) {
  const pair = (a: string, b: string) => [a, b].sort().join(' ~ ');
  const goldPairs = new Set(gold.map((g) => pair(g.from, g.to)));
  const rels = suggestions.filter((s): s is RelationSuggestion => s.kind === 'RELATION');
  const sugPairs = new Set(rels.map((r) => pair(endKey(r.from), endKey(r.to))));
  const falsePositives = [
    ...new Set(
      rels
        .filter((r) => !goldPairs.has(pair(endKey(r.from), endKey(r.to))))
        .map(
          (r) =>
            `${endKey(r.from)} ${r.type} ${endKey(r.to)} [${r.patternId}] p${r.evidence.page}: “${r.evidence.sentence.slice(0, 160)}”`,
        ),
    ),
  ];
  const misses = gold.filter((g) => !sugPairs.has(pair(g.from, g.to))).map((g) => `${g.from} ${g.type} ${g.to}`);
  return { falsePositives, misses };
}

function catalogueOf(entries: readonly CatalogueEntry[]): Catalogue {
  return new Catalogue(entries);
}

/** The seed's entities as the catalogue an ingest matches against; no curated relation goes in. */
export function seedCatalogue(): Catalogue {
  return catalogueOf(seedEntries());
}

function seedEntries(): CatalogueEntry[] {
  return validateSeeds(SEED_DIR).entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    contextNames: e.contextNames,
    identifiers: e.identifiers.map((i) => `${i.scheme}:${i.value}`),
    ...(e.kind ? { kind: e.kind } : {}),
    ...(e.role ? { role: e.role } : {}),
    ...(e.chamber ? { chamber: e.chamber } : {}),
    ...(e.since ? { since: e.since } : {}),
  }));
}

function evalDocument(
  file: string,
  id: string,
  catalogue: Catalogue,
  gold: readonly ScoredRelation[],
  hand: readonly Definition[],
): { result: DocumentEval; doc: ParsedDocument; suggestions: Suggestion[] } {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { id, sourceName: path.basename(file), catalogue });
  const suggestions = suggestFromDocument(doc, catalogue);
  return {
    doc,
    suggestions,
    result: {
      document: id,
      source: path.relative(path.join(EVAL_DIR, '..'), file),
      family: doc.meta.family,
      pages: doc.pageCount,
      relations: scoreRelations(gold, relationsOf(suggestions)),
      abbreviations: scoreAbbreviations(doc, hand),
      ...examples(gold, suggestions),
    },
  };
}

interface FixtureGold {
  document: string;
  entities: { id: string; type: EntityType; name: string; aliases?: string[] }[];
  abbreviations: Definition[];
  newEntities: { type: EntityType; name: string }[];
  aliases: { entity: string; alias: string }[];
  relations: ScoredRelation[];
}

/**
 * The evaluation of `npm run eval:suggest`: the seed document against the seed's curated relations (its gold) and
 * the hand list of its abbreviation definitions, with the seed's entities as the catalogue and no relation; then
 * each fixture of eval/fixtures against its hand-made gold. Deterministic (no timing): the unit test recomputes it
 * and compares it with the committed results.
 */
export function runSuggestEval(): SuggestEval {
  const entries = seedEntries();
  const seeds = validateSeeds(SEED_DIR);
  const seedDoc = seeds.entities.find((e) => e.textFile) as { id: string; textFile: string };
  const gold = seeds.relations
    .filter((r) => r.evidence.some((e) => e.document === seedDoc.id))
    .map((r) => ({ type: r.type, from: r.from, to: r.to }));
  const abbr = parseYaml(fs.readFileSync(path.join(EVAL_DIR, 'seed-abbreviations.yaml'), 'utf8')) as {
    definitions: Definition[];
  };
  const seed = evalDocument(
    path.join(SEED_DIR, seedDoc.textFile),
    seedDoc.id,
    catalogueOf(entries),
    gold,
    abbr.definitions,
  ).result;
  const value = (f: { precision: number | null; recall: number | null }, k: 'precision' | 'recall') => f[k];
  const t = (target: number, v: number | null) => ({ target, value: v, met: v !== null && v >= target });
  const fixtures: DocumentEval[] = [];
  const dir = path.join(EVAL_DIR, 'fixtures');
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const g = parseYaml(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.gold.yaml')), 'utf8')) as FixtureGold;
    const extra: CatalogueEntry[] = (g.entities ?? []).map((e) => ({
      ...e,
      aliases: e.aliases ?? [],
      identifiers: [],
    }));
    const r = evalDocument(
      path.join(dir, f),
      g.document,
      catalogueOf([...entries, ...extra]),
      g.relations,
      g.abbreviations ?? [],
    );
    const entitySugs = r.suggestions.filter((s) => s.kind === 'ENTITY');
    const names = new Set(entitySugs.map((s) => `${s.entityType} ${foldForSearch(s.name)}`));
    const goldNames = (g.newEntities ?? []).map((e) => `${e.type} ${foldForSearch(e.name)}`);
    const aliasSugs = r.suggestions.filter((s) => s.kind === 'ALIAS');
    const aliasKeys = new Set(aliasSugs.map((s) => `${s.entityId} ${foldForSearch(s.alias)}`));
    fixtures.push({
      ...r.result,
      entities: {
        gold: goldNames.length,
        found: goldNames.filter((n) => names.has(n)).length,
        suggested: entitySugs.length,
        missed: goldNames.filter((n) => !names.has(n)),
      },
      aliases: {
        gold: (g.aliases ?? []).length,
        found: (g.aliases ?? []).filter((a) => aliasKeys.has(`${a.entity} ${foldForSearch(a.alias)}`)).length,
        suggested: aliasSugs.length,
      },
    });
  }
  return {
    command: 'npm run eval:suggest',
    seed: {
      ...seed,
      targets: {
        pairPrecision: t(TARGETS.pairPrecision, value(seed.relations.pair, 'precision')),
        pairRecall: t(TARGETS.pairRecall, value(seed.relations.pair, 'recall')),
        typedPrecision: t(TARGETS.typedPrecision, value(seed.relations.typed, 'precision')),
        abbreviationRecall: t(TARGETS.abbreviationRecall, seed.abbreviations.recall),
      },
    },
    fixtures,
  };
}
