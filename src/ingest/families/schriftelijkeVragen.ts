import { dutchDate } from '../dutchDate';
import { norm, proseText } from '../headings';
import type { FamilyStructure } from '../familyTypes';
import type { ParsedAnswer, ParsedQuestion } from '../questionAnswerTypes';
import type { ParsedPassage } from '../passages';
import { checkQuestionsAnswered } from '../questionsAndAnswers';
import { membersWithParty } from './people';

export interface SchriftelijkeVragen {
  readonly title?: string;
  readonly date?: string;
  readonly questions: ParsedQuestion[];
  readonly answers: ParsedAnswer[];
  readonly family: Pick<
    FamilyStructure,
    'askers' | 'addressee' | 'submitted' | 'received' | 'answeredBy' | 'postponement'
  >;
  readonly warnings: string[];
}

const ASKED = /Vragen van (?:het lid|de leden) (.+?) aan (?:de |het )?(.+?) over (.+?) \(ingezonden ([^)]+)\)/u;
const ANSWERED =
  /Antwoord van (?:de )?(minister-president|minister|staatssecretaris) (.+?) \(([^)]+)\)\s*\(ontvangen ([^)]+)\)/u;
const POSTPONED =
  /Mededeling van (?:de )?(?:(minister-president|minister|staatssecretaris) )?(.+?)\s*\(ontvangen ([^)]+)\)/u;
/** "Vraag 1", "Vragen 4 en 5", with or without the question's text on the same line. */
const QUESTION_LABEL = /^Vra(?:ag|gen) (\d+(?:(?:, | en )\d+)*)[.:]?(?:\s+([\s\S]+))?$/;
/** "Antwoord 1", "Antwoord op vraag 1", "Antwoord op vragen 4 en 5", "Antwoord vraag 2". */
const ANSWER_LABEL = /^Antwoord (?:op )?(?:vra(?:ag|gen) )?(\d+(?:(?:, | en )\d+)*)[.:]?(?:\s+([\s\S]+))?$/;
const numbersOf = (s: string) => s.split(/, | en /).map(Number);

/**
 * Schriftelijke vragen with their answers (Aanhangsel van de Handelingen): the askers with party, the addressee,
 * the subject, "ingezonden" and "ontvangen", the answering office-holder, the numbered questions and the answers
 * to one or more of them; or a "Mededeling" that answering takes longer, in which case the questions stand unanswered
 * without a warning. The questions' `faction` is the askers' parties as printed (the linking step resolves them).
 */
export function parseSchriftelijkeVragen(body: readonly ParsedPassage[]): SchriftelijkeVragen {
  const warnings: string[] = [];
  const full = proseText(body.map((p) => p.text).join('\n'));
  const asked = ASKED.exec(full);
  const answered = ANSWERED.exec(full);
  const postponedM = answered ? null : POSTPONED.exec(full);
  const askers = asked ? membersWithParty(asked[1] as string) : [];
  if (!asked)
    warnings.push('schriftelijke vragen: no line "Vragen van het lid/de leden … (ingezonden …)" found; askers unknown');
  const parties =
    [...new Set(askers.map((a) => a.party).filter((p): p is string => Boolean(p)))].join(', ') || 'onbekend';

  const questions: ParsedQuestion[] = [];
  const answers: ParsedAnswer[] = [];
  let open:
    | {
        kind: 'Q' | 'A';
        numbers: number[];
        label: string;
        items: { text: string; page: number; start: number; end: number }[];
      }
    | undefined;
  const close = () => {
    if (!open) return;
    const items = open.items;
    if (!items.length) warnings.push(`"${open.label}" has no text`);
    else {
      const base = {
        faction: parties,
        text: proseText(items.map((i) => i.text).join(' ')),
        page: items[0]!.page,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
      };
      if (open.kind === 'Q') questions.push({ ...base, number: open.numbers[0] as number });
      else answers.push({ ...base, numbers: open.numbers, label: open.label, refersTo: [] });
    }
    open = undefined;
  };
  for (const p of body) {
    const t = norm(p.text);
    const q = QUESTION_LABEL.exec(t);
    const a = q ? null : ANSWER_LABEL.exec(t);
    const m = q ?? a;
    if (m) {
      close();
      const label = m[2] ? t.slice(0, t.length - m[2].length).trim() : t;
      open = { kind: q ? 'Q' : 'A', numbers: numbersOf(m[1] as string), label, items: [] };
      const rawLabel = /^(?:Vra(?:ag|gen)|Antwoord(?: op)?(?: vra(?:ag|gen))?) \d+(?:(?:, | en )\d+)*[.:]?\s+/.exec(
        p.text,
      );
      if (m[2] && rawLabel)
        open.items.push({
          text: p.text.slice(rawLabel[0].length),
          page: p.page,
          start: p.start + rawLabel[0].length,
          end: p.end,
        });
      continue;
    }
    if (!open) continue;
    // A question's or answer's text ends at the next label, at a heading, or where a Mededeling or the answers begin.
    if (p.kind === 'HEADING' || /^(?:Mededeling|Antwoord) van /.test(t)) {
      close();
      continue;
    }
    open.items.push({ text: p.text, page: p.page, start: p.start, end: p.end });
  }
  close();
  if (!postponedM) checkQuestionsAnswered(questions, answers, warnings);
  const submitted = asked ? dutchDate(asked[4] as string) : undefined;
  const received = answered
    ? dutchDate(answered[4] as string)
    : postponedM
      ? dutchDate(postponedM[3] as string)
      : undefined;
  const postponementPassage = postponedM
    ? body.find((p) => /^Mededeling\b/.test(norm(p.text)) && /ontvangen/.test(p.text))
    : undefined;
  const postponementText = postponementPassage
    ? proseText(
        [postponementPassage, body[postponementPassage.order + 1]]
          .filter((x): x is ParsedPassage => Boolean(x) && x!.kind !== 'HEADING')
          .map((x) => x.text)
          .join(' '),
      )
    : undefined;
  return {
    ...(asked ? { title: `Vragen over ${asked[3]} (ingezonden ${asked[4]})` } : {}),
    ...((received ?? submitted) ? { date: received ?? submitted } : {}),
    questions,
    answers,
    family: {
      askers,
      ...(asked ? { addressee: asked[2] } : {}),
      ...(submitted ? { submitted } : {}),
      ...(received ? { received } : {}),
      ...(answered
        ? { answeredBy: { name: (answered[2] as string).trim(), role: `${answered[1]} van ${answered[3]}` } }
        : {}),
      ...(postponedM
        ? { postponement: { text: postponementText ?? norm(postponedM[0]), ...(received ? { date: received } : {}) } }
        : {}),
    },
    warnings,
  };
}
