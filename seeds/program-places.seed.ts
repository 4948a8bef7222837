/**
 * Where the program happened, for the demo: workshops and agendas, ECOS
 * schools and their facilitators, public-space improvements and Mercomuna
 * points. Which colonias, dates and sizes is planned here in TypeScript with a
 * seeded PRNG; the geometry is drawn by PostGIS inside each colonia
 * (`ST_GeneratePoints` with a fixed seed, lines and polygons kept only when the
 * colonia covers them), so every point, line and polygon lies in its colonia.
 */
import type { SqlRunner, UpsertCounts } from './territorial-model.seed';
import { compareCodePoints } from './territorial-model.plan';
import { ownColoniaGeomSql } from '../src/geo/spatial-sql';
import {
  apportion,
  multiset,
  prng,
  shuffle,
  type PlannedBeneficiary,
  type ProgramFigures,
  type TerritorialColonias,
} from './program.plan';
import { upsertCounted } from './program-upsert';

export interface PlacesSeedReport {
  workshops: UpsertCounts;
  agendas: UpsertCounts;
  agendaProjects: UpsertCounts;
  ecosSchools: UpsertCounts;
  ecosFacilitators: UpsertCounts;
  improvements: UpsertCounts;
  mercomunaPoints: UpsertCounts;
}

/**
 * A point inside colonia `c` and in no unit nested in it (so `locate` answers
 * that colonia), the same for the same seed (> 0).
 */
const pointInColonia = (seedExpr: string) =>
  `ST_GeometryN(ST_GeneratePoints(${ownColoniaGeomSql('c')}, 1, ${seedExpr}), 1)`;

const AGENDA_PROJECTS = [
  'Alumbrado de calles y andadores',
  'Rescate de áreas verdes',
  'Murales comunitarios',
  'Huerto urbano',
  'Recuperación de cancha deportiva',
  'Sendero seguro a la escuela',
  'Centro de acopio de reciclables',
  'Talleres culturales para jóvenes',
  'Rehabilitación de la plaza',
];

const EDUCATION_RANK: Record<string, number> = { LICENCIATURA: 3, BACHILLERATO: 2, SECUNDARIA: 1, PRIMARIA: 0 };

/** A weekday (Mon–Fri) between two ISO dates, picked by `u` in [0, 1). */
function weekdayBetween(from: string, to: string, u: number): string {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t);
    if (day.getUTCDay() >= 1 && day.getUTCDay() <= 5) days.push(day.toISOString().slice(0, 10));
  }
  return days[Math.floor(u * days.length)];
}

const key = (prefix: string, n: number, width = 3) => `${prefix}${String(n).padStart(width, '0')}`;

export async function seedPlaces(
  db: SqlRunner,
  figures: ProgramFigures,
  territorialList: readonly TerritorialColonias[],
  beneficiaries: readonly PlannedBeneficiary[],
  year: number,
): Promise<PlacesSeedReport> {
  const territoriales = [...territorialList]
    .sort((a, b) => compareCodePoints(a.nombre, b.nombre))
    .map((t) => ({ ...t, colonias: [...t.colonias].sort((a, b) => compareCodePoints(a.clave, b.clave)) }));
  const allColonias = territoriales.flatMap((t) => t.colonias.map((c) => c.clave)).sort(compareCodePoints);
  return {
    ...(await seedWorkshopsAndAgendas(db, figures, territoriales, year)),
    ...(await seedEcos(db, figures, territoriales, beneficiaries, year)),
    improvements: await seedImprovements(db, figures, allColonias, year),
    mercomunaPoints: await seedMercomuna(db, figures, allColonias),
  };
}

/**
 * Workshops in the report's 38 colonias (spread evenly over the territoriales),
 * two per colonia: one in person before the lockdown, then a virtual one — or,
 * for a third of them, in person again in the autumn. Participants sum to the
 * report's ≈600 exactly. Each of those colonias has an agenda: the report's 20
 * finished, 10 of which are implementing projects (so 10 COMPLETED and 10
 * IMPLEMENTING), the other 18 in progress.
 */
