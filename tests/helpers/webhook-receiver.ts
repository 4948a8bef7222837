import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A webhook request as a receiver reads it (the body's JSON). */
export interface ReceivedDelivery {
  delivery: string;
  webhook: string;
  attempt: number;
  sentAt: string;
  change: { table: string; id: string; version: number; operation: string; at: string; role: string };
}

/** What a receiver does with one request: answer a status (after a delay), or hold it unanswered. */
export type ReceiverAnswer = { status: number; afterMs?: number } | 'hold';

/**
 * A local webhook receiver (node:http on a loopback port) as another system would write one: it checks
 * the signature itself (HMAC-SHA256 of the raw body under the secret, written here, not the server's
 * code), the delivery and timestamp headers against the signed body, and answers as `decide` says.
 * A delivery counts as accepted only once a 2xx answer was written to an open connection.
 */
export class WebhookReceiver {
  requests = 0;
  badSignatures = 0;
  /** Requests held without an answer (the sender gives up at its timeout). */
  held = 0;
  /** Every signed request's body, as received (raw text and parsed). */
  readonly received: ReceivedDelivery[] = [];
  readonly raw: string[] = [];
  /** Accepted deliveries, in the order they were accepted (repeats included). */
  readonly accepted: ReceivedDelivery[] = [];
  private server: Server | undefined;
  private readonly open = new Set<ServerResponse>();
  port = 0;

  constructor(
    readonly name: string,
    private readonly secret: string,
    private readonly decide: (message: ReceivedDelivery, nth: number) => ReceiverAnswer,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/${this.name}`;
  }

  /** Listens (on `port`, or one the kernel picks). */
  async listen(port = 0): Promise<this> {
    const server = createServer((req, res) => this.receive(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.open) res.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  private receive(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      this.requests += 1;
      const raw = Buffer.concat(chunks);
      const expected = Buffer.from(`sha256=${createHmac('sha256', this.secret).update(raw).digest('hex')}`);
      const given = Buffer.from(String(req.headers['x-territorio-signature'] ?? ''));
      const message = JSON.parse(raw.toString('utf8')) as ReceivedDelivery;
      const signed =
        given.length === expected.length &&
        timingSafeEqual(given, expected) &&
        req.headers['x-territorio-delivery'] === message.delivery &&
        req.headers['x-territorio-timestamp'] === String(Math.floor(Date.parse(message.sentAt) / 1000)) &&
        req.headers['content-type'] === 'application/json';
      if (!signed) {
        this.badSignatures += 1;
        res.writeHead(401).end();
        return;
      }
      this.received.push(message);
      this.raw.push(raw.toString('utf8'));
      const answer = this.decide(message, this.requests);
      if (answer === 'hold') {
        this.held += 1;
        this.open.add(res);
        res.on('close', () => this.open.delete(res));
        return;
      }
      const reply = () => {
        this.open.delete(res);
        if (res.destroyed || req.socket.destroyed) return; // the sender gave up first
        res.writeHead(answer.status).end();
        if (answer.status >= 200 && answer.status < 300) this.accepted.push(message);
      };
      if (answer.afterMs) {
        this.open.add(res);
        setTimeout(reply, answer.afterMs);
      } else reply();
    });
  }
}
