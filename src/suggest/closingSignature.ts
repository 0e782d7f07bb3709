import { EntityType } from '../generated/graphql';
import { normaliseWhitespace } from '../domain/text';
import type { Catalogue, CatalogueEntry } from '../ingest/catalogue';
import type { LinkContext } from '../ingest/linkContext';
import type { ParsedDocument } from '../ingest/parseDocument';
import type { ParsedPassage } from '../ingest/passages';
import { resolvePerson } from '../ingest/resolvePerson';
import { knownEntity } from './relationEnds';

/** How many passages from the end of the body a closing signature can stand (footnotes and running lines aside). */
const TAIL_PASSAGES = 4;
/** "De Staatssecretaris van Justitie en Veiligheid, I. Coenradie": the office, a comma, initials and surname. */
const SIGNATURE =
  /^De ((?:minister|staatssecretaris|minister-president)\b[^,]*),\s+((?:\p{Lu}\.)+\s?\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})$/iu;

export interface ClosingSignature {
  readonly passage: ParsedPassage;
  readonly officeText: string;
  readonly office?: CatalogueEntry;
  readonly nameText: string;
  readonly person?: CatalogueEntry;
}

/**
 * The office-holder's signature that closes a document without letters of its own (a Tweede Kamer VSO's answers,
 * a nota): the office and the person, linked where the catalogue has them. Documents with letters sign each
 * letter; letterParts reads those.
 */
export function closingSignature(
  doc: ParsedDocument,
  catalogue: Catalogue,
  context: LinkContext,
): ClosingSignature | undefined {
  if (doc.parts.length) return undefined;
  const body = doc.passages.filter((p) => p.kind !== 'FOOTNOTE' && p.kind !== 'HEADING');
  for (let i = body.length - 1; i >= Math.max(0, body.length - TAIL_PASSAGES); i--) {
    const here = body[i] as ParsedPassage;
    const prev = body[i - 1];
    const texts = [
      normaliseWhitespace(here.text),
      prev ? `${normaliseWhitespace(prev.text)} ${normaliseWhitespace(here.text)}` : '',
    ];
    for (const t of texts) {
      const m = SIGNATURE.exec(t);
      if (!m) continue;
      const officeText = m[1] as string;
      const nameText = m[2] as string;
      const office = knownEntity(catalogue, officeText, [EntityType.Organisation]);
      const r = resolvePerson({ name: nameText, role: officeText }, context, catalogue);
      const person = r.personId && !r.create ? catalogue.byId(r.personId) : undefined;
      return {
        passage: t === texts[0] ? here : (prev as ParsedPassage),
        officeText,
        nameText,
        ...(office ? { office } : {}),
        ...(person ? { person } : {}),
      };
    }
  }
  return undefined;
}
