import type { Executor } from '../../src/db/executor';
import type { KgServer } from '../../src/server';
import { testServer } from './apiClient';
import { resetAndSeed, testExecutor } from './testDb';

/**
 * For a suite that queries the seed graph: reloads it before the suite, builds an in-process API, closes both
 * after. Returns an object whose fields are set once beforeAll has run.
 */
export function useSeededApi(): { executor: Executor; server: KgServer } {
  const handle = {} as { executor: Executor; server: KgServer };
  beforeAll(async () => {
    handle.executor = testExecutor();
    await resetAndSeed(handle.executor);
    handle.server = await testServer(handle.executor);
    // The first suite of a worker seeds a cold Neo4j (plans compiled, JIT not warm): allow it more than a test.
  }, 180_000);
  afterAll(async () => {
    await handle.server?.stop();
    await handle.executor?.close();
  });
  return handle;
}
