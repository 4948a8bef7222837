import { monitorEventLoopDelay } from 'node:perf_hooks';
import { logger } from './logger';

/**
 * Watches the event loop's delay (perf_hooks, 10 ms resolution) and logs a warning for each
 * window (EVENT_LOOP_WINDOW_MS, default 1 s) in which it was blocked longer than
 * EVENT_LOOP_WARN_MS (default 100 ms):
 * `{"eventLoopMaxMs": …, "msg": "event loop blocked"}`. No request should block it that long
 * (issue #15: stream, chunk or refuse); the fault suite reads these lines. 0 turns it off.
 */
export interface EventLoopStall {
  /** The longest stall of the window, ms. */
  eventLoopMaxMs: number;
  p99Ms: number;
}

const logStall = (stall: EventLoopStall) => logger.warn(stall, 'event loop blocked');

export function watchEventLoop(
  warnMs = Number(process.env.EVENT_LOOP_WARN_MS ?? 100),
  windowMs = Number(process.env.EVENT_LOOP_WINDOW_MS ?? 1000),
  report: (stall: EventLoopStall) => void = logStall,
): () => void {
  if (!(warnMs > 0)) return () => undefined;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const timer = setInterval(() => {
    // The histogram counts the resolution itself in every sample.
    const maxMs = Math.round(histogram.max / 1e6 - 10);
    if (maxMs > warnMs) report({ eventLoopMaxMs: maxMs, p99Ms: Math.round(histogram.percentile(99) / 1e6 - 10) });
    histogram.reset();
  }, windowMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    histogram.disable();
  };
}
