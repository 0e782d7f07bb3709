/**
 * The Bolt address of this jest worker's own throwaway Neo4j (globalSetup starts one per worker). Workers are
 * numbered from 1; with --runInBand there is one worker and one database.
 */
export function testBoltUri(): string {
  const uris = (process.env.KG_TEST_BOLT_URIS ?? '').split(',').filter(Boolean);
  if (!uris.length) throw new Error('KG_TEST_BOLT_URIS is not set: run the tests through jest (globalSetup starts Neo4j)');
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return uris[(worker - 1) % uris.length] as string;
}
