import { EntityType } from '../generated/graphql';

/** A name the conventions of Dutch government prose mark as an entity; offsets into the sentence. */
export interface NameCandidate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly entityType: EntityType;
  /** `convention:law`, `convention:programme`, `convention:body`, `convention:ministry`, `convention:municipality`, `convention:title`. */
  readonly rule: string;
  readonly confidence: number;
}

/** Words that end a title: articles, verbs, conjunctions and prepositions that start a new phrase. */
const STOP = new Set(
  (
    'de het een die dat deze dit is zijn wordt worden werd werden was waren heeft hebben had kan kunnen zal zullen ' +
    'moet moeten mag mogen wil willen niet ook om te bij aan door met naar over als of dan zo nog al wel waarin ' +
    'waarbij waarmee wanneer omdat voor van tot uit ter ten per vanaf sinds na tijdens binnen zoals onder andere ' +
    'gaat geeft biedt staat blijkt komt ligt krijgt maakt neemt kent omvat bevat betreft regelt'
  ).split(' '),
);
/** Words that may join the words of a title when more title follows ("Wet op het primair onderwijs", "Raad van State"). */
const JOINERS = new Set(['en', 'op', 'in', 'van', 'voor', 'inzake', 'tot', 'het', 'de', 'der']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/uy;

/**
 * The title that starts at `from`: words up to a stop word or punctuation, with joiners kept only when a title word
 * follows them, and a year ending it ("Wet inburgering 2021"). `capitalisedOnly` keeps only capitalised words and
 * joiners (names of bodies: "Raad van State").
 */
function titleAt(text: string, from: number, maxWords: number, capitalisedOnly: boolean): number {
  let end = from;
  let at = from;
  let words = 0;
  let prevJoiner = '';
  while (words < maxWords) {
    const gap = /^[ \t]+/u.exec(text.slice(at))?.[0] ?? '';
    if (words > 0 && !gap) break;
    WORD.lastIndex = at + gap.length;
    const m = WORD.exec(text);
    if (!m) break;
    const w = m[0];
    const lower = w.toLowerCase();
    const joiner = JOINERS.has(lower) && w === lower;
    // "… en van het Ministerie …": a second phrase begins, not more of this title.
    if (joiner && prevJoiner === 'en') break;
    prevJoiner = joiner ? lower : '';
    if (!joiner && STOP.has(lower) && w === lower) break;
    if (!joiner && capitalisedOnly && !/^[\p{Lu}\d]/u.test(w)) break;
    at = m.index + w.length;
    words++;
    if (!joiner) end = at;
    // A year or number closes the title.
    if (/^\d{4}$/u.test(w)) break;
  }
  return end;
}

interface Convention {
  readonly rule: string;
  readonly entityType: EntityType;
  /** Where a name begins: group 1, when present, is the part of the match that belongs to the name. */
  readonly head: RegExp;
  readonly maxWords: number;
  readonly capitalisedOnly: boolean;
  /** Words the name needs after its head word ("Wet" alone is no name). */
  readonly minTail: number;
  readonly confidence: number;
  /** Keep the head word in the name ("Wet kinderopvang"), or only what follows ("het programma Voorinburgering"). */
  readonly keepHead: boolean;
}

/** The conventions; each is documented in docs/suggestions.md with an example. */
const CONVENTIONS: readonly Convention[] = [
  {
    rule: 'convention:law',
    entityType: EntityType.Law,
    head: /(?<![\p{L}])(?:Wet|Besluit|Regeling|Verordening|Richtlijn|Algemene maatregel van bestuur|Uitvoeringsregeling|Vreemdelingenwet|Participatiewet)(?![\p{L}])/gu,
    maxWords: 7,
    capitalisedOnly: false,
    minTail: 1,
    confidence: 0.7,
    keepHead: true,
  },
  {
    rule: 'convention:programme',
    entityType: EntityType.Programme,
    head: /(?<![\p{L}])(?:[Hh]et|[Ee]en|[Dd]e|[Dd]it) (?:programma|project|pilot|experiment|actieplan|regeling)s? (?=[‘'“"]?\p{Lu})/gu,
    maxWords: 6,
    capitalisedOnly: true,
    minTail: 1,
    confidence: 0.65,
    keepHead: false,
  },
  {
    rule: 'convention:document',
    entityType: EntityType.Document,
    // Not at the start of a sentence, where any word has a capital: group 1 is the head word itself.
    head: /\s(Monitor|Jaarverslag|Jaarrapport|Rapportage|Nota|Uitvoeringsagenda|Verkenning|Kamerbrief|Beleidsbrief|Visiebrief)(?= \p{L})/gu,
    maxWords: 5,
    capitalisedOnly: false,
    minTail: 1,
    confidence: 0.55,
    keepHead: true,
  },
  {
    rule: 'convention:ministry',
    entityType: EntityType.Organisation,
    head: /(?<![\p{L}])[Mm]inisterie van (?=\p{Lu})/gu,
    maxWords: 6,
    capitalisedOnly: true,
    minTail: 1,
    confidence: 0.8,
    keepHead: true,
  },
  {
    rule: 'convention:municipality',
    entityType: EntityType.Organisation,
    head: /(?<![\p{L}])(?:gemeente|provincie) (?=\p{Lu})/gu,
    maxWords: 3,
    capitalisedOnly: true,
    minTail: 1,
    confidence: 0.6,
    keepHead: true,
  },
];

/** Names of bodies: capitalised words ending in a word for a body ("Naturalisatiedienst", "Kiesraad") or starting with one ("Raad van State"). */
const BODY_WORD = String.raw`(?:dienst|raad|inspectie|autoriteit|bureau|instituut|agentschap|centrum|college|orgaan|vereniging|stichting|organisatie|federatie|academie|universiteit|hogeschool|platform|commissie|kamer|bank|fonds)`;
const BODY_END = new RegExp(
  String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}-]*(?:-| en | van | voor | )){0,4}\p{Lu}\p{Ll}*${BODY_WORD})(?![\p{L}])`,
  'gu',
);
const BODY_WORD_PRESENT = new RegExp(`${BODY_WORD}(?![\\p{L}])`, 'u');
const BODY_START = new RegExp(
  String.raw`(?<![\p{L}])(?:Centrale? |Nationale? |Sociaal-Economische |Algemene )?(?:Raad|Inspectie|Autoriteit|Bureau|Instituut|Agentschap|Centrum|College|Dienst|Stichting|Vereniging) (?:van|voor) (?:de |het )?(?=\p{Lu})`,
  'gu',
);
/** Quoted titles of two or more words starting with a capital: ‘Economische veerkracht van vrouwen’. */
const QUOTED = /[‘“"']((?=\p{Lu})[^‘’“”"'\n]{3,140}?)[’”"']/gu;

/**
 * The names in a sentence that Dutch government prose marks by convention: laws and regulations ("Wet …",
 * "Besluit …", "Regeling …"), programmes ("het programma …", "de pilot …"), ministries ("Ministerie van …"),
 * municipalities ("gemeente X"), bodies ("…dienst", "…raad", "Raad van …") and quoted titles (documents, or
 * programmes after "programma"). The first word of a sentence is not taken for a name just for its capital.
 */
export function findNameCandidates(sentence: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const add = (c: NameCandidate) => {
    if (out.some((o) => o.start < c.end && c.start < o.end)) return;
    out.push(c);
  };
  // Quoted titles first: their words are the name, whatever words they hold.
  for (const m of sentence.matchAll(QUOTED)) {
    const text = (m[1] as string).trim();
    if (text.split(/\s+/u).length < 2) continue;
    const start = (m.index ?? 0) + 1;
    const afterProgramme = /(?:programma|project|pilot|actieplan)s?\s*$/u.test(sentence.slice(0, m.index));
    add({
      text,
      start,
      end: start + text.length,
      entityType: afterProgramme ? EntityType.Programme : EntityType.Document,
      rule: 'convention:title',
      confidence: afterProgramme ? 0.7 : 0.55,
    });
  }
  for (const c of CONVENTIONS) {
    for (const m of sentence.matchAll(c.head)) {
      const headStart = (m.index ?? 0) + (m[1] !== undefined ? m[0].length - m[1].length : 0);
      const tailStart = (m.index ?? 0) + m[0].length;
      const from = c.keepHead ? headStart : tailStart;
      const skipQuote = /^[‘'“"]/u.test(sentence.slice(tailStart)) ? 1 : 0;
      if (skipQuote) continue; // the quoted title is taken above
      const end = titleAt(sentence, tailStart, c.maxWords, c.capitalisedOnly);
      if (end <= tailStart) continue;
      const tailWords = sentence.slice(tailStart, end).trim().split(/\s+/u).length;
      if (tailWords < c.minTail) continue;
      add({
        text: sentence.slice(from, end),
        start: from,
        end,
        entityType: c.entityType,
        rule: c.rule,
        confidence: c.confidence,
      });
    }
  }
  for (const m of sentence.matchAll(BODY_START)) {
    const start = m.index ?? 0;
    const end = titleAt(sentence, start + m[0].length, 5, true);
    if (end > start + m[0].length)
      add({
        text: sentence.slice(start, end),
        start,
        end,
        entityType: EntityType.Organisation,
        rule: 'convention:body',
        confidence: 0.6,
      });
  }
  // Most sentences name no body: a cheap test of the body words spares the costly capitalised-words scan.
  if (BODY_WORD_PRESENT.test(sentence))
    for (const m of sentence.matchAll(BODY_END)) {
      const start = m.index ?? 0;
      const text = m[1] as string;
      // A one-word name at the start of the sentence may be capitalised only for being first ("Kamer", "Raad").
      if (start === 0 && !/\s/u.test(text)) continue;
      if (!/\s|-/u.test(text) && text.length < 6) continue;
      add({
        text,
        start,
        end: start + text.length,
        entityType: EntityType.Organisation,
        rule: 'convention:body',
        confidence: 0.55,
      });
    }
  return out.sort((a, b) => a.start - b.start);
}
