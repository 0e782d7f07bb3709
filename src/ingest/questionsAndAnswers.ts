import { EntityType } from '../generated/graphql';
import type { Catalogue } from './catalogue';
import { dutchDate } from './dutchDate';
import { crossReferences, factionJoins } from './factionLinks';
import { ANSWER_HEADING, FACTION_HEADING, headingText, norm, NUMBERED, PART_HEADING, QUESTION_HEADING } from './headings';
import { findCommittee, parseParts } from './letterParts';
import type { ParsedPassage } from './passages';
import type { ParsedAnswer, ParsedQuestion, QuestionAnswerStructure } from './questionAnswerTypes';

export type { FactionJoin, ParsedAnswer, ParsedPart, ParsedQuestion, QuestionAnswerStructure } from './questionAnswerTypes';

/**
 * Reads the question-and-answer structure of a "verslag van een schriftelijk overleg": the committee's letter
 * with questions per faction, the answering letter with answers per question, joins between factions and
 * cross-references between answers. For other documents it finds what it can (parts) and returns empty lists.
 */
export function parseQuestionsAndAnswers(passages: readonly ParsedPassage[], catalogue: Catalogue): QuestionAnswerStructure {
  const body = passages.filter((p) => p.kind !== 'FOOTNOTE');
  const fullText = norm(body.map((p) => p.text).join('\n'));
  const warnings: string[] = [];
  const faction = (name: string) => catalogue.find(name, [EntityType.Faction])?.id;

  const first = body[0] ? headingText(body[0]) : '';
  const kind = /VERSLAG VAN EEN SCHRIFTELIJK OVERLEG/.test(first)
    ? 'verslag-schriftelijk-overleg'
    : /^VERSLAG/.test(first)
      ? 'verslag'
      : PART_HEADING.test(first)
        ? 'brief'
        : 'document';
  const date = /Vastgesteld (\d{1,2} \p{L}+ \d{4})/u.exec(fullText)?.[1];
  const committee = /De (vaste commissie voor [^\d.]+?)\d* (?:had|heeft) (?:met belangstelling )?kennisgenomen/u.exec(fullText)?.[1];
  const subject = /kennisgenomen van (?:de |uw )?brief .*? over (.+?)\.\d*(?:\s|$)/u.exec(fullText)?.[1];
  const clerk = body.map((p) => /^De griffier voor dit verslag,\s*(.+)$/u.exec(norm(p.text))?.[1]).find(Boolean);
  const title = kind === 'verslag-schriftelijk-overleg' ? `Verslag van een schriftelijk overleg${subject ? ` over ${subject}` : ''}` : body[0] ? headingText(body[0]) : undefined;

  const parts = parseParts(body, catalogue);

  // Questions: faction sections of the committee letter (or of the whole text when there are no parts).
  const questionScope = parts.find((p) => p.kind === 'COMMITTEE_LETTER') ?? (parts.length ? undefined : { from: 0, to: body.length - 1 });
  const questions: ParsedQuestion[] = [];
  if (questionScope) {
    for (const section of sections(body, questionScope.from, questionScope.to)) {
      const paras = section.items.filter((p) => p.kind !== 'HEADING');
      const numbered = paras.some((p) => NUMBERED.test(p.text));
      let current: { number: number; items: ParsedPassage[] } | undefined;
      const found: { number: number; items: ParsedPassage[] }[] = [];
      for (const p of paras) {
        const m = NUMBERED.exec(p.text);
        if (m) {
          current = { number: Number(m[1]), items: [p] };
          found.push(current);
        } else if (!numbered) {
          if (!current) found.push((current = { number: 1, items: [] }));
          current.items.push(p);
        } else if (current && /^\s*\p{Ll}/u.test(p.text)) {
          current.items.push(p); // continues across a page break
        }
      }
      for (const q of found) {
        if (!q.items.length) continue;
        const firstP = q.items[0] as ParsedPassage;
        const lastP = q.items[q.items.length - 1] as ParsedPassage;
        const id = faction(section.faction);
        questions.push({
          faction: section.faction,
          ...(id ? { factionId: id } : {}),
          number: q.number,
          text: norm(q.items.map((p) => p.text).join(' ')).replace(NUMBERED, ''),
          page: firstP.page,
          start: firstP.start + (NUMBERED.exec(firstP.text)?.[0].length ?? 0),
          end: lastP.end,
        });
      }
    }
  }

  // Answers: "Antwoord …" blocks in the faction sections of the answering letter.
  const answers: ParsedAnswer[] = [];
  for (const part of parts.filter((p) => p.kind === 'ANSWER_LETTER')) {
    for (const section of sections(body, part.from, part.to)) {
      let lastQuestionNumbers: number[] = [];
      let repeated: { numbers: number[]; items: ParsedPassage[] } | undefined;
      const items = section.items;
      for (let i = 0; i < items.length; i++) {
        const p = items[i] as ParsedPassage;
        const t = headingText(p);
        if (p.kind === 'HEADING' && QUESTION_HEADING.test(t)) {
          const m = QUESTION_HEADING.exec(t) as RegExpExecArray;
          lastQuestionNumbers = [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])];
          repeated = { numbers: lastQuestionNumbers, items: [] };
          continue;
        }
        if (p.kind === 'HEADING' && ANSWER_HEADING.test(t)) {
          const m = ANSWER_HEADING.exec(t) as RegExpExecArray;
          const numbers = m[1] ? [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])] : lastQuestionNumbers.length ? lastQuestionNumbers : [1];
          const block: ParsedPassage[] = [];
          while (i + 1 < items.length && (items[i + 1] as ParsedPassage).kind !== 'HEADING') block.push(items[++i] as ParsedPassage);
          if (!block.length) {
            warnings.push(`"${t}" of ${section.faction} has no text`);
            continue;
          }
          const text = norm(block.map((b) => b.text).join(' '));
          const id = faction(section.faction);
          answers.push({
            faction: section.faction,
            ...(id ? { factionId: id } : {}),
            numbers,
            label: t,
            text,
            page: (block[0] as ParsedPassage).page,
            start: (block[0] as ParsedPassage).start,
            end: (block[block.length - 1] as ParsedPassage).end,
            refersTo: crossReferences(text, section.faction),
          });
          // A question that is only repeated in the answering letter (no committee letter in this text).
          for (const n of numbers) {
            if (!questions.some((q) => q.faction === section.faction && q.number === n) && repeated?.items.length && repeated.numbers.includes(n)) {
              const r = repeated.items;
              questions.push({
                faction: section.faction, ...(id ? { factionId: id } : {}), number: n,
                text: norm(r.map((x) => x.text).join(' ')), page: (r[0] as ParsedPassage).page, start: (r[0] as ParsedPassage).start, end: (r[r.length - 1] as ParsedPassage).end,
              });
            }
          }
          lastQuestionNumbers = [];
          repeated = undefined;
          continue;
        }
        if (repeated && p.kind !== 'HEADING') repeated.items.push(p);
      }
    }
  }
  questions.sort((a, b) => a.start - b.start);

  for (const q of questions) {
    if (!answers.some((a) => a.faction === q.faction && a.numbers.includes(q.number))) {
      warnings.push(`question ${q.faction} ${q.number} has no answer`);
    }
  }
  for (const a of answers) {
    for (const n of a.numbers) {
      if (questions.length && !questions.some((q) => q.faction === a.faction && q.number === n)) warnings.push(`answer ${a.faction} ${n} answers no question in this document`);
    }
  }

  const askers = [...new Set(questions.map((q) => q.faction))];
  const joins = factionJoins(body, askers, faction);
  if (committee && !findCommittee(committee, catalogue)) warnings.push(`committee "${committee}" is not in the catalogue`);
  for (const f of new Set([...questions.map((q) => q.faction), ...answers.map((a) => a.faction)])) {
    if (!faction(f)) warnings.push(`faction "${f}" is not in the catalogue`);
  }
  const committeeEntry = committee ? findCommittee(committee, catalogue) : undefined;
  const clerkEntry = clerk ? catalogue.find(clerk, [EntityType.Person]) : undefined;
  return {
    kind,
    ...(title ? { title } : {}),
    ...(date && dutchDate(date) ? { date: dutchDate(date) } : {}),
    ...(committee ? { committee } : {}),
    ...(committeeEntry ? { committeeId: committeeEntry.id } : {}),
    ...(clerk ? { clerk } : {}),
    ...(clerkEntry ? { clerkId: clerkEntry.id } : {}),
    parts: parts.map(({ from: _f, to: _t, ...p }) => p),
    questions,
    answers,
    joins,
    warnings,
  };
}

/** Faction sections between `from` and `to`: each faction heading up to the next faction or part heading. */
function sections(body: readonly ParsedPassage[], from: number, to: number): { faction: string; items: ParsedPassage[] }[] {
  const out: { faction: string; items: ParsedPassage[] }[] = [];
  for (let i = from; i <= to; i++) {
    const p = body[i] as ParsedPassage;
    const m = p.kind === 'HEADING' ? FACTION_HEADING.exec(headingText(p)) : null;
    if (m) out.push({ faction: (m[1] as string).replace(/^de /, ''), items: [] });
    else if (out.length) (out[out.length - 1] as { items: ParsedPassage[] }).items.push(p);
  }
  // The closing of a committee letter follows the last question: stop a section at "De leden van de … commissie".
  for (const s of out) {
    const stop = s.items.findIndex((p) => /^De leden van de (?:vaste )?commissie/.test(norm(p.text)));
    if (stop >= 0) s.items = s.items.slice(0, stop);
  }
  return out;
}

