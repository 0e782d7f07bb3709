import { EntityType, RelationType as R } from '../generated/graphql';
import type { Catalogue } from '../ingest/catalogue';
import type { ParsedDocument } from '../ingest/parseDocument';
import { catalogueEnd, documentEnd } from './relationEnds';
import { partEnd } from './letterStructure';
import type { StructureEvidence } from './structureEvidence';
import { nameSpan, type SuggestionSet } from './suggestionSet';
import type { RelationEnd } from './suggestionTypes';

/** A citation the grammar read (Kamerstuk, toezegging, report, address) is as sure as its identifier. */
const CITATION_CONFIDENCE = 0.85;
/** A document named in running text is cited by it, less surely: the text may only be talking about it. */
const NAMED_DOCUMENT_CONFIDENCE = 0.6;
/** "… heeft kennisgenomen van <document>": the letter is about that document. */
const TAKES_NOTE = /kennis(?:genomen|nemen|neemt)\s+van\s+(?:de |het |uw )?[^,.;]{0,20}$/u;

/**
 * What the document's letters cite: every citation the grammar resolved to an entity (footnotes included: a
 * footnote belongs to the letter whose page holds it), and every catalogued document named in running text. The
 * citing end is the letter (or the document before its first letter). A document named after "kennisgenomen
 * van" is what the letter is about (CONCERNS) rather than a citation.
 */
export function citationRelations(
  doc: ParsedDocument,
  catalogue: Catalogue,
  evidence: StructureEvidence,
  set: SuggestionSet,
): void {
  const whole = documentEnd(doc, catalogue);
  const citing = (at: number): RelationEnd | undefined => {
    // The footnotes after a letter's last paragraph still belong to it: the last letter begun before `at`.
    const part = [...doc.parts].reverse().find((p) => p.start <= at);
    return part ? partEnd(doc, part, catalogue, evidence, set) : whole;
  };
  const ownParts = new Set(doc.parts.map((p) => partEnd(doc, p, catalogue, evidence, set)?.id));
  for (const c of doc.citations) {
    const known = c.targetId ? catalogue.byId(c.targetId) : undefined;
    // A cited document the catalogue lacks is created by the ingest as a placeholder under the citation's id.
    const target: RelationEnd | undefined = known
      ? catalogueEnd(known)
      : c.targetId && c.create
        ? { id: c.targetId, existing: true, entityType: c.create.type, name: c.create.name, span: null }
        : undefined;
    const from = citing(c.start);
    const s = evidence.at(c.start) ?? evidence.containing(c.text.slice(0, 40));
    if (!target || !from || !s || target.id === from.id || target.id === doc.id || ownParts.has(target.id)) continue;
    const to: RelationEnd = { ...target, span: nameSpan(s, s.text.indexOf(c.start), s.text.indexOf(c.end)) };
    set.relation(s, { type: R.Cites, from, to, patternId: 'structure:citation', confidence: CITATION_CONFIDENCE });
  }
  const seen = new Set<string>();
  for (const m of doc.mentions) {
    const target = catalogue.byId(m.entityId);
    if (!target || target.type !== EntityType.Document || target.id === doc.id || ownParts.has(target.id)) continue;
    const from = citing(m.start);
    const s = evidence.at(m.start);
    if (!from || !s || from.id === target.id) continue;
    const before = s.text.text.slice(0, s.text.indexOf(m.start));
    const type = TAKES_NOTE.test(before) ? R.Concerns : R.Cites;
    const key = `${type}|${from.id}|${target.id}`;
    if (
      seen.has(key) ||
      doc.citations.some((c) => c.targetId === target.id && citing(c.start)?.id === from.id && type === R.Cites)
    )
      continue;
    seen.add(key);
    const to: RelationEnd = {
      ...catalogueEnd(target),
      span: nameSpan(s, s.text.indexOf(m.start), s.text.indexOf(m.end)),
    };
    set.relation(s, {
      type,
      from,
      to,
      patternId: type === R.Cites ? 'structure:named-document' : 'structure:takes-note',
      confidence: NAMED_DOCUMENT_CONFIDENCE,
    });
  }
}
