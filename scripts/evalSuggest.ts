import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/ingest/parseDocument';
import { SEED_DIR } from '../src/seeding/seedPipeline';
import { suggestFromDocument } from '../src/suggest/suggestFromDocument';
import { renderResults } from './suggestEval/renderResults';
import { EVAL_DIR, runSuggestEval, seedCatalogue } from './suggestEval/runSuggestEval';

/** Runs measured after warm-up runs (the first run compiles the patterns' regular expressions, and the JIT needs a few). */
const RUNS = 20;
const WARM_UP = 10;

/** CPU milliseconds of `f`, median and minimum of RUNS after WARM_UP (CPU time, so other load on the machine counts less). */
function cpuMs(f: () => void): { median: number; min: number } {
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    if (i >= WARM_UP) times.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(times[Math.floor(times.length / 2)] as number), min: round(times[0] as number) };
}

/**
 * `npm run eval:suggest`: scores the extraction on the seed document and the fixtures (scripts/suggestEval),
 * measures its time per document beside the parse's, and writes eval/suggest-results.json and .md.
 */
function main(): void {
  const results = runSuggestEval();
  const catalogue = seedCatalogue();
  const text = fs.readFileSync(path.join(SEED_DIR, 'documents', 'ek-vso-wi2021-monitoring-2024.txt'), 'utf8');
  const parse = () => parseDocument(text, { id: 'ek-vso-wi2021-monitoring-2024', sourceName: 'seed.txt', catalogue });
  const parsed = parse();
  const timing = {
    document: parsed.id,
    pages: parsed.pageCount,
    suggestCpuMs: cpuMs(() => suggestFromDocument(parsed, catalogue)),
    parseCpuMs: cpuMs(parse),
    runs: RUNS,
  };
  const out = { ...results, timing };
  fs.writeFileSync(path.join(EVAL_DIR, 'suggest-results.json'), `${JSON.stringify(out, null, 2)}\n`);
  fs.writeFileSync(path.join(EVAL_DIR, 'suggest-results.md'), renderResults(results, timing));
  const s = results.seed;
  process.stdout.write(
    `seed: pair P ${s.relations.pair.precision} R ${s.relations.pair.recall}, typed P ${s.relations.typed.precision} R ${s.relations.typed.recall}, abbreviations R ${s.abbreviations.recall}; suggest ${timing.suggestCpuMs.median} ms CPU (parse ${timing.parseCpuMs.median} ms) for ${timing.pages} pages\nwrote eval/suggest-results.md and eval/suggest-results.json\n`,
  );
}

main();
