import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * One owner per embedded data folder. PGlite has no postmaster lock of its own:
 * two processes on one folder (a second `npm start`, or `npm run migrate` beside
 * a running server) corrupt it. The lock file `<dataDir>.lock` is created atomically
 * (hard link, fails if it exists) before PGlite opens the folder and holds `pid host start-time`.
 *
 * - Held by a live process: refused at once, naming the PID.
 * - Left by a dead one (kill -9, power loss): recovered. A PID that is alive
 *   again but started after the lock was written (PID reuse) counts as dead.
 *   Recovery itself runs under a second such file, so two processes that find
 *   the same stale lock cannot both take it.
 */

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${ownerPid} (lock file ${dataDir}.lock). ` +
        'Stop that process first: two processes on one embedded database corrupt it.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

interface LockOwner {
  pid: number;
  host: string;
  /** /proc/<pid>/stat start time (clock ticks since boot); '' where there is no /proc. */
  start: string;
}

const held = new Map<string, string>();

function processStart(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the parenthesised command name (which may hold spaces).
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const [pid, host, start] = readFileSync(file, 'utf8').trim().split(/\s+/);
    const n = Number(pid);
    return Number.isInteger(n) && n > 0 ? { pid: n, host: host ?? '', start: start ?? '' } : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote the lock still runs (same host; same PID and start time). */
function ownerAlive(owner: LockOwner, file: string): boolean {
  if (owner.host && owner.host !== hostname()) return true; // another machine on shared storage: never steal
  if (owner.pid === process.pid) return held.has(file);
  if (!isAlive(owner.pid)) return false;
  return !owner.start || owner.start === processStart(owner.pid);
}

/** Creates `file` with `content` atomically (written aside, then hard-linked): false when it exists. */
function createExclusive(file: string, content: string): boolean {
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, content, { mode: 0o600 });
  try {
    linkSync(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    removeQuietly(aside);
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
  }
}

/** Takes `<dataDir>.lock` or throws DataDirLockedError naming the owner's PID. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = `${dataDir}.lock`;
  const me = `${process.pid} ${hostname()} ${processStart(process.pid)}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (createExclusive(file, me)) {
      held.set(file, me);
      return {
        path: file,
        release() {
          if (held.get(file) !== me) return;
          held.delete(file);
          // Only remove it while it is still ours.
          if (readOwner(file)?.pid === process.pid) removeQuietly(file);
        },
      };
    }
    const owner = readOwner(file);
    if (owner && ownerAlive(owner, file)) throw new DataDirLockedError(dataDir, owner.pid);
    // Stale (or unreadable, e.g. half-written by a killed process): recover under a second exclusive file.
    const recovering = `${file}.recover`;
    if (!createExclusive(recovering, me)) {
      const recoverer = readOwner(recovering);
      if (recoverer && ownerAlive(recoverer, recovering)) throw new DataDirLockedError(dataDir, recoverer.pid);
      removeQuietly(recovering);
      continue;
    }
    try {
      const again = readOwner(file);
      if (again && ownerAlive(again, file)) throw new DataDirLockedError(dataDir, again.pid);
      removeQuietly(file);
    } finally {
      removeQuietly(recovering);
    }
  }
  const owner = readOwner(file);
  throw new DataDirLockedError(dataDir, owner?.pid ?? 0);
}
