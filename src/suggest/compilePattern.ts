import type { RelationPattern } from './relationPatterns';

/** A template turned into a regular expression over a masked sentence (names replaced by ⟦i⟧ or ⟦i,j⟧). */
export interface CompiledTemplate {
  readonly pattern: RelationPattern;
  readonly template: string;
  /** Sticky: tried only at the places a match can start (a name for `slotFirst`, else a word start). */
  readonly regex: RegExp;
  readonly slotFirst: boolean;
  readonly inverted: boolean;
  readonly gaps: number;
  /** The template starts with its subject's slot followed by a gap: the subject may carry prepositional phrases. */
  readonly subjectFirst: boolean;
  /**
   * The template's own words as a quick test: a sentence lacking one cannot match (most sentences). Each anchor is
   * a set of alternative words (any one present will do) or, for a word with regex syntax, a regular expression.
   */
  readonly anchors: readonly (ReadonlySet<string> | RegExp)[];
  /** For a template that starts with a word: the words it can start with (lower case), else null. */
  readonly firstWords: ReadonlySet<string> | null;
}

/** Words a gap may hold: anything but a name or a clause break. */
const GAP_WORD = String.raw`[^\s⟦⟧;:()]+`;
const SLOT = String.raw`[\d,]+`;
/**
 * Determiners between a preposition and its name ("met de ketenpartners", "aan andere gemeenten"), and the generic
 * noun a name may stand in apposition to ("in het programma ‘Economische veerkracht van vrouwen’").
 */
const DETERMINERS = String.raw`(?:\s+(?:de|het|een|deze|dit|die|dat|hun|haar|zijn|alle|andere|onze|uw|mijn|enkele|diverse|verschillende)){0,2}(?:\s+(?:programma['’]?s?|project|pilot|rapport|onderzoek|onderzoeksrapport|brief|gemeente|organisatie|stichting|wet))?`;
/**
 * Prepositional phrases after a subject, with names in them: "Het rapport van RadarAdvies over de uitvoering van de
 * Wi2021 is onderdeel van …" has the report as its subject, not the Wi2021 nearest to the verb.
 */
export const PREPOSITIONS = 'van|over|naar|uit|bij|met|voor|in|op|aan|door|tussen|tot|onder|binnen|via|tijdens|zonder';
const PP_CHAIN = String.raw`(?:\s+(?:${PREPOSITIONS})(?:\s+[^\s⟦⟧;:()]+){0,8}?\s+⟦${SLOT}⟧){0,3}`;

/**
 * Compiles one template (see relationPatterns.ts for the notation). The regex is sticky and is tried at every
 * place a match can start, so overlapping matches are all found ("⟦0⟧ van ⟦1⟧ van ⟦2⟧" gives both 0–1 and 1–2).
 */
export function compileTemplate(pattern: RelationPattern, template: string): CompiledTemplate {
  let body = '';
  let gaps = 0;
  let inverted = false;
  const anchors: (ReadonlySet<string> | RegExp)[] = [];
  const slots = (t: string) =>
    t
      .replace(/\{A\}/gu, `⟦(?<A>${SLOT})⟧`)
      .replace(/\{B\}/gu, `⟦(?<B>${SLOT})⟧`)
      .replace(/\{X\}/gu, `⟦${SLOT}⟧`)
      .replace(/\{AB\}/gu, `⟦(?<AB>${SLOT})⟧`)
      .replace(/ /gu, '\\s+');
  const words = topLevelWords(template);
  const subjectFirst = /^\^?\{[AB]\}$/u.test(words[0] ?? '') && /^\{[gG]\}$/u.test(words[1] ?? '');
  words.forEach((raw, i) => {
    let t = raw;
    if (i === 0 && t.startsWith('^')) {
      inverted = true;
      t = t.slice(1);
    }
    if (t === '{d}') {
      body += DETERMINERS;
      return;
    }
    if (t === '{g}' || t === '{G}') {
      body += `(?<g${gaps}>(?:\\s+${GAP_WORD}){0,${t === '{g}' ? 3 : 8}}?)`;
      gaps++;
      return;
    }
    if (/^[,:]/u.test(t)) {
      body += `\\s*${slots(t)}`;
      return;
    }
    const hasSlot = /\{(?:A|B|X|AB)\}/u.test(t);
    if (!hasSlot && !/[?*]$|^\\S\+$/u.test(t)) anchors.push(anchorOf(t));
    const piece =
      (hasSlot ? slots(t) : `(?:${slots(t)})(?![\\p{L}\\p{N}])`) + (i === 0 && subjectFirst ? PP_CHAIN : '');
    const first = body === '';
    body += (first ? (hasSlot ? '' : '(?<![\\p{L}\\p{N}])') : '\\s+') + piece;
  });
  const slotFirst = /^\^?\{(?:A|B|X|AB)\}/u.test(template);
  const first = topLevelWords(template.replace(/^\^/u, ''))[0] ?? '';
  const firstAnchor = slotFirst ? null : anchorOf(first);
  const firstWords = firstAnchor instanceof Set ? firstAnchor : null;
  return {
    pattern,
    template,
    regex: new RegExp(body, 'uy'),
    slotFirst,
    inverted,
    gaps,
    subjectFirst,
    anchors,
    firstWords,
  };
}

/**
 * A word of a template as a quick test. Alternatives of plain words ("(?:voert|voeren)", "in het kader van") become
 * the set of their first words, which a sentence's word set answers at once; anything else stays a regex.
 */
const ANCHORS = new Map<string, ReadonlySet<string> | RegExp>();

/** Anchors are shared between templates (one object per word), so a sentence tests each word once. */
function anchorOf(t: string): ReadonlySet<string> | RegExp {
  let a = ANCHORS.get(t);
  if (!a) {
    a = newAnchor(t);
    ANCHORS.set(t, a);
  }
  return a;
}

function newAnchor(t: string): ReadonlySet<string> | RegExp {
  const bracketed = /^\[(\p{Lu})(\p{Ll})\](\p{Ll}+)$/u.exec(t);
  if (bracketed) return new Set([`${bracketed[2]}${bracketed[3]}`]);
  const inner = /^\(\?:([\p{L}| ]+)\)$/u.exec(t)?.[1] ?? (/^[\p{L} ]+$/u.test(t) ? t : undefined);
  if (inner) return new Set(inner.split('|').map((alt) => (alt.split(' ')[0] as string).toLowerCase()));
  return new RegExp(t.replace(/ /gu, '\\s+'), 'u');
}

/** The template's words: split at spaces outside brackets ("(?:de )?voorzitter" is one word). */
function topLevelWords(template: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  for (const c of template) {
    if (c === '(' && !word.endsWith('\\')) depth++;
    if (c === ')' && !word.endsWith('\\')) depth--;
    if (c === ' ' && depth === 0) {
      if (word) words.push(word);
      word = '';
    } else word += c;
  }
  if (word) words.push(word);
  return words;
}
