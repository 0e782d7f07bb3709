import type { CorpusEntry } from './ingestCorpus';
import { entryName } from './ingestCorpus';
import type { ParsedDocument } from './parseDocument';

const COLUMNS = [
  'document',
  'family',
  'family structure',
  'pages',
  'passages',
  'questions',
  'answers',
  'citations',
  'mentions',
  'warnings',
  'result',
] as const;

/** What the family parser found beyond questions and answers, in a few words ('' when nothing). */
export function familySummary(d: ParsedDocument): string {
  const f = d.family;
  const parts = [
    f.askers.length ? `${f.askers.length} asker(s)` : '',
    f.answeredBy ? `${f.askers.length ? 'answered' : 'signed'} by ${f.answeredBy.name}` : '',
    f.postponement ? 'Mededeling (postponed)' : '',
    f.present.length ? `${f.present.length} present` : '',
    f.speakerTurns.length ? `${f.speakerTurns.length} speaker turns` : '',
    f.commitments.length ? `${f.commitments.length} toezegging(en)` : '',
    f.motion ? `${f.motion.submitters.length} submitter(s), dictum` : '',
    f.headings.length ? `${f.headings.length} heading(s)` : '',
    !f.answeredBy && d.parts.some((p) => p.signatory) ? 'signed' : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** What happened to one document, in a word or two. */
function result(e: CorpusEntry): string {
  if ('error' in e) return 'FAILED';
  const r = e.report;
  if (r.dryRun) return r.replaced ? 'would replace' : 'would add';
  if (!r.written) return 'unchanged';
  return r.replaced ? 'replaced' : 'added';
}

/**
 * The table `npm run ingest` ends with: one row per document with its family (— when none was recognised), its
 * counts, its number of warnings and what was done; then each document's warnings and each failure's reason.
 */
export function formatCorpusTable(entries: readonly CorpusEntry[]): string {
  const rows = entries.map((e) => {
    if ('error' in e) return [entryName(e), '', '', '', '', '', '', '', '', '', result(e)];
    const d = e.report.document;
    return [
      d.id,
      d.meta.family ?? '—',
      familySummary(d) || '—',
      d.pageCount,
      d.passages.length,
      d.questions.length,
      d.answers.length,
      d.citations.length,
      d.mentions.length,
      d.warnings.length,
      result(e),
    ].map(String);
  });
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const numeric = (i: number) => i >= 3 && i <= 9;
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const notes = entries.flatMap((e) =>
    'error' in e
      ? [`${entryName(e)}: ${e.error}`]
      : e.report.document.warnings.map((w) => `${e.report.document.id}: ${w}`),
  );
  const failed = entries.filter((e) => 'error' in e).length;
  return [
    line(COLUMNS),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${entries.length} document(s): ${entries.length - failed} ${entries.some((e) => 'report' in e && e.report.dryRun) ? 'checked (dry run, nothing written)' : 'ingested'}${failed ? `, ${failed} failed (nothing written for them)` : ''}`,
    ...(notes.length ? ['', 'warnings and failures:', ...notes.map((n) => `  - ${n}`)] : []),
    '',
  ].join('\n');
}
