import type { Request, Response } from 'express';

/** How long an answered request's unread body is still read and discarded before its connection is closed. */
const LINGER_MS = 1000;

/**
 * Once a request is answered before its body was read to the end (refused, stopped, timed out):
 * the connection closes after the answer. Not at once: closing a socket with unread bytes makes
 * the kernel reset it, and a client still sending loses the answer (EPIPE, "other side closed"
 * instead of the 400 or 413). So what keeps arriving is read and discarded for at most LINGER_MS,
 * then the connection is destroyed, however slowly the client sends: a stalled upload's socket
 * does not stay open until its body ends.
 */
export function closeAfterAnswer(req: Request, res: Response): void {
  if (req.complete) return;
  if (!res.headersSent) res.setHeader('Connection', 'close');
  res.once('finish', () => {
    req.unpipe();
    const timer = setTimeout(() => req.destroy(), LINGER_MS);
    timer.unref();
    req.once('end', () => {
      clearTimeout(timer);
      req.destroy();
    });
    req.resume();
  });
}
