import { AppError, ErrorCode } from '../common/errors';
import { findActiveApiKey } from './api-keys';
import { ANONYMOUS } from './identity';
import { verifyToken } from './jwt';
import { parseRole, Role } from './role';
function unauthenticated(message) {
    const error = new AppError(ErrorCode.UNAUTHENTICATED, message);
    // Apollo turns this into the HTTP status of a context-creation failure.
    error.extensions.http = { status: 401 };
    return error;
}
/**
 * A territorial's id and clave: the scope an OPERATOR's token or key carries.
 * Plain SQL on the `territorial` table, so auth needs no domain module.
 */
async function territorialWhere(dataSource, column, value) {
    const rows = await dataSource.query(`SELECT id, clave FROM territorial WHERE ${column} = $1 LIMIT 1`, [value]);
    return rows[0] ?? null;
}
/**
 * The caller of a request from its headers: a bearer JWT, an X-API-Key, or
 * nobody (PUBLIC). Bad credentials are refused, never downgraded to PUBLIC.
 */
export async function authenticate(dataSource, authorization, apiKey) {
    if (authorization && apiKey)
        throw unauthenticated('Send either a bearer token or an API key, not both');
    if (authorization) {
        const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
        if (!match)
            throw unauthenticated('The Authorization header must be "Bearer <token>"');
        const claims = await verifyToken(match[1]);
        const identity = { role: claims.role, subject: claims.sub, via: 'jwt' };
        if (claims.territorial !== undefined) {
            const territorial = await territorialWhere(dataSource, 'clave', claims.territorial);
            if (!territorial)
                throw unauthenticated(`The token's territorial "${claims.territorial}" does not exist`);
            identity.territorialId = territorial.id;
            identity.territorialClave = territorial.clave;
        }
        if (identity.role === Role.OPERATOR && identity.territorialId === undefined)
            throw unauthenticated('An OPERATOR token must carry a territorial claim');
        return identity;
    }
    if (apiKey) {
        const key = await findActiveApiKey(dataSource, apiKey);
        const role = key && parseRole(key.role);
        if (!key || !role)
            throw unauthenticated('The API key is not valid');
        const identity = { role, subject: `api-key:${key.name}`, via: 'api-key' };
        if (key.territorialId !== null) {
            const territorial = await territorialWhere(dataSource, 'id', key.territorialId);
            if (!territorial)
                throw unauthenticated('The API key is bound to a territorial that no longer exists');
            identity.territorialId = territorial.id;
            identity.territorialClave = territorial.clave;
        }
        return identity;
    }
    return ANONYMOUS;
}
/** Express middleware: res.locals.identity for every route; 401 JSON on bad credentials. */
export function authenticationMiddleware(dataSource) {
    return async (req, res, next) => {
        try {
            res.locals.identity = await authenticate(dataSource, req.header('authorization'), req.header('x-api-key'));
            next();
        }
        catch (error) {
            if (error instanceof AppError && req.path.startsWith('/graphql')) {
                res.status(error.httpStatus).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
                return;
            }
            next(error);
        }
    };
}
