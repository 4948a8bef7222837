import { AppError, ErrorCode, httpStatusFor } from './errors';
import { logger } from './logger';
/** The one mapping from thrown errors to an HTTP status and a JSON body `{ code, description }`. */
export function sendHttpError(res, error) {
    if (res.headersSent) {
        res.destroy();
        return;
    }
    let code = ErrorCode.INTERNAL_SERVER_ERROR;
    let description = 'Internal server error';
    if (error instanceof AppError) {
        code = error.code;
        description = error.message;
    }
    else {
        const parserError = error;
        if (parserError?.type === 'entity.parse.failed') {
            code = ErrorCode.BAD_USER_INPUT;
            description = 'The request body is not valid JSON';
        }
        else if (parserError?.type === 'entity.too.large') {
            code = ErrorCode.PAYLOAD_TOO_LARGE;
            description = 'The request body is too large';
        }
        else if (parserError?.status === 400 || parserError?.status === 415) {
            code = ErrorCode.BAD_USER_INPUT;
            description = 'The request body could not be read';
        }
        else {
            logger.error({ err: error }, 'unexpected error in HTTP handler');
        }
    }
    res.status(httpStatusFor(code)).json({ code, description });
}
