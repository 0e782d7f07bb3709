import { RelationType as R, type EntityType, type RelationType } from '../generated/graphql';
import { domainRangeError } from '../domain/relationVocabulary';
import { compileTemplate, PREPOSITIONS, type CompiledTemplate } from './compilePattern';
import { RELATION_PATTERNS, type RelationPattern } from './relationPatterns';

/** A name in a sentence as the relation matcher sees it; offsets into the sentence. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly entityType: EntityType;
  /** The catalogue's finer kind ("office", "ministry", "letter"), when the span is a catalogued entity. */
  readonly entityKind?: string;
}

/** A relation the wording of one sentence states between two of its spans (indices into the spans). */
export interface RelationMatch {
  readonly pattern: RelationPattern;
  readonly type: RelationType;
  readonly from: number;
  readonly to: number;
  /** Words between the names and the wording's own words: the farther, the less sure. */
  readonly gapWords: number;
}

/** Text that ends with a preposition and its determiners: the name after it is the preposition's object. */
const AFTER_PREPOSITION = new RegExp(
  String.raw`(?<![\p{L}])(?:${PREPOSITIONS})(?:\s+(?:de|het|een|deze|dit|die|hun|haar|zijn|alle|andere|onze|uw|mijn)){0,2}\s+$`,
  'iu',
);

/** Negation inside a wording's gaps cancels it ("organiseert geen …"), unless the wording is itself negative. */
const NEGATION = /(?<![\p{L}])(?:niet|geen|nooit)(?![\p{L}])/u;

/** The compiled templates with their anchors numbered, so a sentence marks the anchors it holds in one pass. */
interface PatternIndex {
  readonly templates: readonly CompiledTemplate[];
  /** Anchor numbers of each template, in template order. */
  readonly anchorsOf: readonly (readonly number[])[];
  /** For each lower-case word, the word-set anchors it satisfies. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Anchors that are regular expressions, by number. */
  readonly regexes: ReadonlyMap<number, RegExp>;
  readonly count: number;
}

let index: PatternIndex | undefined;
/** The compiled templates of RELATION_PATTERNS and their anchor index, built once. */
function patternIndex(): PatternIndex {
  if (index) return index;
  const templates = RELATION_PATTERNS.flatMap((p) => p.templates.map((t) => compileTemplate(p, t)));
  const ids = new Map<ReadonlySet<string> | RegExp, number>();
  const byWord = new Map<string, number[]>();
  const regexes = new Map<number, RegExp>();
  const anchorsOf = templates.map((c) =>
    c.anchors.map((a) => {
      let id = ids.get(a);
      if (id === undefined) {
        id = ids.size;
        ids.set(a, id);
        if (a instanceof RegExp) regexes.set(id, a);
        else for (const w of a) byWord.set(w, [...(byWord.get(w) ?? []), id]);
      }
      return id;
    }),
  );
  index = { templates, anchorsOf, byWord, regexes, count: ids.size };
  return index;
}

/** The compiled templates of RELATION_PATTERNS (for tests and tools). */
export function compiledPatterns(): readonly CompiledTemplate[] {
  return patternIndex().templates;
}

/**
 * The sentence with each span replaced by ⟦i⟧, and lists of names of one entity type ("A, B en C", "A of B",
 * "A en met B") joined into one slot ⟦i,j,k⟧. Quotes and glued footnote markers next to a name are dropped so the wording around it
 * reads as plain words.
 */