async function seedWorkshopsAndAgendas(
  db: SqlRunner,
  figures: ProgramFigures,
  territoriales: TerritorialColonias[],
  year: number,
) {
  const planning = figures.participatory_planning;
  const perTerritorial = apportion(
    planning.colonias_with_workshops,
    territoriales.map(() => 1),
  );
  const colonias = territoriales.flatMap((t, i) =>
    shuffle(t.colonias, 2020_100 + i)
      .slice(0, perTerritorial[i])
      .map((c) => c.clave),
  );
  const random = prng(2020_110);
  const workshops = colonias.flatMap((colonia, j) => [
    { colonia, modality: 'PRESENCIAL', heldOn: weekdayBetween(`${year}-02-03`, `${year}-03-20`, random()) },
    j % 3 === 2
      ? { colonia, modality: 'PRESENCIAL', heldOn: weekdayBetween(`${year}-09-14`, `${year}-11-27`, random()) }
      : { colonia, modality: 'VIRTUAL', heldOn: weekdayBetween(`${year}-05-04`, `${year}-08-28`, random()) },
  ]);
  const participants = apportion(
    planning.participants_approx,
    workshops.map(() => 0.5 + random()),
  );
  const workshopCounts = await upsertCounted(
    db,
    `INSERT INTO workshop AS w (clave, colonia_id, territorial_id, held_on, modality, participants, location)
     SELECT s.clave, c.id, c.territorial_id, s.held_on, s.modality, s.participants,
            CASE WHEN s.modality = 'PRESENCIAL' THEN ${pointInColonia('s.seed')} END
       FROM unnest($1::text[], $2::text[], $3::date[], $4::text[], $5::int[], $6::int[])
            AS s(clave, colonia, held_on, modality, participants, seed)
       JOIN colonia c ON c.clave = s.colonia
     ON CONFLICT (clave) DO UPDATE SET colonia_id = EXCLUDED.colonia_id, territorial_id = EXCLUDED.territorial_id,
       held_on = EXCLUDED.held_on, modality = EXCLUDED.modality, participants = EXCLUDED.participants, location = EXCLUDED.location
     WHERE (w.colonia_id, w.territorial_id, w.held_on, w.modality, w.participants, w.location)
       IS DISTINCT FROM (EXCLUDED.colonia_id, EXCLUDED.territorial_id, EXCLUDED.held_on, EXCLUDED.modality, EXCLUDED.participants, EXCLUDED.location)
     RETURNING (xmax = 0) AS created`,
    [
      workshops.map((_, i) => key(`TAL-${year}-`, i + 1)),
      workshops.map((w) => w.colonia),
      workshops.map((w) => w.heldOn),
      workshops.map((w) => w.modality),
      participants,
      workshops.map((_, i) => 1000 + i),
    ],
    workshops.length,
  );

  // The report's implementing agendas are among its finished ones ("De éstas 20 ya cuentan con sus Agendas …
  // terminadas y 10 ya están implementando proyectos"): COMPLETED is finished and not implementing.
  const finished = planning.agendas_desarrollo_local_completed;
  const inProgress = colonias.length - finished;
  const statuses = shuffle(
    multiset([
      ['COMPLETED', finished - planning.agendas_implementing_projects],
      ['IMPLEMENTING', planning.agendas_implementing_projects],
      ['IN_PROGRESS', inProgress],
    ]),
    2020_120,
  );
  const agendaClaves = colonias.map((_, i) => key(`ADL-${year}-`, i + 1));
  const agendas = await upsertCounted(
    db,
    `INSERT INTO agenda AS a (clave, colonia_id, program_year, status)
     SELECT s.clave, c.id, $4, s.status FROM unnest($1::text[], $2::text[], $3::text[]) AS s(clave, colonia, status)
       JOIN colonia c ON c.clave = s.colonia
     ON CONFLICT (clave) DO UPDATE SET colonia_id = EXCLUDED.colonia_id, program_year = EXCLUDED.program_year, status = EXCLUDED.status
     WHERE (a.colonia_id, a.program_year, a.status) IS DISTINCT FROM (EXCLUDED.colonia_id, EXCLUDED.program_year, EXCLUDED.status)
     RETURNING (xmax = 0) AS created`,
    [agendaClaves, colonias, statuses, year],
    colonias.length,
  );
  const projectRandom = prng(2020_130);
  const projects = agendaClaves.flatMap((agenda, i) => {
    if (statuses[i] === 'IN_PROGRESS') return [];
    const count = 1 + Math.floor(projectRandom() * 3);
    return shuffle(AGENDA_PROJECTS, 2020_140 + i)
      .slice(0, count)
      .map((nombre, p) => ({ agenda, position: p + 1, nombre }));
  });
  const agendaProjects = await upsertCounted(
    db,
    `INSERT INTO agenda_project AS p (agenda_id, position, nombre)
     SELECT a.id, s.position, s.nombre FROM unnest($1::text[], $2::int[], $3::text[]) AS s(agenda, position, nombre)
       JOIN agenda a ON a.clave = s.agenda
     ON CONFLICT (agenda_id, position) DO UPDATE SET nombre = EXCLUDED.nombre WHERE p.nombre IS DISTINCT FROM EXCLUDED.nombre
     RETURNING (xmax = 0) AS created`,
    [projects.map((p) => p.agenda), projects.map((p) => p.position), projects.map((p) => p.nombre)],
    projects.length,
  );
  return { workshops: workshopCounts, agendas, agendaProjects };
}

