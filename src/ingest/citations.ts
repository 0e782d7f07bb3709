import { EntityType } from '../generated/graphql';
import { foldForSearch, normaliseWhitespace } from '../domain/text';
import type { Catalogue } from './catalogue';
import type { ParsedPassage } from './passages';

export type CitationKind = 'KAMERSTUK' | 'TOEZEGGING' | 'ARTICLE' | 'REPORT' | 'URL';

/** A reference to another document, normalised to one identifier and resolved to an entity where possible. */
export interface ParsedCitation {
  readonly kind: CitationKind;
  /** kst-32824-438, T03101, besluit-inburgering-2021/artikel-2.2/lid-1, a report's entity id, or a URL. */
  readonly identifier: string;
  /** The citation as printed. */
  readonly text: string;
  /** Passage (by order) and source offsets of the printed citation. */
  readonly passageOrder: number;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  /** Entity it names: an existing one, or one the ingest creates (see `create`). */
  readonly targetId?: string;
  readonly create?: { id: string; type: EntityType; name: string; kind: string; identifiers: string[]; date?: string };
}

const ORDINALS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10 };

/**
 * Finds citations in passages and footnotes: Kamerstukken I/II (year, dossier, number or letter) → kst-<dossier>-<nr>;
 * toezeggingen (T03101); articles of laws ("Artikel 2.2, eerste lid Besluit Inburgering 2021") → the law's entity;
 * reports in footnotes ("RadarAdvies, maart 2024, Title", "WODC (2024) Title", "Nuffic (2023), ‘Title’") by a
 * known organisation; and web addresses that identify a catalogued document.
 */
export function findCitations(passages: readonly ParsedPassage[], catalogue: Catalogue): ParsedCitation[] {
  const out: ParsedCitation[] = [];
  for (const p of passages) {
    const at = (i: number, len: number) => ({ passageOrder: p.order, page: p.page, start: p.start + i, end: p.start + i + len });
    // Kamerstukken: "Kamerstukken II 2023-2024, 3 2824, nr. 438" (a stray space inside the dossier number is tolerated).
    for (const m of p.text.matchAll(/Kamerstukken\s+(I{1,2}),?\s+(\d{4})\s*[-/]\s*(\d{4}),\s+(\d[\d ]{2,6}\d),?\s+(?:nr\.\s*(\d{1,4})|([A-Z]{1,2})\b)/g)) {
      const kst = `kst-${(m[4] as string).replace(/ /g, '')}-${m[5] ?? m[6]}`;
      const known = catalogue.byIdentifierValue('KAMERSTUK', kst);
      const chamber = m[1] === 'I' ? 'I' : 'II';
      out.push({
        kind: 'KAMERSTUK', identifier: kst, text: normaliseWhitespace(m[0]), ...at(m.index ?? 0, m[0].length),
        ...(known
          ? { targetId: known.id }
          : { targetId: kst.toLowerCase(), create: { id: kst.toLowerCase(), type: EntityType.Document, name: `Kamerstukken ${chamber} ${m[2]}-${m[3]}, ${(m[4] as string).replace(/ /g, '')}, ${m[5] ? `nr. ${m[5]}` : m[6]}`, kind: 'kamerstuk', identifiers: [`KAMERSTUK:${kst}`] } }),
      });
    }
    for (const m of p.text.matchAll(/Toezegging\s+(T\d{5})/g)) {
      const known = catalogue.byIdentifierValue('TOEZEGGING', m[1] as string);
      out.push({
        kind: 'TOEZEGGING', identifier: m[1] as string, text: m[0], ...at(m.index ?? 0, m[0].length),
        ...(known ? { targetId: known.id } : { targetId: (m[1] as string).toLowerCase(), create: { id: (m[1] as string).toLowerCase(), type: EntityType.Commitment, name: `Toezegging ${m[1]}`, kind: 'toezegging', identifiers: [`TOEZEGGING:${m[1]}`] } }),
      });
    }
    for (const m of p.text.matchAll(/[Aa]rtikel\s+(\d+(?:\.\d+)*[a-z]?)(?:,\s*(\p{Ll}+)\s+lid)?,?\s+((?:Wet|Besluit|Regeling)\s[\p{L} ]+?\d{4})/gu)) {
      const law = catalogue.find(m[3] as string, [EntityType.Law]);
      if (!law) continue;
      const lid = m[2] ? ORDINALS[m[2]] : undefined;
      out.push({
        kind: 'ARTICLE', identifier: `${law.id}/artikel-${m[1]}${lid ? `/lid-${lid}` : ''}`, text: normaliseWhitespace(m[0]),
        ...at(m.index ?? 0, m[0].length), targetId: law.id,
      });
    }
    if (p.kind === 'FOOTNOTE') {
      const report = reportCitation(p, catalogue);
      if (report) out.push(report);
      for (const url of p.footnote?.urls ?? []) {
        const doc = catalogue.byIdentifierValue('URL', url) ?? catalogue.entries.find((e) => e.identifiers.some((i) => i.startsWith('HANDLE:') && url.endsWith(i.slice(7))));
        if (doc && !out.some((c) => c.passageOrder === p.order && c.targetId === doc.id)) {
          const i = p.text.indexOf(url.slice(0, 30));
          out.push({ kind: 'URL', identifier: url, text: url, ...at(Math.max(0, i), i >= 0 ? url.length : 0), targetId: doc.id });
        }
      }
    }
  }
  return out;
}

/** "<Org>, maand YYYY, Title" | "<Org> (YYYY) Title" | "<Org> (YYYY), ‘Title’" where Org is a catalogued organisation. */
function reportCitation(p: ParsedPassage, catalogue: Catalogue): ParsedCitation | undefined {
  const body = normaliseWhitespace(p.text).replace(/^\d{1,3}\s+/, '');
  const m = /^([\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*)?)(?:,\s*(?:\p{Ll}+\s+)?(\d{4}),|\s*\((\d{4})\),?)\s+(.+)$/u.exec(body);
  if (!m) return undefined;
  const org = catalogue.find(m[1] as string, [EntityType.Organisation]);
  if (!org) return undefined;
  const year = (m[2] ?? m[3]) as string;
  let title = (m[4] as string).replace(/,?\s*zie\s+https?:\/\/\S+.*$/, '').replace(/\s*\([a-z0-9.-]+\.[a-z]{2,}\)\s*$/, '').trim();
  const quoted = /^[‘'"“](.+?)[’'"”]\.?$/u.exec(title);
  if (quoted) title = quoted[1] as string;
  title = title.replace(/\.$/, '');
  const known = catalogue.find(title, [EntityType.Document]);
  const slug = foldForSearch(title).split(' ').slice(0, 6).join('-');
  const id = known?.id ?? `rapport-${foldForSearch(org.name).replace(/ /g, '-')}-${year}-${slug}`;
  const offset = p.text.indexOf(m[1] as string);
  return {
    kind: 'REPORT', identifier: id, text: `${m[1]} (${year}), ${title}`,
    passageOrder: p.order, page: p.page, start: p.start + Math.max(0, offset), end: p.end, targetId: id,
    ...(known ? {} : { create: { id, type: EntityType.Document, name: title, kind: 'report', identifiers: [], date: year } }),
  };
}
