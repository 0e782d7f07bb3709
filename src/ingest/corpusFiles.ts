import fs from 'node:fs';
import path from 'node:path';
import { IngestError } from './ingestError';

/** File endings taken from a folder: the plain-text and web-page shapes of parliamentary documents. */
const DOCUMENT_ENDINGS = /\.(txt|text|html?|xml)$/i;

/**
 * The files of a corpus: each path given is a file (taken whatever its ending) or a folder (its document files,
 * recursively, hidden ones skipped), in a stable order (sorted by path) so reruns report in the same order.
 */
export function corpusFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && DOCUMENT_ENDINGS.test(e.name)) out.push(p);
    }
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new IngestError('NOT_FOUND', `${p}: no such file or folder`);
    if (fs.statSync(p).isDirectory()) walk(p);
    else out.push(p);
  }
  return [...new Set(out)];
}
