import { EntityType } from '../../generated/graphql';
import { foldForSearch, normaliseWhitespace } from '../../domain/text';
import type { Catalogue } from '../catalogue';
import type { ParsedPassage } from '../passages';
import type { ParsedCitation } from './parsedCitation';

/**
 * A footnote that cites a report: "<Org>, maand YYYY, Title" | "<Org> (YYYY) Title" | "<Org> (YYYY), ‘Title’",
 * where Org is a catalogued organisation. Not part of the grammar: it is recognised by the catalogue's
 * organisations, not by a convention of the official publications.
 */
export function reportCitation(p: ParsedPassage, catalogue: Catalogue): ParsedCitation | undefined {
  const body = normaliseWhitespace(p.text).replace(/^\d{1,3}\s+/, '');
  const m =
    /^([\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*)?)(?:,\s*(?:\p{Ll}+\s+)?(\d{4}),|\s*\((\d{4})\),?)\s+(.+)$/u.exec(
      body,
    );
  if (!m) return undefined;
  const org = catalogue.find(m[1] as string, [EntityType.Organisation]);
  if (!org) return undefined;
  const year = (m[2] ?? m[3]) as string;
  let title = (m[4] as string)
    .replace(/,?\s*zie\s+https?:\/\/\S+.*$/, '')
    .replace(/\s*\([a-z0-9.-]+\.[a-z]{2,}\)\s*$/, '')
    .trim();
  const quoted = /^[‘'"“](.+?)[’'"”]\.?$/u.exec(title);
  if (quoted) title = quoted[1] as string;
  title = title.replace(/\.$/, '');
  const known = catalogue.find(title, [EntityType.Document]);
  const slug = foldForSearch(title).split(' ').slice(0, 6).join('-');
  const id = known?.id ?? `rapport-${foldForSearch(org.name).replace(/ /g, '-')}-${year}-${slug}`;
  const offset = p.text.indexOf(m[1] as string);
  return {
    kind: 'REPORT',
    identifier: id,
    text: `${m[1]} (${year}), ${title}`,
    passageOrder: p.order,
    page: p.page,
    start: p.start + Math.max(0, offset),
    end: p.end,
    targetId: id,
    ...(known
      ? {}
      : { create: { id, type: EntityType.Document, name: title, kind: 'report', identifiers: [], date: year } }),
  };
}
