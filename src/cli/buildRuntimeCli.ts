/** `npm run neo4j:build`: builds the Neo4j jars ahead of time (CI does this before the tests). */
import { ensureRuntime } from '../neo4jLocal/neo4jRuntime';

ensureRuntime().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
