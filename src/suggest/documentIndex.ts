import type { ParsedMention } from '../ingest/mentions';
import type { ParsedDocument } from '../ingest/parseDocument';
import { findPersonReferences, type PersonReference } from '../ingest/personReferences';

/** The document's mentions and person references grouped by passage, built once: every sentence asks for its own. */
export function documentIndex(doc: ParsedDocument): {
  mentionsIn: (passageOrder: number) => readonly ParsedMention[];
  personsIn: (passageOrder: number) => readonly PersonReference[];
} {
  const mentions = new Map<number, ParsedMention[]>();
  for (const m of doc.mentions) mentions.set(m.passageOrder, [...(mentions.get(m.passageOrder) ?? []), m]);
  const persons = new Map<number, PersonReference[]>();
  for (const p of doc.passages) if (p.kind !== 'HEADING') persons.set(p.order, findPersonReferences(p));
  return { mentionsIn: (o) => mentions.get(o) ?? [], personsIn: (o) => persons.get(o) ?? [] };
}
