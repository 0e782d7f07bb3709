import type { CatalogueEntry } from './catalogue';
import type { ParsedPassage } from './passages';
import type { UnresolvedReason } from './resolveEntity';

export interface ParsedMention {
  readonly passageOrder: number;
  readonly entityId: string;
  /** The text as it stands in the source. */
  readonly matched: string;
  readonly start: number;
  readonly end: number;
  /** For a person named with role and party ("het lid Podt (D66)"): the role and party as the text gives them. */
  readonly role?: string;
  readonly party?: string;
}

/** A name the document uses that could not be linked: what it could mean, and why none was chosen. */
export interface ParsedUnresolvedMention {
  readonly passageOrder: number;
  readonly matched: string;
  readonly start: number;
  readonly end: number;
  readonly candidates: readonly string[];
  readonly reason: UnresolvedReason;
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
  const raw = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    word: m[0],
  }));
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

/** A name found in a passage with every catalogue entity it can mean (one, or several sharing the name). */
export interface MentionSpan {
  readonly passageOrder: number;
  readonly entityIds: readonly string[];
  readonly matched: string;
  readonly start: number;
  readonly end: number;
}

/** Footnote markers a word can carry glued to it: at most three digits ("WERKGELEGENHEID1", "Wi20213" is not one). */
const GLUED_MARKER = /^(.*\D)(\d{1,3})$/;

/**
 * Finds the catalogue entities each passage names, by name or alias: whole words only, accents and hyphenation
 * ignored, and case ignored except for one-word names written with capitals (acronyms and proper names such as
 * MAP, COA, VrIP, Vos), which match only as written so that "MAP" is not the Dutch word "map". At each position
 * the longest name wins; when several entities share that name, the span carries them all and linkMentions
 * decides. A footnote marker glued to a name's last word ("Werkgelegenheid1") does not block the match when the
 * number is one of the document's footnotes; the mention ends before the marker.
 */
export class MentionMatcher {
  private readonly byFirst = new Map<string, Pattern[]>();

  constructor(entries: readonly CatalogueEntry[], exclude: ReadonlySet<string> = new Set()) {
    for (const e of entries) {
      if (exclude.has(e.id)) continue;
      for (const name of new Set([e.name, ...e.aliases, ...(e.contextNames ?? [])])) {
        const tokens = tokenize(name);
        if (
          !tokens.length ||
          (tokens.length === 1 && (tokens[0] as Token).plain.length < 2) ||
          tokens.every((t) => /^\d+$/.test(t.plain))
        )
          continue;
        const caseSensitive = tokens.length === 1 && /\p{Lu}/u.test((tokens[0] as Token).plain);
        const key = (tokens[0] as Token).folded;
        const list = this.byFirst.get(key) ?? [];
        if (
          !list.some(
            (p) =>
              p.entityId === e.id && p.tokens.map((t) => t.folded).join(' ') === tokens.map((t) => t.folded).join(' '),
          )
        ) {
          list.push({ entityId: e.id, tokens, caseSensitive });
        }
        this.byFirst.set(
          key,
          list.sort((a, b) => b.tokens.length - a.tokens.length),
        );
      }
    }
  }

  match(source: string, passage: ParsedPassage, footnotes: ReadonlySet<number> = new Set()): MentionSpan[] {
    const tokens = tokenize(passage.text, passage.start);
    /** The marker glued to a word, when it is one of the document's footnote numbers. */
    const marker = (t: Token): { word: string; digits: string } | undefined => {
      const m = GLUED_MARKER.exec(t.plain);
      return m && footnotes.has(Number(m[2])) ? { word: m[1] as string, digits: m[2] as string } : undefined;
    };
    const same = (t: Token, pt: Token, caseSensitive: boolean, plain = t.plain) =>
      caseSensitive ? plain === pt.plain : plain.toLowerCase() === pt.folded;
    const out: MentionSpan[] = [];
    for (let i = 0; i < tokens.length;) {
      const first = tokens[i] as Token;
      const glued = marker(first);
      const candidates = [
        ...(this.byFirst.get(first.folded) ?? []),
        ...(glued ? (this.byFirst.get(glued.word.toLowerCase()) ?? []).filter((p) => p.tokens.length === 1) : []),
      ].sort((a, b) => b.tokens.length - a.tokens.length);
      let matchedLength = 0;
      let end = 0;
      const ids: string[] = [];
      for (const p of candidates) {
        if (matchedLength && p.tokens.length < matchedLength) break;
        let cut = 0;
        const ok = p.tokens.every((pt, k) => {
          const t = tokens[i + k];
          if (t === undefined) return false;
          if (same(t, pt, p.caseSensitive)) return true;
          const g = k === p.tokens.length - 1 && !/\d$/.test(pt.plain) ? marker(t) : undefined;
          if (g && same(t, pt, p.caseSensitive, g.word)) {
            cut = g.digits.length;
            return true;
          }
          return false;
        });
        if (!ok) continue;
        matchedLength = p.tokens.length;
        end = (tokens[i + p.tokens.length - 1] as Token).end - cut;
        if (!ids.includes(p.entityId)) ids.push(p.entityId);
      }
      if (matchedLength)
        out.push({
          passageOrder: passage.order,
          entityIds: ids,
          matched: source.slice(first.start, end),
          start: first.start,
          end,
        });
      i += matchedLength || 1;
    }
    return out;
  }
}
