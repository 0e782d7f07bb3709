/**
 * Where a document's official publication is: its Kamerstuk id on officielebekendmakingen or its BWB id on
 * wetten.overheid.nl (the API gives those addresses with the identifiers), else the address the source gives.
 */
export function officialLink(doc: {
  url: string | null;
  identifiers: readonly { scheme: string; value: string; url: string | null }[];
}): string | null {
  const official = doc.identifiers.find((i) => (i.scheme === 'KAMERSTUK' || i.scheme === 'BWB') && i.url);
  return official?.url ?? doc.url ?? null;
}
