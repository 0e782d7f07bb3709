import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

/**
 * A server script in a child process on a free port (PORT=0), for the fault tests and the benchmark: it is
 * ready when it prints "GraphQL at http://host:port/graphql" (or, the benchmark's bare HTTP server,
 * "Bare HTTP at http://host:port/"); `url` is that origin. Keeps the output and the
 * exit code, stops with SIGTERM (SIGKILL after 10 s).
 */
export class ServerProcess {
  private proc: ChildProcess | undefined;
  output = '';
  url = '';
  exitCode: number | null | undefined;

  constructor(
    readonly label: string,
    private readonly script: string,
    /** Extra Node options, e.g. `--cpu-prof` for the benchmark's profile. */
    private readonly nodeArgs: readonly string[] = [],
    /** Another checkout of the project (the benchmark's before/after comparison); this one by default. */
    private readonly cwd: string = ROOT,
  ) {}

  async start(env: Record<string, string>): Promise<void> {
    this.proc = spawn(process.execPath, [...this.nodeArgs, '--import', 'tsx', this.script], {
      cwd: this.cwd,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc.on('exit', (code) => (this.exitCode = code));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.label} did not start:\n${this.output}`)), 120_000);
      const onData = (b: Buffer) => {
        this.output += b.toString();
        const m = /(?:GraphQL|Bare HTTP) at (http:\/\/[^/\s]+)\//.exec(this.output);
        if (m) {
          this.url = (m[1] as string).replace('localhost', '127.0.0.1');
          clearTimeout(timer);
          resolve();
        }
      };
      this.proc?.stderr?.on('data', onData);
      this.proc?.stdout?.on('data', onData);
      this.proc?.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.label} exited (${code}):\n${this.output}`));
      });
    });
  }

  /** The child's process id (its CPU time is read by the benchmark). */
  get pid(): number | undefined {
    return this.proc?.pid;
  }

  signal(sig: NodeJS.Signals): void {
    this.proc?.kill(sig);
  }

  async waitForExit(ms = 30_000): Promise<number | null> {
    const deadline = Date.now() + ms;
    while (this.exitCode === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    return this.exitCode ?? null;
  }

  async stop(): Promise<void> {
    if (!this.proc || this.exitCode !== undefined) return;
    this.proc.kill('SIGTERM');
    const killer = setTimeout(() => this.proc?.kill('SIGKILL'), 10_000);
    await this.waitForExit();
    clearTimeout(killer);
  }
}
