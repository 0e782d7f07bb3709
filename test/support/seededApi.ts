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
  });
  afterAll(async () => {
    await handle.server?.stop();
    await handle.executor?.close();
  });
  return handle;
}
