import { headingText, norm, proseText } from '../headings';
import type { ParsedAnswer, ParsedQuestion } from '../questionAnswerTypes';
import type { ParsedPassage } from '../passages';

/** "Vragen en opmerkingen van de leden van de VVD-fractie", "Inbreng van de leden van de D66-fractie". */
const FACTION_SECTION = /^(?:[IV]+\.? )?(?:Vragen en opmerkingen|Inbreng) van de leden van de (.+?)-fractie$/;
/** "II Reactie van de bewindspersoon": from here on the text answers. */
const RESPONSE_PART = /^(?:[IV]+\.? )?Reactie van de (?:bewindspersoon|minister|staatssecretaris)\b/;
/** A line of its own that opens an answer to the question before it. */
const ANSWER_MARK = /^(?:Antwoord|Reactie)$/;
/** A faction named in a paragraph: "De leden van de VVD-fractie vragen …". */
const FACTION_IN_TEXT = /\bDe leden van de (.+?)-fractie\b/;
/** A numbered section heading of a report ("2. Financiële gevolgen", "3.1 Uitvoering"): it ends an answer. */
const SECTION_HEADING = /^\d+(?:\.\d+)*\.? \p{Lu}[^.?!]{0,80}$/u;
/** The closing signature of a report or nota ("De Staatssecretaris van …," then the name): it ends an answer. */
const CLOSING =
  /^De (?:Minister|Staatssecretaris|Minister-president|voorzitter van de commissie|griffier van de commissie)\b[^\n]*,\s*(?:\n|$)/;
/** A paragraph that asks in the report's words ("De leden van de X-fractie vragen …", "Deze leden willen weten …"). */
const ASKS_IN_WORDS =
  /^(?:De leden van de .+?-fractie|Deze leden|Zij|De genoemde leden|Ook de leden van de .+?-fractie)(?: \p{L}+)? (?:vragen|verzoeken|willen (?:graag )?(?:weten|vernemen))\b/u;

export interface FactionQuestions {
  readonly questions: ParsedQuestion[];
  readonly answers: ParsedAnswer[];
}

/**
 * The factions' questions of a Tweede Kamer VSO or of a bill's report, as paragraphs ("De leden van de X-fractie
 * vragen …"; numbered per faction in order), and where the text has them the government's answers: after a line
 * "Antwoord"/"Reactie" (interleaved), in a part "II Reactie van de bewindspersoon" that repeats each question before
 * answering it, or — in an answering document (nota naar aanleiding van het verslag, memorie van antwoord) — in the
 * paragraphs after each repeated question. The faction is taken from the section heading or from the paragraph.
 */
export function parseFactionQuestions(
  body: readonly ParsedPassage[],
  opts: { answering: boolean; factionId: (name: string) => string | undefined },
): FactionQuestions {
  const questions: (ParsedQuestion & { key: string })[] = [];
  const answers: ParsedAnswer[] = [];
  let answering = opts.answering;
  let faction: string | undefined;
  let target: (ParsedQuestion & { key: string }) | undefined;
  let answer: { label: string; items: ParsedPassage[] } | undefined;
  const flush = () => {
    if (target && answer?.items.length) {
      const items = answer.items;
      const id = opts.factionId(target.faction);
      answers.push({
        faction: target.faction,
        ...(id ? { factionId: id } : {}),
        numbers: [target.number],
        label: answer.label,
        text: proseText(items.map((p) => p.text).join(' ')),
        page: items[0]!.page,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        refersTo: [],
      });
    }
    answer = undefined;
  };
  for (const p of skipTableOfContents(body)) {
    const t = p.kind === 'HEADING' ? headingText(p) : proseText(p.text);
    const section = FACTION_SECTION.exec(t);
    if (section) {
      flush();
      faction = section[1];
      target = undefined;
      continue;
    }
    if (RESPONSE_PART.test(t)) {
      flush();
      answering = true;
      faction = undefined;
      target = undefined;
      continue;
    }
    if (ANSWER_MARK.test(t)) {
      flush();
      if (target) answer = { label: t, items: [] };
      continue;
    }
    if (p.kind === 'HEADING' || p.kind === 'FOOTNOTE') continue;
    if (SECTION_HEADING.test(t) || CLOSING.test(p.text.trim())) {
      flush();
      target = undefined;
      continue;
    }
    const named = FACTION_IN_TEXT.exec(t)?.[1];
    const repeat = questions.find((q) => q.key === t);
    if (repeat) {
      // The answering part repeats a question word for word before answering it.
      flush();
      target = repeat;
      answer = { label: 'Reactie', items: [] };
      continue;
    }
    // Inside an answer a question mark is the government's own rhetoric; only the report's words of asking start a question.
    const asking = sentencesOf(t).some((x) => ASKS_IN_WORDS.test(x)) || (/\?/.test(t) && !(answering && answer));
    if (named) faction = named;
    if (asking && faction) {
      flush();
      const f = faction;
      const number = questions.filter((q) => q.faction === f).length + 1;
      const id = opts.factionId(f);
      target = {
        faction: f,
        ...(id ? { factionId: id } : {}),
        number,
        text: t,
        page: p.page,
        start: p.start,
        end: p.end,
        key: t,
      };
      questions.push(target);
      answer = answering ? { label: 'Antwoord', items: [] } : undefined;
      continue;
    }
    if (answer) answer.items.push(p);
  }
  flush();
  // The repeat key is internal; the returned questions are plain ParsedQuestions.
  return {
    questions: questions.map((q) => ({
      faction: q.faction,
      ...(q.factionId ? { factionId: q.factionId } : {}),
      number: q.number,
      text: q.text,
      page: q.page,
      start: q.start,
      end: q.end,
    })),
    answers,
  };
}

/** Leaves out a table of contents: from "Inhoudsopgave" to where its first entry is repeated as a heading. */
function skipTableOfContents(body: readonly ParsedPassage[]): readonly ParsedPassage[] {
  const at = body.findIndex((p) => /^Inhoudsopgave$/i.test(norm(p.text)));
  if (at < 0) return body;
  const first = body[at + 1] ? norm((body[at + 1] as ParsedPassage).text).replace(/\s+\d+$/, '') : '';
  const resume = body.findIndex((p, i) => i > at + 1 && norm(p.text) === first);
  return resume < 0 ? body : [...body.slice(0, at), ...body.slice(resume)];
}

/** The sentences of a paragraph, so that "… kennisgenomen. Deze leden vragen …" is seen to ask. */
function sentencesOf(t: string): string[] {
  return t.split(/(?<=[.?!])\s+(?=\p{Lu})/u);
}
