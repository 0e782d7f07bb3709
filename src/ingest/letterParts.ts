import { EntityType } from '../generated/graphql';
import type { Catalogue } from './catalogue';
import { dutchDate } from './dutchDate';
import { ANSWER_HEADING, headingText, norm, PART_HEADING } from './headings';
import type { ParsedPassage } from './passages';
import type { ParsedPart } from './questionAnswerTypes';

/** A signatory line: initials and surname, optionally a title before and the office after ("Dr. M.L. Vos Voorzitter …"). */
const NAME_LINE = /^((?:(?:Dr|Mr|Prof|Drs|Ir)\.\s*)?(?:\p{Lu}\.)+\s?\p{Lu}[\p{L}'-]+)\s*(.*)$/u;

/**
 * The letters of a document: each "BRIEF VAN …" heading up to the next, with date, addressee, signatory and the
 * office that wrote it (resolved to catalogue entities where possible); `from`/`to` index into `body`.
 */
export function parseParts(body: readonly ParsedPassage[], catalogue: Catalogue): (ParsedPart & { from: number; to: number })[] {
  const partStarts = body.map((p, i) => (p.kind === 'HEADING' && PART_HEADING.test(headingText(p)) ? i : -1)).filter((i) => i >= 0);
  const parts: (ParsedPart & { from: number; to: number })[] = partStarts.map((from, k) => {
    const to = (partStarts[k + 1] ?? body.length) - 1;
    const items = body.slice(from, to + 1);
    const heading = headingText(items[0] as ParsedPassage);
    const author = (PART_HEADING.exec(heading)?.[1] ?? '').toLowerCase();
    // A letter is an answer letter by what it holds (answer headings), not by who wrote it.
    const hasAnswers = items.some((p) => p.kind === 'HEADING' && ANSWER_HEADING.test(headingText(p)));
    const partKind = hasAnswers ? 'ANSWER_LETTER' : /commissie|voorzitter/.test(author) ? 'COMMITTEE_LETTER' : 'LETTER';
    const paras = items.filter((p) => p.kind === 'PARAGRAPH').map((p) => norm(p.text));
    const addressee = paras.slice(0, 3).find((t) => /^Aan /.test(t));
    const dateLine = paras.slice(0, 4).find((t) => /^(?:Den Haag|'s-Gravenhage), /.test(t));
    let signatory: string | undefined;
    let office: string | undefined;
    for (let i = 0; i < items.length; i++) {
      const t = norm((items[i] as ParsedPassage).text);
      const m = NAME_LINE.exec(t);
      if (!m || t.length > 160 || (items[i] as ParsedPassage).kind !== 'PARAGRAPH') continue;
      signatory = m[1];
      const before = i > 0 ? norm((items[i - 1] as ParsedPassage).text) : '';
      office = m[2] ? m[2] : before.endsWith(',') ? before.replace(/,$/, '').replace(/^De /, '') : undefined;
      break;
    }
    if (!office && /staatssecretaris|minister/.test(author)) office = sentenceCase(author);
    const officeEntry = office ? catalogue.find(office, [EntityType.Organisation]) ?? findCommittee(office, catalogue) : undefined;
    const first = items[0] as ParsedPassage;
    const last = items[items.length - 1] as ParsedPassage;
    return {
      order: k + 1,
      kind: partKind,
      title: heading,
      ...(dateLine && dutchDate(dateLine) ? { date: dutchDate(dateLine) } : {}),
      ...(addressee ? { addressee: addressee.replace(/^Aan /, '') } : {}),
      ...(signatory ? { signatory } : {}),
      ...(signatory && catalogue.find(signatory, [EntityType.Person]) ? { signatoryId: catalogue.find(signatory, [EntityType.Person])?.id } : {}),
      ...(office ? { office } : {}),
      ...(officeEntry ? { officeId: officeEntry.id } : {}),
      page: first.page,
      start: first.start,
      end: last.end,
      from,
      to,
    };
  });
  return parts;
}

export function findCommittee(text: string, catalogue: Catalogue) {
  const m = /vaste commissie voor ([\p{L} ,]+?)(?:\s*\(|$)/u.exec(text);
  return m ? catalogue.find(`vaste commissie voor ${m[1]}`, [EntityType.Organisation]) : undefined;
}

export function sentenceCase(s: string): string {
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
