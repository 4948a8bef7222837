import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphQLResult } from './test-server';

const ROOT = path.resolve(__dirname, '../..');
/** The built server (`npm run build` or `node build.mjs` first; CI builds before the tests). */
export const SERVER_ENTRY = path.join(ROOT, 'dist', 'src', 'index.js');

/** A port nobody listens on right now (the kernel's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
  /** One GraphQL request to it. */
  gql<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    headers: Record<string, string>,
  ): Promise<GraphQLResult<TResult>>;
  /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves with the exit code once it is gone. */
  stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<number | null>;
}

/**
 * The built server (`dist/src/index.js`) as its own process over the test database, with `env` on top
 * of the test run's database and token settings: what `npm start`'s server process runs, its modules'
 * background workers included. Resolves once every process has logged "territorio ready".
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'territorio-process-'));
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: process.env.DATABASE_URL!,
      DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? '2',
      JWT_SECRET: process.env.JWT_SECRET!,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => rmSync(dataDir, { recursive: true, force: true }));
  const url = `http://127.0.0.1:${port}`;
  const processes = Number(env.WEB_CONCURRENCY ?? 1);
  const deadline = Date.now() + 150_000;
  while ((text.match(/territorio ready/g) ?? []).length < processes) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${text}`);
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${text}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url,
    output: () => text,
    exited,
    async gql(document, variables, headers) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data: any; errors?: any[] };
      return { status: response.status, ...body, sqlStatements: NaN };
    },
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
