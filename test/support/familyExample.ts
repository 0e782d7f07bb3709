import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, type ParsedDocument } from '../../src/ingest/parseDocument';
import { seedCatalogue } from './catalogueFixture';

/** Texts in the docs' example outputs are cut to this many characters so the page stays readable. */
const CUT = 70;
const cut = (s: string) => (s.length > CUT ? `${s.slice(0, CUT - 1)}…` : s);

/** The short form of a parse result that docs/ingestion-families.md shows per family (and a test checks). */
export function familyExample(d: ParsedDocument): Record<string, unknown> {
  const f = d.family;
  const out: Record<string, unknown> = { meta: d.meta, kind: d.kind, title: d.title ?? null, pageCount: d.pageCount };
  if (d.parts.length)
    out.parts = d.parts.map((p) => ({
      kind: p.kind,
      date: p.date ?? null,
      addressee: p.addressee ?? null,
      signatory: p.signatory ?? null,
      office: p.office ?? null,
    }));
  if (d.questions.length)
    out.questions = {
      count: d.questions.length,
      first: `${d.questions[0]!.faction} ${d.questions[0]!.number}: ${cut(d.questions[0]!.text)}`,
    };
  if (d.answers.length)
    out.answers = { count: d.answers.length, labels: d.answers.map((a) => `${a.label} → ${a.numbers.join('+')}`) };
  if (f.askers.length) out.askers = f.askers;
  for (const k of ['addressee', 'submitted', 'received', 'answeredBy'] as const) if (f[k]) out[k] = f[k];
  if (f.postponement) out.postponement = { date: f.postponement.date ?? null, text: cut(f.postponement.text) };
  if (f.present.length) out.present = f.present;
  if (f.speakerTurns.length)
    out.speakerTurns = {
      count: f.speakerTurns.length,
      interruptions: f.speakerTurns
        .filter((t) => t.interruption)
        .map((t) => `${t.order}: ${t.speaker} (${t.party ?? t.office})`),
    };
  if (f.commitments.length)
    out.commitments = f.commitments.map((c) => ({ owner: c.owner, deadline: c.deadline ?? null, text: cut(c.text) }));
  if (f.motion) out.motion = { ...f.motion, operative: cut(f.motion.operative) };
  if (f.headings.length) out.headings = f.headings;
  out.warnings = d.warnings;
  return out;
}

/** Parses a fixture (path relative to the repository) the way the docs example was made. */
export function parseFixture(rel: string): ParsedDocument {
  const file = path.join(__dirname, '../..', rel);
  return parseDocument(fs.readFileSync(file, 'utf8'), {
    id: path.basename(rel).replace(/\.[^.]+$/, ''),
    sourceName: path.basename(rel),
    catalogue: seedCatalogue(),
  });
}
