/** Cypher map projections of ingested structure (property names only; no user values). */
export const passageMap = (v: string) =>
  `${v} {.id, .documentId, .page, .kind, .order, .text, .start, .end, .number, .urls}`;
/** `extra` adds computed entries (e.g. the faction entity) inside the same projection. */
export const questionMap = (v: string, extra = '') =>
  `${v} {.id, .documentId, .faction, .number, .text, .page, .start, .end${extra ? `, ${extra}` : ''}}`;
export const answerMap = (v: string) =>
  `${v} {.id, .documentId, .faction, .label, .numbers, .text, .page, .start, .end}`;