/**
 * The report's 15 ECOS over the 13 territoriales (one each, a second in the two
 * with most beneficiaries) and its 70 facilitators trained in popular
 * education, chosen among each territorial's beneficiaries by schooling.
 */
async function seedEcos(
  db: SqlRunner,
  figures: ProgramFigures,
  territoriales: TerritorialColonias[],
  beneficiaries: readonly PlannedBeneficiary[],
  year: number,
) {
  const extra = figures.ecos.schools - territoriales.length;
  const largest = [...figures.beneficiaries_by_territorial].sort(
    (a, b) => b.total - a.total || compareCodePoints(a.territorial, b.territorial),
  );
  const twice = new Set(largest.slice(0, Math.max(0, extra)).map((t) => t.territorial));
  const random = prng(2020_150);
  const schools = territoriales.flatMap((t, i) =>
    shuffle(t.colonias, 2020_160 + i)
      .slice(0, twice.has(t.nombre) ? 2 : 1)
      .map((c) => ({
        territorial: t.nombre,
        colonia: c,
        sessions: 8 + Math.floor(random() * 8),
        participants: 15 + Math.floor(random() * 26),
      })),
  );
  const claves = schools.map((_, i) => key(`ECOS-${year}-`, i + 1, 2));
  const ecosSchools = await upsertCounted(
    db,
    `INSERT INTO ecos_school AS e (clave, nombre, location, colonia_id, territorial_id, program_year, sessions, participants)
     SELECT s.clave, s.nombre, ${pointInColonia('s.seed')}, c.id, c.territorial_id, $7, s.sessions, s.participants
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[]) AS s(clave, nombre, colonia, sessions, participants, seed)
       JOIN colonia c ON c.clave = s.colonia
     ON CONFLICT (clave) DO UPDATE SET nombre = EXCLUDED.nombre, location = EXCLUDED.location, colonia_id = EXCLUDED.colonia_id,
       territorial_id = EXCLUDED.territorial_id, program_year = EXCLUDED.program_year, sessions = EXCLUDED.sessions, participants = EXCLUDED.participants
     WHERE (e.nombre, e.location, e.colonia_id, e.territorial_id, e.program_year, e.sessions, e.participants)
       IS DISTINCT FROM (EXCLUDED.nombre, EXCLUDED.location, EXCLUDED.colonia_id, EXCLUDED.territorial_id, EXCLUDED.program_year, EXCLUDED.sessions, EXCLUDED.participants)
     RETURNING (xmax = 0) AS created`,
    [
      claves,
      schools.map((s) => `ECOS ${s.colonia.nombre}`),
      schools.map((s) => s.colonia.clave),
      schools.map((s) => s.sessions),
      schools.map((s) => s.participants),
      schools.map((_, i) => 2000 + i),
      year,
    ],
    schools.length,
  );

  const perSchool = apportion(
    figures.ecos.facilitators_trained_in_popular_education,
    schools.map(() => 1),
  );
  const used = new Set<string>();
  const pairs = schools.flatMap((school, i) => {
    const candidates = shuffle(
      beneficiaries.filter((b) => b.territorialNombre === school.territorial && !used.has(b.folio)),
      2020_170 + i,
    )
      .sort((a, b) => EDUCATION_RANK[b.education] - EDUCATION_RANK[a.education])
      .slice(0, perSchool[i]);
    if (candidates.length < perSchool[i])
      throw new Error(`not enough beneficiaries in ${school.territorial} to train ${perSchool[i]} facilitators`);
    candidates.forEach((b) => used.add(b.folio));
    return candidates.map((b) => ({ school: claves[i], folio: b.folio }));
  });
  const ecosFacilitators = await upsertCounted(
    db,
    `INSERT INTO ecos_school_facilitator (ecos_school_id, beneficiary_id)
     SELECT e.id, b.id FROM unnest($1::text[], $2::text[]) AS s(school, folio)
       JOIN ecos_school e ON e.clave = s.school JOIN beneficiary b ON b.folio = s.folio
     ON CONFLICT (ecos_school_id, beneficiary_id) DO NOTHING
     RETURNING (xmax = 0) AS created`,
    [pairs.map((p) => p.school), pairs.map((p) => p.folio)],
    pairs.length,
  );
  return { ecosSchools, ecosFacilitators };
}

