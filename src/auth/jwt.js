import { AppError, ErrorCode } from '../common/errors';
import { authConfig } from './auth-config';
import { parseRole, Role } from './role';
// jose ships ES modules only; Node 20.19+ loads them through require(esm).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ESM-only package loaded through require(esm) so CommonJS output keeps working
const { createRemoteJWKSet, jwtVerify, SignJWT } = require('jose');
let jwks;
function unauthenticated(message) {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
}
/**
 * Verifies a bearer token: signature, algorithm (HS256 with a secret; RS256/ES256
 * with JWKS — never `none`), expiry, and the `role` claim.
 */
export async function verifyToken(token, config = authConfig()) {
    let payload;
    try {
        if (config.kind === 'secret') {
            ({ payload } = await jwtVerify(token, config.secret, { algorithms: ['HS256'], requiredClaims: ['exp'] }));
        }
        else {
            jwks ??= createRemoteJWKSet(config.jwksUrl);
            ({ payload } = await jwtVerify(token, jwks, { algorithms: ['RS256', 'ES256'], requiredClaims: ['exp'] }));
        }
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_JWT_EXPIRED')
            throw unauthenticated('The token has expired');
        throw unauthenticated('The token is not valid (bad signature, algorithm or format)');
    }
    const role = parseRole(payload.role);
    if (!role || role === Role.PUBLIC)
        throw unauthenticated('The token has no valid role claim');
    if (payload.territorial !== undefined && typeof payload.territorial !== 'string')
        throw unauthenticated('The token territorial claim must be a clave');
    return { sub: String(payload.sub ?? `token:${role}`), role, territorial: payload.territorial };
}
/** Signs an HS256 token with the configured secret (the `token` CLI and tests). */
export async function signToken(claims, expiresIn, config = authConfig()) {
    if (config.kind !== 'secret')
        throw new Error('Tokens can only be minted here with a JWT_SECRET (JWKS tokens come from the identity provider)');
    const jwt = new SignJWT({ role: claims.role, ...(claims.territorial ? { territorial: claims.territorial } : {}) })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(claims.sub)
        .setIssuedAt()
        .setExpirationTime(expiresIn);
    return jwt.sign(config.secret);
}
