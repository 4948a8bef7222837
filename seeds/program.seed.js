/**
 * The demo program data of 2020 on the territorial model, reproducing the
 * internal evaluation report's figures exactly (`seeds/data/program-2020.json`,
 * a copy of the report's tables): beneficiaries per territorial and their
 * distributions, the payment table, workshops and agendas, ECOS, public-space
 * improvements, Mercomuna points, and field activities at the report's rate.
 *
 * The JSON only drives generation: the API computes every figure from these
 * rows. People are fictitious ("Persona Demo 0001", CURPs starting with DEMO
 * and failing the check digit, phones 550000xxxx). Every row has a natural key
 * and is upserted: a second run changes nothing. Run inside the caller's
 * transaction (see demo.seed.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { monthNumber, planBeneficiaries, } from './program.plan';
import { seedPlaces } from './program-places.seed';
import { ACTIVITY_VOLUMES, seedActivities } from './program-activities.seed';
import { projectRoot, upsertCounted } from './program-upsert';
export { ACTIVITY_VOLUMES };
export const PROGRAM_YEAR = 2020;
export function readProgramFigures() {
    return JSON.parse(readFileSync(path.join(projectRoot(), 'seeds', 'data', 'program-2020.json'), 'utf8'));
}
export async function seedProgram(db, options = {}) {
    const figures = readProgramFigures();
    const territoriales = await readTerritoriales(db);
    const planned = planBeneficiaries(figures, territoriales, PROGRAM_YEAR);
    const programYears = await upsertCounted(db, `INSERT INTO program_year AS p (year, goal_people_reached, budget_approved, budget_exercised)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (year) DO UPDATE SET goal_people_reached = EXCLUDED.goal_people_reached,
       budget_approved = EXCLUDED.budget_approved, budget_exercised = EXCLUDED.budget_exercised
     WHERE (p.goal_people_reached, p.budget_approved, p.budget_exercised)
       IS DISTINCT FROM (EXCLUDED.goal_people_reached, EXCLUDED.budget_approved, EXCLUDED.budget_exercised)
     RETURNING (xmax = 0) AS created`, [PROGRAM_YEAR, figures.program.goal_people_reached, figures.budget.approved_2020, figures.budget.exercised_2020], 1);
    const beneficiaries = await upsertBeneficiaries(db, planned);
    const payments = await upsertPayments(db, figures, planned);
    const places = await seedPlaces(db, figures, territoriales, planned, PROGRAM_YEAR);
    const activities = await seedActivities(db, planned, options.activities ?? 'sample', figures, options.activityYears ?? 1);
    // Fresh statistics for the planner: the first coverage queries after a load would otherwise guess.
    await db.query('ANALYZE beneficiary, payment, workshop, agenda, ecos_school, ecos_school_facilitator, public_space_improvement, activity, activity_daily_colonia, mercomuna_point');
    return { programYears, beneficiaries, payments, ...places, activities };
}
/** Territoriales by name with their colonias (clave order in code points, not the database's collation). */
async function readTerritoriales(db) {
    const rows = await db.query(`SELECT t.nombre, json_agg(json_build_object('clave', c.clave, 'nombre', c.nombre)) AS colonias
       FROM territorial t JOIN colonia c ON c.territorial_id = t.id GROUP BY t.nombre`);
    return rows;
}
async function upsertBeneficiaries(db, planned) {
    const column = (key) => planned.map((b) => b[key]);
    const counts = await upsertCounted(db, `INSERT INTO beneficiary AS b (folio, program_year, role, sex, birth_date, education, occupation, territorial_id,
                                   colonia_id, status, baja_on, full_name, curp, phone, address)
     SELECT s.folio, $13, s.role, s.sex, s.birth_date, s.education, s.occupation, t.id, c.id, 'ACTIVE', NULL,
            s.full_name, s.curp, s.phone, s.address
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::text[], $12::text[])
            AS s(folio, territorial, colonia, role, sex, birth_date, education, occupation, full_name, curp, phone, address)
       JOIN territorial t ON t.nombre = s.territorial
       JOIN colonia c ON c.clave = s.colonia AND c.territorial_id = t.id
     ON CONFLICT (folio) DO UPDATE SET program_year = EXCLUDED.program_year, role = EXCLUDED.role, sex = EXCLUDED.sex,
       birth_date = EXCLUDED.birth_date, education = EXCLUDED.education, occupation = EXCLUDED.occupation,
       territorial_id = EXCLUDED.territorial_id, colonia_id = EXCLUDED.colonia_id, status = EXCLUDED.status,
       baja_on = EXCLUDED.baja_on, full_name = EXCLUDED.full_name, curp = EXCLUDED.curp, phone = EXCLUDED.phone,
       address = EXCLUDED.address
     WHERE (b.program_year, b.role, b.sex, b.birth_date, b.education, b.occupation, b.territorial_id, b.colonia_id,
            b.status, b.baja_on, b.full_name, b.curp, b.phone, b.address)
       IS DISTINCT FROM (EXCLUDED.program_year, EXCLUDED.role, EXCLUDED.sex, EXCLUDED.birth_date, EXCLUDED.education,
            EXCLUDED.occupation, EXCLUDED.territorial_id, EXCLUDED.colonia_id, EXCLUDED.status, EXCLUDED.baja_on,
            EXCLUDED.full_name, EXCLUDED.curp, EXCLUDED.phone, EXCLUDED.address)
     RETURNING (xmax = 0) AS created`, [
        column('folio'),
        column('territorialNombre'),
        column('coloniaClave'),
        column('role'),
        column('sex'),
        column('birthDate'),
        column('education'),
        column('occupation'),
        column('fullName'),
        column('curp'),
        column('phone'),
        column('address'),
        PROGRAM_YEAR,
    ], planned.length);
    const [{ present }] = await db.query('SELECT count(*)::int AS present FROM beneficiary WHERE folio = ANY($1::text[])', [column('folio')]);
    if (present !== planned.length)
        throw new Error(`seeded ${present} of ${planned.length} beneficiaries: a colonia or territorial is missing`);
    return counts;
}
/**
 * The budget table: 13 payment rows (two ministraciones each) per beneficiary,
 * at the report's amount per person and row for each role.
 */
async function upsertPayments(db, figures, planned) {
    const perRow = figures.budget.per_payment_row;
    const servidor = perRow.servidores_del_pueblo.amount / perRow.servidores_del_pueblo.people;
    const promotor = perRow.promotores_comunitarios.amount / perRow.promotores_comunitarios.people;
    const rows = figures.budget.ministraciones.map((m) => m.num);
    const months = figures.budget.ministraciones.map((m) => `${PROGRAM_YEAR}-${String(monthNumber(m.month)).padStart(2, '0')}-01`);
    return upsertCounted(db, `INSERT INTO payment AS p (beneficiary_id, payment_row, month, amount)
     SELECT b.id, r.payment_row, r.month, CASE b.role WHEN 'SERVIDOR_DEL_PUEBLO' THEN $3::numeric ELSE $4::numeric END
       FROM beneficiary b CROSS JOIN unnest($1::int[], $2::date[]) AS r(payment_row, month)
      WHERE b.folio = ANY($5::text[])
     ON CONFLICT (beneficiary_id, payment_row) DO UPDATE SET month = EXCLUDED.month, amount = EXCLUDED.amount
     WHERE (p.month, p.amount) IS DISTINCT FROM (EXCLUDED.month, EXCLUDED.amount)
     RETURNING (xmax = 0) AS created`, [rows, months, servidor, promotor, planned.map((b) => b.folio)], planned.length * rows.length);
}