/** Dates of `count` works between two dates, in order. */
function datesBetween(count: number, from: string, to: string, seed: number): string[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => weekdayBetween(from, to, random())).sort(compareCodePoints);
}

/**
 * The report's caminos, ludicalles and utopías; none of the kinds it marks
 * "sin dato" (lavamanos, pipas). Each work goes to the next colonia of a
 * seeded order whose polygon covers the drawn geometry: lines between two
 * generated points (clipped to `size` degrees), utopías as a small
 * polygon of radius `size` degrees (≈ 90 m) around a generated point.
 */
async function seedImprovements(
  db: SqlRunner,
  figures: ProgramFigures,
  colonias: string[],
  year: number,
): Promise<UpsertCounts> {
  const report = figures.public_space_improvements;
  const kinds = [
    {
      kind: 'CAMINO_MUJERES_LIBRES_SEGURAS',
      count: report['CAMINOS DE MUJERES LIBRES Y SEGURAS'],
      prefix: 'CAM',
      nombre: 'Camino de mujeres libres y seguras, ',
      size: 0.006,
      seed: 2020_200,
      from: `${year}-03-02`,
      to: `${year}-12-18`,
    },
    {
      kind: 'LUDICALLE',
      count: report.LUDICALLES,
      prefix: 'LUD',
      nombre: 'Ludicalle ',
      size: 0.0015,
      seed: 2020_210,
      from: `${year}-09-01`,
      to: `${year}-12-18`,
    },
    {
      kind: 'UTOPIA',
      count: report.UTOPIAS,
      prefix: 'UTO',
      nombre: 'Utopía ',
      size: 0.0008,
      seed: 2020_220,
      from: `${year}-01-13`,
      to: `${year}-12-18`,
    },
  ];
  const total: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const k of kinds) {
    if (k.count == null) continue; // "sin dato": nothing to seed
    const drawn =
      k.kind === 'UTOPIA'
        ? `SELECT ST_Buffer(${pointInColonia('$4 + cand.ord::int')}, $5, 'quad_segs=4') AS geom, 1 AS k`
        : `SELECT ST_LineSubstring(seg, 0, LEAST(1, $5 / ST_Length(seg))) AS geom, k
             FROM (SELECT ST_MakeLine(ST_GeometryN(pts, 2 * k - 1), ST_GeometryN(pts, 2 * k)) AS seg, k
                     FROM (SELECT ST_GeneratePoints(${ownColoniaGeomSql('c')}, 8, $4 + cand.ord::int) AS pts) g, generate_series(1, 4) k) s
            WHERE ST_Length(seg) > 0`;
    const counts = await upsertCounted(
      db,
      `INSERT INTO public_space_improvement AS i (clave, nombre, kind, geom, colonia_id, territorial_id, built_on, status)
       SELECT $6 || lpad(n::text, 3, '0'), $7 || nombre, $3, geom, colonia_id, territorial_id, ($8::date[])[n::int], 'COMPLETED'
         FROM (SELECT row_number() OVER (ORDER BY ord) AS n, * FROM (
                 SELECT cand.ord, c.id AS colonia_id, c.territorial_id, c.nombre, d.geom
                   FROM unnest($1::text[]) WITH ORDINALITY AS cand(clave, ord)
                   JOIN colonia c ON c.clave = cand.clave
                   CROSS JOIN LATERAL (SELECT geom FROM (${drawn}) x WHERE ST_Covers(${ownColoniaGeomSql('c')}, x.geom) ORDER BY x.k LIMIT 1) d
                  ORDER BY cand.ord LIMIT $2) chosen) numbered
       ON CONFLICT (clave) DO UPDATE SET nombre = EXCLUDED.nombre, kind = EXCLUDED.kind, geom = EXCLUDED.geom, colonia_id = EXCLUDED.colonia_id,
         territorial_id = EXCLUDED.territorial_id, built_on = EXCLUDED.built_on, status = EXCLUDED.status
       WHERE (i.nombre, i.kind, i.geom, i.colonia_id, i.territorial_id, i.built_on, i.status)
         IS DISTINCT FROM (EXCLUDED.nombre, EXCLUDED.kind, EXCLUDED.geom, EXCLUDED.colonia_id, EXCLUDED.territorial_id, EXCLUDED.built_on, EXCLUDED.status)
       RETURNING (xmax = 0) AS created`,
      [
        shuffle(colonias, k.seed),
        k.count,
        k.kind,
        k.seed,
        k.size,
        `${k.prefix}-${year}-`,
        k.nombre,
        datesBetween(k.count, k.from, k.to, k.seed + 1),
      ],
      k.count,
    );
    total.created += counts.created;
    total.updated += counts.updated;
    total.unchanged += counts.unchanged;
  }
  const [{ n }] = await db.query(
    `SELECT count(*)::int AS n FROM public_space_improvement WHERE clave LIKE ANY($1::text[])`,
    [kinds.map((k) => `${k.prefix}-${year}-%`)],
  );
  const expected = kinds.reduce((sum, k) => sum + (k.count ?? 0), 0);
  if (n !== expected)
    throw new Error(`seeded ${n} public-space improvements instead of ${expected}: not enough colonias could hold one`);
  return total;
}

