/**
 * A relationship's stable id, `<from>--<TYPE>--><to>`: readable in URLs and logs, and it names both ends, so a
 * lookup by id starts at an indexed node instead of scanning relationships.
 */
export function relationId(from: string, type: string, to: string): string {
  return `${from}--${type}-->${to}`;
}

const RELATION_ID = /^(.+?)--([A-Z_]+)-->(.+)$/;

/** The ends and type a relation id names, or null when the text is not of the id's form. */
export function parseRelationId(id: string): { from: string; type: string; to: string } | null {
  const m = RELATION_ID.exec(id);
  return m ? { from: m[1] as string, type: m[2] as string, to: m[3] as string } : null;
}
