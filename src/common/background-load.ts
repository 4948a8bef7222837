import { AppError, ErrorCode } from './errors';

/**
 * Data this process is still loading after the server answered: the embedded
 * demo's first start loads the Fin indicator's real data (the IDS, then the
 * crime incidents of 2019–2020, then the other years) in the background, so
 * its cold start stays short (src/index.ts). A figure that depends on a step
 * not done yet is refused with SERVICE_UNAVAILABLE naming what is loading,
 * rather than answered with partial counts that look complete.
 *
 * Steps are process-local: a server on PostgreSQL (loaded by `npm run seed`)
 * never has any, and an interrupted embedded load resumes at the next start.
 */
export interface LoadStep {
  /** What is loading, for the message: "crime incidents of 2019–2020". */
  label: string;
  /** For dated data: the days the step covers (inclusive; open ends as null). */
  from?: string | null;
  to?: string | null;
}

interface Pending extends LoadStep {
  kind: string;
  since: Date;
  /** The load stopped with an error: the data stays missing until a restart loads it. */
  failed?: boolean;
}

const pending = new Set<Pending>();

export const BackgroundLoad = {
  /** Marks a step of `kind` (e.g. 'crime', 'ids') as loading; returns the function that marks it done. */
  begin(kind: string, step: LoadStep): () => void {
    const entry: Pending = { ...step, kind, since: new Date() };
    pending.add(entry);
    return () => pending.delete(entry);
  },

  /** A step of `kind` still loading that overlaps [from, to] (null: open end; a step without dates overlaps any window). */
  pendingIn(kind: string, from: string | null = null, to: string | null = null): Pending | undefined {
    for (const p of pending) {
      if (p.kind !== kind) continue;
      if ((from === null || p.to == null || from <= p.to) && (to === null || p.from == null || to >= p.from)) return p;
    }
    return undefined;
  },

  /** Throws SERVICE_UNAVAILABLE when a step of `kind` overlapping [from, to] is still loading. */
  requireLoaded(kind: string, from: string | null = null, to: string | null = null): void {
    const p = BackgroundLoad.pendingIn(kind, from, to);
    if (!p) return;
    throw new AppError(
      ErrorCode.SERVICE_UNAVAILABLE,
      p.failed
        ? `${p.label} could not be loaded in the background (see the server log); restart the server to retry`
        : `${p.label} are still loading (the embedded demo loads them in the background after its first start, since ${p.since.toISOString()}); try again in a minute`,
    );
  },

  /** Whether a background load is running (its own work may hold the event loop: see event-loop.ts). */
  running(): boolean {
    for (const p of pending) if (!p.failed) return true;
    return false;
  },

  /** The background load stopped: every step not done stays refused, as failed rather than loading. */
  failPending(): void {
    for (const p of pending) p.failed = true;
  },
};
