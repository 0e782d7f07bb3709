import { EntityType } from '../../generated/graphql';
import type { Catalogue } from '../catalogue';
import { dutchDate } from '../dutchDate';
import { norm } from '../headings';
import { EMPTY_FAMILY_STRUCTURE, type FamilyStructure } from '../familyTypes';
import type { QuestionAnswerStructure } from '../questionAnswerTypes';
import type { ParsedPassage } from '../passages';
import { checkQuestionsAnswered, parseQuestionsAndAnswers } from '../questionsAndAnswers';
import { parseDebateReport } from './debateReport';
import { parseFactionQuestions } from './factionQuestions';
import { parseKamerbrief } from './kamerbrief';
import { parseMotion } from './motion';
import type { FamilyRecognition } from './recogniseFamily';
import { parseSchriftelijkeVragen } from './schriftelijkeVragen';

export interface FamilyParse extends QuestionAnswerStructure {
  readonly family: FamilyStructure;
}

/** A Tweede Kamer VSO is told from the Eerste Kamer's (the seed's) by its faction sections. */
const TK_VSO_SECTION = /^(?:[IV]+\.? )?Vragen en opmerkingen van de leden van de .+-fractie$/;

/**
 * Builds the structure of the recognised family. The Eerste Kamer VSO (the seed's shape) and every document's
 * letters go through parseQuestionsAndAnswers unchanged; the other families replace its questions and answers with
 * their own and add what they hold (askers, speaker turns, toezeggingen, the motion). Factions are resolved against
 * the catalogue only for Eerste Kamer texts: the catalogue's factions are the Eerste Kamer's, and a Tweede Kamer
 * "(VVD)" must not be linked to them.
 */