/** The report's Mercomuna points: Liconsa dairies in April–May, other points in September–December. */
async function seedMercomuna(db: SqlRunner, figures: ProgramFigures, colonias: string[]): Promise<UpsertCounts> {
  const periods = [
    {
      period: 'APR_MAY',
      kind: 'LECHERIA_LICONSA',
      count: figures.mercomuna.delivery_points_apr_may,
      prefix: 'MER-AM-',
      nombre: 'Lechería Liconsa ',
      seed: 2020_300,
    },
    {
      period: 'SEP_DEC',
      kind: 'OTHER',
      count: figures.mercomuna.delivery_points_sep_dec,
      prefix: 'MER-SD-',
      nombre: 'Punto Mercomuna ',
      seed: 2020_310,
    },
  ];
  const points = periods.flatMap((p) => {
    const order = shuffle(colonias, p.seed);
    return Array.from({ length: p.count }, (_, i) => ({
      ...p,
      clave: key(p.prefix, i + 1),
      colonia: order[i % order.length],
      seed: p.seed + i,
    }));
  });
  return upsertCounted(
    db,
    `INSERT INTO mercomuna_point AS m (clave, nombre, location, period, kind, colonia_id, territorial_id)
     SELECT s.clave, s.nombre || c.nombre || ' (demo)', ${pointInColonia('s.seed')}, s.period, s.kind, c.id, c.territorial_id
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS s(clave, nombre, colonia, period, kind, seed)
       JOIN colonia c ON c.clave = s.colonia
     ON CONFLICT (clave) DO UPDATE SET nombre = EXCLUDED.nombre, location = EXCLUDED.location, period = EXCLUDED.period,
       kind = EXCLUDED.kind, colonia_id = EXCLUDED.colonia_id, territorial_id = EXCLUDED.territorial_id
     WHERE (m.nombre, m.location, m.period, m.kind, m.colonia_id, m.territorial_id)
       IS DISTINCT FROM (EXCLUDED.nombre, EXCLUDED.location, EXCLUDED.period, EXCLUDED.kind, EXCLUDED.colonia_id, EXCLUDED.territorial_id)
     RETURNING (xmax = 0) AS created`,
    [
      points.map((p) => p.clave),
      points.map((p) => p.nombre),
      points.map((p) => p.colonia),
      points.map((p) => p.period),
      points.map((p) => p.kind),
      points.map((p) => p.seed),
    ],
    points.length,
  );
}