export function maskSentence(sentence: string, spans: readonly SentenceSpan[]): string {
  let out = '';
  let at = 0;
  spans.forEach((s, i) => {
    out += sentence.slice(at, s.start) + `⟦${i}⟧`;
    at = s.end;
  });
  out += sentence.slice(at);
  out = out
    .replace(/[‘“"'](?=⟦)/gu, '')
    .replace(/⟧[’”"']/gu, '⟧')
    .replace(/⟧\d{1,3}(?=[\s.,;:?!)]|$)/gu, '⟧')
    // "Wet inburgering 2021 (Wi2021)": a name and its abbreviation are one name.
    .replace(/⟦(\d+)⟧\s*\(⟦(\d+)⟧\)/gu, (all: string, a: string, b: string) =>
      spans[Number(a)]?.id === spans[Number(b)]?.id ? `⟦${a}⟧` : all,
    );
  const LIST =
    /⟦(\d+)⟧((?:(?:\s*,\s*|\s+(?:en|of|en\/of)\s+)(?:(?:met|voor|aan|bij|van|in)\s+)?(?:(?:de|het|een|alle|andere)\s+(?:\p{Ll}+\s+(?=⟦))?)?⟦\d+⟧)+)/gu;
  return out.replace(LIST, (all: string, first: string, rest: string) => {
    const ids = [first, ...[...rest.matchAll(/⟦(\d+)⟧/gu)].map((m) => m[1] as string)];
    // A list joins names of one kind ("werkateliers, Communities of Practice en uitwisselingssessies"); "Vos,
    // staatssecretaris" is a name and its apposition.
    const types = new Set(ids.map((i) => spans[Number(i)]?.entityType));
    return types.size === 1 ? `⟦${ids.join(',')}⟧` : all;
  });
}

/** The relations that the patterns find in one sentence, with their type chosen by domain and range. */
export function matchRelations(
  sentence: string,
  spans: readonly SentenceSpan[],
  opts: { footnote: boolean },
): RelationMatch[] {
  if (spans.length < 2) return [];
  const masked = maskSentence(sentence, spans);
  // Where each word starts: a template is tried only where its first word stands (or at each name).
  const wordsAt = new Map<string, number[]>();
  for (const m of masked.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0].toLowerCase();
    const list = wordsAt.get(w);
    if (list) list.push(m.index ?? 0);
    else wordsAt.set(w, [m.index ?? 0]);
  }
  const slotStarts = [...masked.matchAll(/⟦/gu)].map((m) => m.index ?? 0);
  let allWordStarts: number[] | undefined;
  const { templates, anchorsOf, byWord, regexes, count } = patternIndex();
  // 1 = the sentence holds the anchor, 0 = it does not, -1 = a regex anchor not yet tried.
  const present = new Int8Array(count);
  for (const id of regexes.keys()) present[id] = -1;
  for (const w of wordsAt.keys()) for (const id of byWord.get(w) ?? []) present[id] = 1;
  const holds = (id: number) => {
    if (present[id] === -1) present[id] = (regexes.get(id) as RegExp).test(masked) ? 1 : 0;
    return present[id] === 1;
  };
  const startsOf = (c: CompiledTemplate): readonly number[] => {
    if (c.slotFirst) return slotStarts;
    if (!c.firstWords) return (allWordStarts ??= [...wordsAt.values()].flat().sort((a, b) => a - b));
    const at: number[] = [];
    for (const w of c.firstWords) at.push(...(wordsAt.get(w) ?? []));
    return at;
  };
  const out: RelationMatch[] = [];
  templates.forEach((c, t) => {
    if (c.pattern.footnoteOnly && !opts.footnote) return;
    if (!(anchorsOf[t] as readonly number[]).every(holds)) return;
    for (const at of startsOf(c)) {
      c.regex.lastIndex = at;
      const m = c.regex.exec(masked);
      if (!m) continue;
      const g = m.groups ?? {};
      if (g.AB !== undefined) {
        // "afspraken tussen gemeenten en onderwijsinstellingen": the first name with each of the others.
        const [a, ...others] = g.AB.split(',').map(Number);
        g.A = String(a);
        g.B = others.join(',');
        if (!others.length) continue;
      }
      if (g.A === undefined || g.B === undefined) continue;
      const gapTexts = Array.from({ length: c.gaps }, (_, k) => g[`g${k}`] ?? '');
      if (!c.pattern.negated && gapTexts.some((t) => NEGATION.test(t))) continue;
      const before = masked.slice(0, m.index);
      // A name right after a preposition is inside a phrase, never the subject of the clause's verb.
      if (c.subjectFirst && AFTER_PREPOSITION.test(before)) continue;
      if (c.inverted) {
        // An inverted clause has no subject before its verb: a name there may only sit in a fronted phrase
        // ("Samen met de minister investeer ik …").
        const clause = before.slice(Math.max(before.lastIndexOf(','), 0));
        const names = [...clause.matchAll(/⟦[\d,]+⟧/gu)];
        if (names.some((n) => !AFTER_PREPOSITION.test(clause.slice(0, n.index)))) continue;
      }
      const gapWords = gapTexts.reduce((n, t) => n + (t.match(/\S+/gu)?.length ?? 0), 0);
      for (const a of g.A.split(',').map(Number))
        for (const b of g.B.split(',').map(Number)) {
          const type = typeFor(c.pattern, spans[a] as SentenceSpan, spans[b] as SentenceSpan);
          if (type) out.push({ pattern: c.pattern, type, from: a, to: b, gapWords });
        }
    }
  });
  return out;
}

/**
 * Catalogue kinds of documents that a party writes rather than publishes (letters, parliamentary papers, a
 * government programme, plans): "de uitvoeringsbrief van het kabinet" is AUTHORED, "het rapport van het WODC"
 * PUBLISHED.
 */
const WRITTEN_KINDS = new Set(['letter', 'kamerstuk', 'government-programme', 'plan', 'verslag-schriftelijk-overleg']);

/** PUBLISHED or AUTHORED first, by the kind of document at the end (see WRITTEN_KINDS). */
function authorshipOrder(types: readonly RelationType[], to: SentenceSpan): readonly RelationType[] {
  if (!types.includes(R.Published) || !types.includes(R.Authored)) return types;
  const written = to.entityKind !== undefined && WRITTEN_KINDS.has(to.entityKind);
  return written ? [R.Authored, R.Published] : [R.Published, R.Authored];
}

/** The first of the pattern's types that the vocabulary allows between the two ends, or null (discarded). */
export function typeFor(pattern: RelationPattern, from: SentenceSpan, to: SentenceSpan): RelationType | null {
  if (from.id === to.id) return null;
  if (pattern.sameType && from.entityType !== to.entityType) return null;
  if (pattern.fromTypes && !pattern.fromTypes.includes(from.entityType)) return null;
  if (pattern.toKind && to.entityKind !== pattern.toKind) return null;
  for (const type of authorshipOrder(pattern.types, to)) {
    if (!domainRangeError(type, { id: from.id, type: from.entityType }, { id: to.id, type: to.entityType }))
      return type;
  }
  return null;
}
