import fs from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SeedIssue } from './seedIssue';

/** A YAML list item with a way to find the line of any of its fields, for error messages. */
export interface LocatedItem {
  readonly value: unknown;
  readonly line: number;
  lineOf(field: string): number;
}

export interface ParsedYaml {
  readonly data: unknown;
  /** Items of the top-level list under `key`, each with its line numbers. */
  items(key: string): LocatedItem[];
}

/**
 * Parses one YAML file keeping line numbers. Syntax errors and duplicate keys become SeedIssues
 * (returned instead of thrown so validation can report every file at once).
 */
export function readYaml(file: string, displayName: string, issues: SeedIssue[]): ParsedYaml | undefined {
  const counter = new LineCounter();
  const source = fs.readFileSync(file, 'utf8');
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      issues.push({ file: displayName, line: counter.linePos(e.pos[0]).line, reason: `YAML: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  const lineOfNode = (n: Node | null | undefined, fallback: number) => (n?.range ? counter.linePos(n.range[0]).line : fallback);
  return {
    data: doc.toJS(),
    items(key) {
      const root = doc.contents;
      if (!isMap(root)) return [];
      const seq = root.get(key, true);
      if (!isSeq(seq)) return [];
      return seq.items.map((item) => {
        const line = lineOfNode(item as Node, 1);
        return {
          value: (item as Node & { toJSON(): unknown }).toJSON() as unknown,
          line,
          lineOf(field: string) {
            if (!isMap(item)) return line;
            return lineOfNode(item.get(field, true), line);
          },
        };
      });
    },
  };
}
