import net from 'node:net';

/**
 * A loopback TCP proxy between the API and Neo4j that can cut, delay or black-hole traffic, so database faults
 * can be provoked on one machine. Only ever listens on and connects to 127.0.0.1.
 */
export class TcpProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private mode: 'pass' | 'refuse' | 'blackhole' = 'pass';
  private delayMs = 0;
  port = 0;

  constructor(private readonly targetPort: number) {}

  async start(port = 0): Promise<number> {
    this.server = net.createServer((client) => this.accept(client));
    await new Promise<void>((r) => this.server?.listen(port, '127.0.0.1', () => r()));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Drops every open connection and refuses new ones (Neo4j "down"). */
  cut(): void {
    this.mode = 'refuse';
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  /** Accepts connections but never forwards a byte (a hung network). */
  blackhole(): void {
    this.mode = 'blackhole';
  }

  /** Forwards again, optionally delaying every chunk from Neo4j by `delayMs`. */
  restore(delayMs = 0): void {
    this.mode = 'pass';
    this.delayMs = delayMs;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private accept(client: net.Socket): void {
    if (this.mode === 'refuse') {
      client.destroy();
      return;
    }
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => undefined);
    if (this.mode === 'blackhole') return;
    const upstream = net.connect(this.targetPort, '127.0.0.1');
    this.sockets.add(upstream);
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.on('data', (d) => upstream.write(d));
    upstream.on('data', (d) => {
      if (this.delayMs) setTimeout(() => client.writable && client.write(d), this.delayMs);
      else client.write(d);
    });
  }
}
