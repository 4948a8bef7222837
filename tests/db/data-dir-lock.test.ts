import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { acquireDataDirLock, DataDirLockedError } from '../../src/db/data-dir-lock';

/**
 * One owner per embedded data folder (src/db/data-dir-lock.ts). The end-to-end cases — a second
 * server and `migrate` beside a live one — run in the fault suite (faults/), which starts real servers.
 */

let dir: string;
let dataDir: string;
const children: ChildProcess[] = [];

function startSleeper(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  return new Promise((resolve) => child.once('spawn', () => resolve(child)));
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'territorio-lock-'));
  dataDir = path.join(dir, 'pglite');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
afterAll(async () => {
  await Promise.all(children.filter((c) => c.exitCode === null && c.signalCode === null).map(stop));
});

it('takes the lock, refuses a second owner naming the PID, and gives it back', () => {
  const lock = acquireDataDirLock(dataDir);
  expect(readFileSync(`${dataDir}.lock`, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
  expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
  expect(() => acquireDataDirLock(dataDir)).toThrow(`in use by process ${process.pid}`);
  lock.release();
  expect(existsSync(`${dataDir}.lock`)).toBe(false);
  acquireDataDirLock(dataDir).release();
});

it('refuses while another live process holds it, and recovers it once that process is dead', async () => {
  const owner = await startSleeper();
  writeFileSync(`${dataDir}.lock`, `${owner.pid} ${hostname()}\n`);
  expect(() => acquireDataDirLock(dataDir)).toThrow(`in use by process ${owner.pid}`);
  await stop(owner); // kill -9: the lock file stays behind
  expect(existsSync(`${dataDir}.lock`)).toBe(true);
  const lock = acquireDataDirLock(dataDir);
  expect(readFileSync(`${dataDir}.lock`, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
  lock.release();
});

it('treats a reused PID (alive, but started after the lock was written) as stale', async () => {
  const other = await startSleeper();
  writeFileSync(`${dataDir}.lock`, `${other.pid} ${hostname()} 1\n`); // start time 1: not this process's
  const lock = acquireDataDirLock(dataDir);
  lock.release();
});

it('treats an unreadable (half-written) lock file as stale, and never steals one of another host', () => {
  writeFileSync(`${dataDir}.lock`, 'garbage');
  acquireDataDirLock(dataDir).release();
  writeFileSync(`${dataDir}.lock`, `4242 some-other-host 1\n`);
  expect(() => acquireDataDirLock(dataDir)).toThrow('in use by process 4242');
});

it('refuses while another process is recovering the same stale lock', async () => {
  const recoverer = await startSleeper();
  writeFileSync(`${dataDir}.lock`, `999999 ${hostname()}\n`); // dead
  writeFileSync(`${dataDir}.lock.recover`, `${recoverer.pid} ${hostname()}\n`);
  expect(() => acquireDataDirLock(dataDir)).toThrow(`in use by process ${recoverer.pid}`);
  await stop(recoverer);
  acquireDataDirLock(dataDir).release();
});
