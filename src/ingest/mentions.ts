import type { CatalogueEntry } from './catalogue';
import type { ParsedPassage } from './passages';

export interface ParsedMention {
  readonly passageOrder: number;
  readonly entityId: string;
  /** The text as it stands in the source. */
  readonly matched: string;
  readonly start: number;
  readonly end: number;
}

interface Token {
  readonly start: number;
  readonly end: number;
  /** Accents removed, case kept. */
  readonly plain: string;
  /** Accents removed, lower case. */
  readonly folded: string;
}

interface Pattern {
  readonly entityId: string;
  readonly tokens: readonly Token[];
  readonly caseSensitive: boolean;
}

const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');

/**
 * Words of a text with offsets. Hyphens and punctuation separate words ("Z-route" is z + route), so matching
 * ignores hyphenation; a word broken at a line end ("inburge-\nring") is joined back.
 */
export function tokenize(text: string, base = 0): Token[] {
  const raw = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: (m.index ?? 0), end: (m.index ?? 0) + m[0].length, word: m[0] }));
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i] as { start: number; end: number; word: string };
    const next = raw[i + 1];
    if (next && /^-[ \t]*\n\s*$/.test(text.slice(t.end, next.start)) && /^\p{Ll}/u.test(next.word)) {
      t = { start: t.start, end: next.end, word: t.word + next.word };
      i += 1;
    }
    const plain = stripAccents(t.word);
    out.push({ start: base + t.start, end: base + t.end, plain, folded: plain.toLowerCase() });
  }
  return out;
}

/**
 * Finds the catalogue entities each passage names, by name or alias: whole words only, accents and hyphenation
 * ignored, and case ignored except for one-word names written with capitals (acronyms and proper names such as
 * MAP, COA, VrIP, Vos), which match only as written so that "MAP" is not the Dutch word "map". At each position
 * the longest name wins.
 */
export class MentionMatcher {
  private readonly byFirst = new Map<string, Pattern[]>();

  constructor(entries: readonly CatalogueEntry[], exclude: ReadonlySet<string> = new Set()) {
    for (const e of entries) {
      if (exclude.has(e.id)) continue;
      for (const name of new Set([e.name, ...e.aliases])) {
        const tokens = tokenize(name);
        if (!tokens.length || (tokens.length === 1 && (tokens[0] as Token).plain.length < 2) || tokens.every((t) => /^\d+$/.test(t.plain))) continue;
        const caseSensitive = tokens.length === 1 && /\p{Lu}/u.test((tokens[0] as Token).plain);
        const key = (tokens[0] as Token).folded;
        const list = this.byFirst.get(key) ?? [];
        if (!list.some((p) => p.entityId === e.id && p.tokens.map((t) => t.folded).join(' ') === tokens.map((t) => t.folded).join(' '))) {
          list.push({ entityId: e.id, tokens, caseSensitive });
        }
        this.byFirst.set(key, list.sort((a, b) => b.tokens.length - a.tokens.length));
      }
    }
  }

  match(source: string, passage: ParsedPassage): ParsedMention[] {
    const tokens = tokenize(passage.text, passage.start);
    const out: ParsedMention[] = [];
    for (let i = 0; i < tokens.length; ) {
      const candidates = this.byFirst.get((tokens[i] as Token).folded) ?? [];
      let matchedLength = 0;
      for (const p of candidates) {
        if (matchedLength && p.tokens.length < matchedLength) break;
        const ok = p.tokens.every((pt, k) => {
          const t = tokens[i + k];
          return t !== undefined && (p.caseSensitive ? t.plain === pt.plain : t.folded === pt.folded);
        });
        if (!ok) continue;
        matchedLength = p.tokens.length;
        const start = (tokens[i] as Token).start;
        const end = (tokens[i + p.tokens.length - 1] as Token).end;
        if (!out.some((m) => m.entityId === p.entityId && m.start === start)) {
          out.push({ passageOrder: passage.order, entityId: p.entityId, matched: source.slice(start, end), start, end });
        }
      }
      i += matchedLength || 1;
    }
    return out;
  }
}
