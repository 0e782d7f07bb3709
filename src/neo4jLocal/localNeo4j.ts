import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config';
import { checkTool, ensureRuntime, LIB_DIR, RUNTIME_DIR, RuntimeSetupError } from './neo4jRuntime';

/** JVM flags Neo4j 5.26's own launcher uses (server.jvm.additional), which the entry point does not add itself. */
const JVM_FLAGS = [
  '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+UnlockExperimentalVMOptions', '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC', '-Djdk.nio.maxCachedBufferSize=1024', '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048', '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256', '-XX:+UnlockDiagnosticVMOptions', '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true', '-Dlog4j.layout.jsonTemplate.maxStringLength=32768', '-Dfile.encoding=UTF-8',
];

/** How long a clean shutdown (checkpoint, store lock released) may take before the process is killed. */
const STOP_TIMEOUT_MS = 60_000;

/**
 * A Neo4j 5.26 Community server run as a child process from the Maven-built jars, with its data in
 * `homeDir`. One instance per home (Neo4j's store lock enforces it).
 */
export class LocalNeo4j {
  private proc: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;

  constructor(
    private readonly cfg: LocalNeo4jConfig,
    private readonly log: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  ) {}

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.cfg.boltPort}`;
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** Builds the jars if needed, starts the server and resolves once Bolt answers. */
  async start(): Promise<void> {
    checkTool('java');
    await ensureRuntime(this.log);
    await this.stopLeftover();
    await assertPortFree(this.cfg.boltPort);
    const home = this.cfg.homeDir;
    for (const d of ['conf', 'data', 'logs', 'plugins', 'run']) fs.mkdirSync(path.join(home, d), { recursive: true });
    const template = fs.readFileSync(path.join(RUNTIME_DIR, 'neo4j.conf.template'), 'utf8');
    const conf = template
      .replaceAll('{{BOLT_PORT}}', String(this.cfg.boltPort))
      .replaceAll('{{DATA_DIR}}', path.join(home, 'data'))
      .replaceAll('{{LOGS_DIR}}', path.join(home, 'logs'))
      .replaceAll('{{PAGECACHE}}', this.cfg.pageCache)
      .replaceAll('{{AUTH_ENABLED}}', this.cfg.authEnabled ? 'true' : 'false');
    fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), conf);
    const logFile = path.join(home, 'logs', 'neo4j.log');
    const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;

    const args = [
      `-Xms${this.cfg.heap}`, `-Xmx${this.cfg.heap}`, ...JVM_FLAGS,
      '-cp', `${path.join(home, 'plugins')}/*:${LIB_DIR}/*`,
      'org.neo4j.server.CommunityEntryPoint', `--home-dir=${home}`, `--config-dir=${path.join(home, 'conf')}`,
    ];
    const started = Date.now();
    this.log(`[neo4j] starting local Neo4j 5.26 on ${this.boltUri} (data in ${home})`);
    const proc = spawn('java', args, { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    const output: string[] = [];
    const keep = (b: Buffer) => {
      output.push(...b.toString('utf8').split('\n').filter(Boolean));
      if (output.length > 40) output.splice(0, output.length - 40);
    };
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    fs.writeFileSync(this.pidFile(), String(proc.pid));
    // If this process ends without stop() (an uncaught error, process.exit), still ask Neo4j to shut down
    // cleanly: SIGTERM makes it checkpoint and release the store lock on its own.
    const onExit = () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
    };
    process.once('exit', onExit);
    void this.exited.then(() => process.removeListener('exit', onExit));

    const failure = (why: string) => {
      const tail = readTail(logFile, logStart, 25) || output.slice(-25).join('\n');
      return new RuntimeSetupError(`Neo4j did not start: ${why}\n--- last lines of ${logFile} ---\n${tail}`);
    };
    let exitCode: number | null | undefined;
    void this.exited.then((c) => (exitCode = c));
    const driver = neo4j.driver(this.boltUri, undefined, { connectionTimeout: 2000, logging: undefined });
    try {
      for (;;) {
        if (exitCode !== undefined) throw failure(`the process exited with code ${exitCode}`);
        if (Date.now() - started > this.cfg.startTimeoutMs) {
          await this.stop();
          throw failure(`Bolt did not answer within ${this.cfg.startTimeoutMs} ms (NEO4J_START_TIMEOUT_MS)`);
        }
        try {
          await driver.verifyConnectivity();
          break;
        } catch (e) {
          // With authentication on, an answer that refuses our (absent) credentials still means Bolt is up.
          if (String((e as { code?: string }).code).startsWith('Neo.ClientError.Security.')) break;
          await sleep(300);
        }
      }
    } finally {
      await driver.close();
    }
    this.log(`[neo4j] ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  /** SIGTERM (clean checkpoint), then SIGKILL only if it hangs past STOP_TIMEOUT_MS. */
  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || !this.exited) return;
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timer);
    this.proc = undefined;
    fs.rmSync(this.pidFile(), { force: true });
  }

  private pidFile(): string {
    return path.join(this.cfg.homeDir, 'run', 'kg-neo4j.pid');
  }

  /** A server left running by a crashed API process still holds the store lock: stop it cleanly first. */
  private async stopLeftover(): Promise<void> {
    const file = this.pidFile();
    if (!fs.existsSync(file)) return;
    const pid = Number(fs.readFileSync(file, 'utf8'));
    fs.rmSync(file, { force: true });
    if (!pid || !isOurNeo4j(pid, this.cfg.homeDir)) return;
    this.log(`[neo4j] stopping a server left running by an earlier process (pid ${pid})`);
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new RuntimeSetupError(
          e.code === 'EADDRINUSE'
            ? `port ${port} on 127.0.0.1 is already in use: set NEO4J_BOLT_PORT to a free port, stop the other server, or set NEO4J_URI to use that server`
            : `cannot listen on port ${port}: ${e.message}`,
        ),
      ),
    );
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isOurNeo4j(pid: number, home: string): boolean {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('CommunityEntryPoint') && cmd.includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}

function readTail(file: string, from: number, lines: number): string {
  try {
    const text = fs.readFileSync(file, 'utf8').slice(from);
    return text.split('\n').filter(Boolean).slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
