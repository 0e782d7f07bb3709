import type { Config } from './config';
import { Executor } from './db/executor';
import { LocalNeo4j } from './neo4jLocal/localNeo4j';

export interface Neo4jConnection {
  executor: Executor;
  /** The project's own server, when no NEO4J_URI was given; stopped by close(). */
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

/**
 * With NEO4J_URI: use that server and start nothing. Without: start the project's local Neo4j (building the
 * jars on first use) with its data in NEO4J_HOME.
 */
export async function connectNeo4j(config: Config, log: (line: string) => void): Promise<Neo4jConnection> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    local = new LocalNeo4j(config.neo4j.local, log);
    await local.start();
    uri = local.boltUri;
  }
  const executor = new Executor(uri, config.neo4j);
  return {
    executor,
    local,
    async close() {
      await executor.close();
      await local?.stop();
    },
  };
}
