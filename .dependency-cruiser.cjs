/**
 * The layers of src/, top to bottom. An import may only point down (or stay inside its own layer); no module may
 * take part in an import cycle. `npm run check:imports` runs this in CI.
 *
 *   entry    main.ts, cli/                       listen, parse arguments, exit codes
 *   app      server, context, http/, resolvers/, export/, explorer/, graphiql/, limits, metrics, neo4jConnection,
 *            generated/resolvers.ts (resolver signatures need the context and the data layer's records)
 *   seeding  seeding/                            validate the seed folder, load it (uses ingest for the seed texts)
 *   suggest  suggest/                            suggestions from parsed documents: pure, reads ingest's parsed
 *                                                shapes and the domain's vocabulary, never the database
 *   ingest   ingest/                             decode, parse, derive, write documents
 *   data     db/  |  neo4jLocal/                 the executor and repositories | the Maven-built local server
 *   domain   domain/                             vocabulary, record shapes, text and page rules: imported by all
 *   base     config, errors, logger, auth, version, util/, generated/graphql.ts (the contract's types and enums)
 */
const LAYERS = {
  entry: ['^src/main[.]ts$', '^src/cli/'],
  app: [
    '^src/(server|context|metrics|formatError|limits|neo4jConnection)[.]ts$',
    '^src/(http|resolvers|export|explorer|graphiql)/',
    '^src/generated/resolvers[.]ts$',
  ],
  seeding: ['^src/seeding/'],
  suggest: ['^src/suggest/'],
  ingest: ['^src/ingest/'],
  db: ['^src/db/'],
  neo4jLocal: ['^src/neo4jLocal/'],
  domain: ['^src/domain/'],
  base: ['^src/(config|errors|logger|auth|version)[.]ts$', '^src/util/', '^src/generated/graphql[.]ts$'],
};
const ORDER = ['entry', 'app', 'seeding', 'suggest', 'ingest', 'data', 'domain', 'base'];
const rank = (layer) => ORDER.indexOf(layer === 'db' || layer === 'neo4jLocal' ? 'data' : layer);
const paths = (names) => names.flatMap((n) => LAYERS[n]);

const upward = Object.keys(LAYERS).flatMap((from) => {
  const above = Object.keys(LAYERS).filter((to) => rank(to) < rank(from));
  // The two data-layer folders are siblings: neither may use the other.
  const siblings = from === 'db' ? ['neo4jLocal'] : from === 'neo4jLocal' ? ['db'] : [];
  const forbidden = [...above, ...siblings];
  return forbidden.length
    ? [
        {
          name: `no-upward-from-${from}`,
          severity: 'error',
          comment: `${from} may not import ${forbidden.join(', ')}`,
          from: { path: paths([from]) },
          to: { path: paths(forbidden) },
        },
      ]
    : [];
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'import cycles hide the layering',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'every-module-in-a-layer',
      severity: 'error',
      comment: 'a new top-level file or folder under src/ must be placed in a layer above',
      from: { path: '^src/', pathNot: Object.values(LAYERS).flat() },
      to: {},
    },
    {
      name: 'imports-stay-in-layers',
      severity: 'error',
      comment: 'a module under src/ that is in no layer may not be imported',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: Object.values(LAYERS).flat() },
    },
    ...upward,
    {
      name: 'suggest-is-pure',
      severity: 'error',
      comment:
        'suggestions are computed from parsed documents without a database: suggest/ may not import db/ or neo4jLocal/',
      from: { path: paths(['suggest']) },
      to: { path: paths(['db', 'neo4jLocal']) },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|test|bench|scripts|explorer)/' },
  },
};
