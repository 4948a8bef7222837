import { monitorEventLoopDelay } from 'node:perf_hooks';
import { BackgroundLoad } from './background-load';
import { logger } from './logger';
import { config } from '../config/config';

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

/** A stall while the server's own background load runs (npm start's first minute) is expected: info, not warn. */
const logStall = (stall: EventLoopStall) =>
  BackgroundLoad.running()
    ? logger.info({ ...stall, during: 'background load' }, 'event loop blocked')
    : logger.warn(stall, 'event loop blocked');

export function watchEventLoop(
  warnMs = config().EVENT_LOOP_WARN_MS,
  windowMs = config().EVENT_LOOP_WINDOW_MS,
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
