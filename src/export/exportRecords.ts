/** An entity and a relationship as the exports write them. */
export interface ExportNode {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description: string | null;
  kind: string | null;
  identifiers: string[];
}

export interface ExportRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  documents: string[];
  pages: number[];
  quotes: string[];
}

/** One export format: text for the start, each node, each relation, the switch between them, and the end. */
export interface ExportFormat {
  readonly contentType: string;
  start(): string;
  node(n: ExportNode, index: number): string;
  /** Written once, after the last node and before the first relation. */
  between(): string;
  relation(r: ExportRelation, index: number): string;
  end(): string;
}
