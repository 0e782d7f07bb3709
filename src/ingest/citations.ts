import { normaliseWhitespace } from '../domain/text';
import type { Catalogue } from './catalogue';
import { scanCitations } from './citations/scanCitations';
import { lawAt } from './citations/lawAt';
import { normaliseCitation, type NormalisedCitation } from './citations/normaliseCitation';
import { reportCitation } from './citations/reportCitation';
import type { ParsedCitation } from './citations/parsedCitation';
import { resolveCitation } from './citations/resolveCitation';
import type { ParsedPassage } from './passages';

export type { CitationKind } from './citations/normaliseCitation';
export type { ParsedCitation } from './citations/parsedCitation';

/**
 * Finds citations in passages and footnotes with the citation grammar (citations/citationGrammar.peggy):
 * Kamerstukken, moties, (Aanhangsel) Handelingen, Staatsblad, Staatscourant, ECLI, BWB ids and wetten.overheid.nl
 * links, officielebekendmakingen addresses, toezeggingen and articles of catalogued laws; plus reports by a
 * catalogued organisation and web addresses of catalogued documents in footnotes. See docs/citations.md.
 */
export function findCitations(passages: readonly ParsedPassage[], catalogue: Catalogue): ParsedCitation[] {
  const out: ParsedCitation[] = [];
  for (const p of passages) {
    const here: ParsedCitation[] = [];
    // A citation read from a footnote's joined address is placed where the address begins in the passage.
    const emit = (c: NormalisedCitation, text: string, offsetInPassage: boolean) => {
      const urlAt = offsetInPassage ? -1 : p.text.indexOf(text.slice(0, 30));
      const start = offsetInPassage ? p.start + c.start : p.start + Math.max(0, urlAt);
      const end = offsetInPassage ? p.start + c.end : urlAt >= 0 ? Math.min(p.end, start + text.length) : start;
      here.push({
        kind: c.kind,
        identifier: c.identifier,
        text,
        passageOrder: p.order,
        page: p.page,
        start,
        end,
        ...(c.locator ? { locator: c.locator } : {}),
        ...(c.submitters ? { submitters: c.submitters } : {}),
        ...resolveCitation(c, catalogue),
      });
    };
    for (const raw of scanCitations(p.text)) {
      if (raw.form === 'article') {
        const found = lawAt(p.text, raw.lawAt, catalogue);
        if (!found) continue;
        const identifier = `${found.law.id}/artikel-${raw.article}${raw.lid ? `/lid-${raw.lid}` : ''}`;
        here.push({
          kind: 'ARTICLE',
          identifier,
          text: normaliseWhitespace(p.text.slice(raw.start, found.end)),
          passageOrder: p.order,
          page: p.page,
          start: p.start + raw.start,
          end: p.start + found.end,
          targetId: found.law.id,
        });
        continue;
      }
      for (const c of normaliseCitation(raw)) emit(c, normaliseWhitespace(p.text.slice(c.start, c.end)), true);
    }
    if (p.kind === 'FOOTNOTE') {
      // A web address wrapped over two lines is only whole in the footnote's joined urls.
      for (const url of p.footnote?.urls ?? []) {
        for (const raw of scanCitations(url)) {
          if (raw.form === 'article' || raw.start !== 0) continue;
          for (const c of normaliseCitation(raw))
            if (!here.some((h) => h.identifier === c.identifier)) emit(c, url, false);
        }
      }
      const report = reportCitation(p, catalogue);
      if (report) here.push(report);
      for (const url of p.footnote?.urls ?? []) {
        const doc =
          catalogue.byIdentifierValue('URL', url) ??
          catalogue.entries.find((e) => e.identifiers.some((i) => i.startsWith('HANDLE:') && url.endsWith(i.slice(7))));
        if (doc && !here.some((c) => c.targetId === doc.id)) {
          const i = p.text.indexOf(url.slice(0, 30));
          here.push({
            kind: 'URL',
            identifier: url,
            text: url,
            passageOrder: p.order,
            page: p.page,
            start: p.start + Math.max(0, i),
            end: p.start + Math.max(0, i) + (i >= 0 ? url.length : 0),
            targetId: doc.id,
          });
        }
      }
    }
    out.push(...here);
  }
  return out;
}
