/**
 * `tsx bench/plot.mts <results.json> <out.svg>`: p50 latency against graph size (relationships, log scale) for the
 * four systems, one small chart per query, drawn with Vega-Lite and rendered to SVG headless (no browser).
 * ESM because Vega is: the benchmark runs it as a child process.
 */
import fs from 'node:fs';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

interface Results {
  results: {
    rels: number;
    queries: { key: string; name: string; results: Record<string, { p50: number; error?: string } | undefined> }[];
  }[];
}

const LABEL: Record<string, string> = {
  ours: 'this API',
  bare: 'bare HTTP',
  neo4jGraphql: '@neo4j/graphql',
  raw: 'raw Cypher',
};

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: plot.mts <results.json> <out.svg>');
const data = (JSON.parse(fs.readFileSync(input, 'utf8')) as Results).results.flatMap((s) =>
  s.queries.flatMap((q) =>
    Object.entries(q.results).flatMap(([system, m]) =>
      m && !m.error
        ? [{ rels: s.rels, query: q.name.replace(/ \(.*\)$/, ''), system: LABEL[system] ?? system, p50: m.p50 }]
        : [],
    ),
  ),
);
const spec: TopLevelSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: 'p50 latency against graph size',
  data: { values: data },
  facet: { field: 'query', type: 'nominal', title: null, header: { labelFontSize: 11, labelLimit: 260 } },
  columns: 3,
  spec: {
    width: 220,
    height: 140,
    mark: { type: 'line', point: true },
    encoding: {
      x: {
        field: 'rels',
        type: 'quantitative',
        scale: { type: 'log' },
        title: 'relationships',
        axis: { format: '~s' },
      },
      y: { field: 'p50', type: 'quantitative', scale: { type: 'log' }, title: 'p50 ms' },
      color: { field: 'system', type: 'nominal', title: null, scale: { domain: Object.values(LABEL) } },
    },
  },
  resolve: { scale: { y: 'independent' } },
};
const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
fs.writeFileSync(output, await view.toSVG());
process.stdout.write(`plot written to ${output} (${data.length} points)\n`);