export function parseFamily(
  passages: readonly ParsedPassage[],
  recognition: FamilyRecognition,
  chamber: 'TK' | 'EK' | null,
  catalogue: Catalogue,
): FamilyParse {
  const body = passages.filter((p) => p.kind !== 'FOOTNOTE');
  const base = parseQuestionsAndAnswers(passages, catalogue, { chamber, date: null });
  const factionId = (name: string) => (chamber === 'EK' ? catalogue.find(name, [EntityType.Faction])?.id : undefined);
  const withFamily = (over: Partial<FamilyParse>, warnings: string[]): FamilyParse => ({
    ...base,
    family: EMPTY_FAMILY_STRUCTURE,
    ...over,
    warnings: [...warnings, ...emptyStructureWarnings(recognition, { ...base, ...over })],
  });
  switch (recognition.family) {
    case 'SCHRIFTELIJKE_VRAGEN': {
      const r = parseSchriftelijkeVragen(body);
      return withFamily(
        {
          kind: 'schriftelijke-vragen',
          ...title(r),
          ...date(r),
          questions: r.questions,
          answers: r.answers,
          joins: [],
          family: { ...EMPTY_FAMILY_STRUCTURE, ...r.family },
        },
        r.warnings,
      );
    }
    case 'VSO': {
      if (!body.some((p) => TK_VSO_SECTION.test(norm(p.text)))) return withFamily({}, base.warnings);
      const fq = parseFactionQuestions(body, { answering: false, factionId });
      const warnings: string[] = [];
      checkQuestionsAnswered(fq.questions, fq.answers, warnings);
      const full = norm(body.map((p) => p.text).join(' '));
      const subject = /over de brief van .+? (?:inzake|over) (.+?)(?: \(|\.\s)/u.exec(full)?.[1];
      const fixed = /Vastgesteld (\d{1,2} \p{L}+ \d{4})/u.exec(full)?.[1];
      const tkTitle = `Verslag van een schriftelijk overleg${subject ? ` over ${subject}` : ''}${fixed ? ` (vastgesteld ${fixed})` : ''}`;
      return withFamily({ title: tkTitle, questions: fq.questions, answers: fq.answers, joins: [] }, warnings);
    }
    case 'BILL_PROCEDURE': {
      const stage = billStage(body);
      const fq = parseFactionQuestions(body, { answering: stage.answering, factionId });
      const warnings: string[] = [];
      if (stage.answering) checkQuestionsAnswered(fq.questions, fq.answers, warnings);
      const fixed = body
        .slice(0, 8)
        .map((p) => /^(?:Vastgesteld|Ontvangen) (\d{1,2} \p{L}+ \d{4})$/u.exec(norm(p.text))?.[1])
        .find(Boolean);
      const iso = fixed ? dutchDate(fixed) : undefined;
      return withFamily(
        {
          kind: stage.kind,
          title: stage.title,
          ...(iso ? { date: iso } : {}),
          questions: fq.questions,
          answers: fq.answers,
          joins: [],
        },
        warnings,
      );
    }
    case 'KAMERBRIEF': {
      const r = parseKamerbrief(body, base.parts);
      return withFamily(
        { kind: 'brief', ...title(r), ...date(r), family: { ...EMPTY_FAMILY_STRUCTURE, ...r.family } },
        [...base.warnings, ...r.warnings],
      );
    }
    case 'COMMISSIEDEBAT': {
      const r = parseDebateReport(body);
      return withFamily(
        { kind: 'verslag-commissiedebat', ...title(r), ...date(r), family: { ...EMPTY_FAMILY_STRUCTURE, ...r.family } },
        r.warnings,
      );
    }
    case 'MOTIE':
    case 'AMENDEMENT': {
      const r = parseMotion(body, recognition.family);
      return withFamily(
        {
          kind: recognition.family.toLowerCase(),
          ...title(r),
          ...date(r),
          family: { ...EMPTY_FAMILY_STRUCTURE, ...(r.motion ? { motion: r.motion } : {}) },
        },
        r.warnings,
      );
    }
    default:
      return withFamily({}, [
        ...base.warnings,
        'no document family recognised (schriftelijke vragen, VSO, bill report, Kamerbrief, debate report, motie, amendement): ingested as a plain document with passages, footnotes, citations and mentions',
      ]);
  }
}

const title = (r: { title?: string }) => (r.title ? { title: r.title } : {});
const date = (r: { date?: string }) => (r.date ? { date: r.date } : {});

/** Which stage of a bill's procedure the title block names, and whether the text answers (nota, memorie van antwoord). */
function billStage(body: readonly ParsedPassage[]): { kind: string; title: string; answering: boolean } {
  const heading =
    body
      .slice(0, 12)
      .map((p) => norm(p.text).replace(/^(?:Nr\. \d+|\p{Lu}) (?=\p{Lu}{3})/u, ''))
      .find((t) =>
        /^(?:NOTA NAAR AANLEIDING VAN HET (?:NADER )?VERSLAG|MEMORIE VAN ANTWOORD|(?:NADER )?VOORLOPIG VERSLAG|VERSLAG)$/u.test(
          t,
        ),
      ) ?? 'VERSLAG';
  const dossier = body
    .slice(0, 4)
    .map((p) => /^(\d{2} \d{3}(?: [A-Z]{1,4})?) (.+)$/u.exec(norm(p.text)))
    .find(Boolean);
  const answering = /^(?:NOTA NAAR AANLEIDING|MEMORIE VAN ANTWOORD)/.test(heading);
  const name = heading.charAt(0) + heading.slice(1).toLowerCase();
  return {
    kind: heading.toLowerCase().replace(/ /g, '-'),
    title: `${name}${dossier ? ` bij ${dossier[1]} ${dossier[2]}` : ''}`,
    answering,
  };
}

/** A recognised family whose structure came out empty is said, never left a silent nothing. */
function emptyStructureWarnings(r: FamilyRecognition, s: Partial<FamilyParse>): string[] {
  const f = s.family ?? EMPTY_FAMILY_STRUCTURE;
  const empty =
    r.family === 'VSO' || r.family === 'BILL_PROCEDURE' || r.family === 'SCHRIFTELIJKE_VRAGEN'
      ? !s.questions?.length
      : r.family === 'COMMISSIEDEBAT'
        ? !f.speakerTurns.length
        : r.family === 'MOTIE' || r.family === 'AMENDEMENT'
          ? !f.motion
          : r.family === 'KAMERBRIEF'
            ? !s.parts?.length
            : false;
  return empty && r.family
    ? [
        `recognised as ${r.family} (${r.evidence.join('; ')}) but its structure is empty: no ${r.family === 'COMMISSIEDEBAT' ? 'speaker turns' : r.family === 'KAMERBRIEF' ? 'letter' : r.family.startsWith('MOTIE') || r.family === 'AMENDEMENT' ? 'operative part' : 'questions'} found`,
      ]
    : [];
}
