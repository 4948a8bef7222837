import { AppError, ErrorCode, badInput } from '../common/errors';
function pgError(error) {
    const candidate = error?.driverError ?? error;
    return typeof candidate?.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code) ? candidate : undefined;
}
/**
 * Maps a PostgreSQL error raised by a write to a client error that names the
 * field — never the SQL. Constraint names are unique in the schema, so
 * `meanings` (gathered from the tables the write touched) says which argument
 * each protects. A foreign-key violation from another table while deleting
 * (`deleting`) means the row is still referenced: CONFLICT. Anything else is
 * returned unchanged (and masked as an internal error by the caller's mapper).
 */
export function mapDatabaseError(error, meanings, deleting) {
    if (error instanceof AppError)
        return error;
    const pg = pgError(error);
    if (!pg)
        return error;
    const meaning = pg.constraint ? meanings[pg.constraint] : undefined;
    const argument = meaning?.argument ?? pg.column ?? 'input';
    switch (pg.code) {
        // 23001: newer PostgreSQL versions report ON DELETE RESTRICT as restrict_violation.
        case '23001':
        case '23503':
            if (deleting && pg.table && pg.table !== deleting.table) {
                return new AppError(ErrorCode.CONFLICT, `${deleting.label} is still referenced by ${pg.table.replace(/_/g, ' ')} rows: delete or move those first`);
            }
            if (deleting)
                return new AppError(ErrorCode.CONFLICT, `${deleting.label} is still referenced by other rows: delete or move those first`);
            return badInput(argument, meaning?.problem ?? 'does not match any existing row');
        case '23505':
            return new AppError(ErrorCode.CONFLICT, `${argument} ${meaning?.problem ?? 'already exists'}`, argument);
        case '23514':
            return badInput(argument, meaning?.problem ?? `violates the rule ${pg.constraint ?? ''}`.trim());
        case '23502':
            return badInput(argument, 'is required');
        case '22001':
            return badInput(argument, 'is too long');
        case '22003':
            return badInput(argument, 'is out of range');
        case '22007':
        case '22008':
            return badInput(argument, 'is not a valid date');
        case '22P02':
            return badInput(argument, 'has an invalid value');
        case '40001':
        case '40P01':
            return new AppError(ErrorCode.CONFLICT, 'The write collided with a concurrent one and was rolled back: try again');
        case '55P03':
            return new AppError(ErrorCode.CONFLICT, 'The row is locked by a concurrent write: try again');
        default:
            return error;
    }
}
