import fs from 'node:fs';
import { splitLines } from '../src/knowledge/pages';
import { splitLayout } from '../src/ingest/layout';
import { buildPassages, findFootnoteReference } from '../src/ingest/passages';
const t = fs.readFileSync('seeds/documents/ek-vso-wi2021-monitoring-2024.txt','utf8');
const l = splitLayout(splitLines(t));
const ps = buildPassages(t, l.body, l.footnotes);
for (const p of ps.slice(0, 200)) console.log(p.order, p.page, p.kind, JSON.stringify(p.text.replace(/\s+/g,' ').slice(0, 90)));
for (const f of l.footnotes) { const r = findFootnoteReference(t, ps, f); console.log('fn', f.number, r ? `${r.passage.order} ${JSON.stringify(t.slice(r.offset-15, r.offset+3))}` : 'NONE'); }
