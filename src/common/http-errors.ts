import type { Response } from 'express';
import { AppError, ErrorCode, httpStatusFor } from './errors';
import { logger } from './logger';
import {
  isDatabaseUnavailable,
  isStatementCancelled,
  RETRY_AFTER_SECONDS,
  serviceUnavailable,
  statementCancelled,
} from '../db/unavailable';

/** Errors raised by express.json() and friends carry a `type` and a `status`. */
interface BodyParserError {
  type?: string;
  status?: number;
}

/** The one mapping from thrown errors to an HTTP status and a JSON body `{ code, description }`. */
export function sendHttpError(res: Response, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  let code: string = ErrorCode.INTERNAL_SERVER_ERROR;
  let description = 'Internal server error';
  let retryable: boolean | undefined;
  if (isDatabaseUnavailable(error) && !(error instanceof AppError)) {
    logger.warn({ err: error }, 'database unavailable in HTTP handler');
    error = serviceUnavailable(true);
  } else if (isStatementCancelled(error)) {
    logger.warn({ err: error }, 'statement cancelled in HTTP handler');
    error = statementCancelled();
  }
  if (error instanceof AppError) {
    code = error.code;
    description = error.message;
    if (code === ErrorCode.SERVICE_UNAVAILABLE) {
      retryable = (error.extensions as { retryable?: boolean }).retryable;
      if (!res.getHeader('retry-after')) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
  } else {
    const parserError = error as BodyParserError;
    if (parserError?.type === 'entity.parse.failed') {
      code = ErrorCode.BAD_USER_INPUT;
      description = 'The request body is not valid JSON';
    } else if (parserError?.type === 'entity.too.large') {
      code = ErrorCode.PAYLOAD_TOO_LARGE;
      description = 'The request body is too large';
    } else if (parserError?.status === 400 || parserError?.status === 415) {
      code = ErrorCode.BAD_USER_INPUT;
      description = 'The request body could not be read';
    } else {
      logger.error({ err: error }, 'unexpected error in HTTP handler');
    }
  }
  res
    .status(httpStatusFor(code))
    .json(retryable === undefined ? { code, description } : { code, description, retryable });
}
