import { describeExisting } from './documentIdentity';
import type { IngestReport } from './ingestFile';

/** The human summary `npm run ingest` prints: what was found, warnings, and what was written. */
export function formatIngestSummary(r: IngestReport): string {
  const d = r.document;
  const perFaction = [...new Set(d.questions.map((q) => q.faction))]
    .map((f) => `${f} ${d.questions.filter((q) => q.faction === f).length}`)
    .join(', ');
  const together = d.answers.filter((a) => a.numbers.length > 1).length;
  const crossRefs = d.answers.reduce((n, a) => n + a.refersTo.length, 0);
  const lines = [
    `${d.id}: ${d.title ?? d.sourceName}`,
    `  kind ${d.kind}${d.date ? `, dated ${d.date}` : ''}, ${d.pageCount} page(s), from ${d.sourceName} (version ${d.version})`,
    `  structures found: ${d.structures.join(', ')}`,
    `  parts ${d.parts.length}; questions ${d.questions.length}${perFaction ? ` (${perFaction})` : ''}; answers ${d.answers.length} (${together} covering two questions); cross-references ${crossRefs}; joins ${d.joins.length}`,
    `  passages ${d.passages.length}; footnotes ${d.passages.filter((p) => p.footnote).length}; citations ${d.citations.length}; mentions ${d.mentions.length} of ${new Set(d.mentions.map((m) => m.entityId)).size} entities`,
    `  linking: chamber ${d.meta.chamber ?? 'not stated'}; unresolved names ${d.unresolvedMentions.length}; new persons ${d.newPersons.length}${d.newPersons.length ? ` (${d.newPersons.map((p) => p.id).join(', ')})` : ''}`,
    ...(d.warnings.length
      ? [`  warnings (${d.warnings.length}):`, ...d.warnings.map((w) => `    - ${w}`)]
      : ['  warnings: none']),
    `  family ${d.meta.family ?? '—'}${d.meta.chamber ? `, chamber ${d.meta.chamber}` : ''}${d.meta.sourceIdentifier ? `, identifier ${d.meta.sourceIdentifier}` : ''}`,
    r.dryRun
      ? `  dry run: nothing written; a write would ${r.replacedDocument ? `replace ${describeExisting(r.replacedDocument, d.id)}` : r.replaced ? 'replace the earlier version' : 'add a new document'}`
      : r.written
        ? `  written (staged, then switched on in one transaction)${r.replacedDocument ? `, replacing ${describeExisting(r.replacedDocument, d.id)}` : ''}${r.createdEntities.length ? `; new entities from citations: ${r.createdEntities.join(', ')}` : ''}`
        : '  unchanged: this version is already in the graph, nothing written',
  ];
  return `${lines.join('\n')}\n`;
}
