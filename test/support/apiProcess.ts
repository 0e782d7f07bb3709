import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

/** The real start command (`src/main.ts`) in a child process, on a free port, with the given environment. */
export class ApiProcess {
  private proc: ChildProcess | undefined;
  output = '';
  url = '';
  exitCode: number | null | undefined;

  async start(env: Record<string, string>, readyPattern = /\[api\] ready/): Promise<void> {
    this.proc = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((r) => this.proc?.on('exit', (code) => ((this.exitCode = code), r())));
    void exited;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`API did not start:\n${this.output}`)), 60_000);
      const onData = (b: Buffer) => {
        this.output += b.toString();
        const m = /GraphQL at (http:\/\/[^/]+)\/graphql/.exec(this.output);
        if (m && readyPattern.test(this.output)) {
          this.url = (m[1] as string).replace('localhost', '127.0.0.1');
          clearTimeout(timer);
          resolve();
        }
      };
      this.proc?.stderr?.on('data', onData);
      this.proc?.stdout?.on('data', onData);
      this.proc?.on('exit', () => {
        clearTimeout(timer);
        reject(new Error(`API exited early (${this.exitCode}):\n${this.output}`));
      });
    });
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
    if (this.proc && this.exitCode === undefined) {
      this.proc.kill('SIGTERM');
      await this.waitForExit();
    }
  }
}

/** POSTs a GraphQL query; never throws on HTTP errors. */
export async function query(url: string, q: string): Promise<{ status: number; code?: string; body: any; ms: number }> {
  const t = Date.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
  const body = (await res.json().catch(() => null)) as any;
  return { status: res.status, code: body?.errors?.[0]?.extensions?.code, body, ms: Date.now() - t };
}
