import { GraphQLError } from 'graphql';
/** Error codes shared by GraphQL (`extensions.code`) and REST (`code` in the JSON body). */
export var ErrorCode;
(function (ErrorCode) {
    ErrorCode["BAD_USER_INPUT"] = "BAD_USER_INPUT";
    ErrorCode["NOT_FOUND"] = "NOT_FOUND";
    ErrorCode["CONFLICT"] = "CONFLICT";
    ErrorCode["UNAUTHENTICATED"] = "UNAUTHENTICATED";
    ErrorCode["FORBIDDEN"] = "FORBIDDEN";
    ErrorCode["PAYLOAD_TOO_LARGE"] = "PAYLOAD_TOO_LARGE";
    ErrorCode["TOO_MANY_REQUESTS"] = "TOO_MANY_REQUESTS";
    ErrorCode["SERVICE_UNAVAILABLE"] = "SERVICE_UNAVAILABLE";
    ErrorCode["INTERNAL_SERVER_ERROR"] = "INTERNAL_SERVER_ERROR";
})(ErrorCode || (ErrorCode = {}));
const HTTP_STATUS = {
    [ErrorCode.BAD_USER_INPUT]: 400,
    [ErrorCode.NOT_FOUND]: 404,
    [ErrorCode.CONFLICT]: 409,
    [ErrorCode.UNAUTHENTICATED]: 401,
    [ErrorCode.FORBIDDEN]: 403,
    [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
    [ErrorCode.TOO_MANY_REQUESTS]: 429,
    [ErrorCode.SERVICE_UNAVAILABLE]: 503,
    [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};
/**
 * An error meant for the client: its message is safe to show and names the
 * argument and the problem. Anything else that escapes is masked.
 */
export class AppError extends GraphQLError {
    code;
    constructor(code, message, argument) {
        super(message, { extensions: { code, ...(argument ? { argument } : {}) } });
        this.code = code;
    }
    get httpStatus() {
        return HTTP_STATUS[this.code];
    }
}
export function badInput(argument, problem) {
    return new AppError(ErrorCode.BAD_USER_INPUT, `${argument} ${problem}`, argument);
}
export function notFound(message) {
    return new AppError(ErrorCode.NOT_FOUND, message);
}
export function httpStatusFor(code) {
    return HTTP_STATUS[code] ?? 500;
}
