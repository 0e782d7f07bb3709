import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4j } from '../../src/neo4jLocal/localNeo4j';
import { checkTool, RuntimeSetupError } from '../../src/neo4jLocal/neo4jRuntime';

describe('local Neo4j process manager', () => {
  it('refuses a Bolt port that is taken, naming the variables to change', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const server = new LocalNeo4j(
        { boltPort: port, homeDir: path.join(os.tmpdir(), `kg-port-test-${process.pid}`), heap: '256m', pageCache: '32m', startTimeoutMs: 5000 },
        () => undefined,
      );
      await expect(server.start()).rejects.toThrow(new RegExp(`port ${port} on 127.0.0.1 is already in use: set NEO4J_BOLT_PORT .* or set NEO4J_URI`));
      expect(server.pid).toBeUndefined();
    } finally {
      blocker.close();
    }
  });

  it('says what to install when java or mvn is missing', () => {
    const noPath = { ...process.env, PATH: '/nonexistent' };
    expect(() => checkTool('java', noPath)).toThrow(RuntimeSetupError);
    expect(() => checkTool('java', noPath)).toThrow(/`java` was not found on the PATH: install a Java 17 .* or set NEO4J_URI/);
    expect(() => checkTool('mvn', noPath)).toThrow(/install Apache Maven/);
    expect(() => checkTool('java')).not.toThrow();
  });
});
