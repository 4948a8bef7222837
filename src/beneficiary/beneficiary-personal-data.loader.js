import DataLoader from 'dataloader';
import { personalDataScope } from '../auth/identity';
/**
 * Personal data of beneficiaries, read only inside the caller's scope: the SQL
 * itself filters by the OPERATOR's territorial, so a resolver bug cannot leak
 * another territorial's people. Callers without a scope get no loader at all.
 */
export function createPersonalDataLoader(dataSource, identity) {
    const scope = personalDataScope(identity);
    return new DataLoader(async (ids) => {
        if (scope === undefined)
            return ids.map(() => null);
        const rows = await dataSource.query(`SELECT id, territorial_id AS "territorialId", full_name AS "fullName", curp, phone, address,
              to_char(birth_date, 'YYYY-MM-DD') AS "birthDate"
         FROM beneficiary
        WHERE id = ANY($1::int[]) AND ($2::int IS NULL OR territorial_id = $2::int)`, [[...ids], scope]);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
    });
}
