import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { ProgramYear } from './program-year.entity';
import { PublicSpaceKind } from '../public-space/public-space.enums';
import { BENEFICIARY_BREAKDOWN_COLUMNS, coverageFiguresSql } from './coverage.sql';
export const scopeCacheKey = (s) => `${s.kind}:${s.id}:${s.from ?? ''}:${s.to ?? ''}`;
/**
 * Every coverage figure a request asks for, for every scope, in one
 * statement: the batch collects the (group, scope) pairs of the tick and
 * runs `coverageFiguresSql` with the groups asked for over the scopes asked
 * for (each scope travels once, as array elements; rows come back with `k`,
 * its 1-based position, and `g`, the group).
 */
function figureRowsLoader(dataSource) {
    return new DataLoader(async (keys) => {
        const scopes = new Map();
        for (const { scope } of keys) {
            const key = scopeCacheKey(scope);
            if (!scopes.has(key))
                scopes.set(key, { position: scopes.size + 1, scope });
        }
        const groups = [...new Set(keys.map((k) => k.group))];
        const list = [...scopes.values()].map((s) => s.scope);
        const rows = await dataSource.query(coverageFiguresSql(groups), [
            list.map((s) => s.kind),
            list.map((s) => s.id),
            list.map((s) => s.from),
            list.map((s) => s.to),
        ]);
        const found = new Map();
        for (const row of rows) {
            const key = `${row.g}|${row.k}`;
            const bucket = found.get(key);
            if (bucket)
                bucket.push(row.v);
            else
                found.set(key, [row.v]);
        }
        return keys.map(({ group, scope }) => found.get(`${group}|${scopes.get(scopeCacheKey(scope)).position}`) ?? []);
    }, { cacheKeyFn: (k) => `${k.group}|${scopeCacheKey(k.scope)}` });
}
function figureLoader(rows, group, shape) {
    const shaped = new Map();
    return {
        load(scope) {
            const key = scopeCacheKey(scope);
            let value = shaped.get(key);
            if (!value) {
                value = rows.load({ group, scope }).then(shape);
                shaped.set(key, value);
            }
            return value;
        },
    };
}
function breakdown(columns, row) {
    return Object.entries(columns).map(([key, column]) => ({ key, count: row?.[column] ?? 0 }));
}
function toBeneficiaryCoverage([row]) {
    return {
        total: row?.total ?? 0,
        byRole: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.byRole, row),
        bySex: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.bySex, row),
        byAgeGroup: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.byAgeGroup, row),
        byEducation: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.byEducation, row),
        byOccupation: breakdown(BENEFICIARY_BREAKDOWN_COLUMNS.byOccupation, row),
    };
}
const KIND_ORDER = Object.values(PublicSpaceKind);
/** Per-request loaders of every coverage figure, keyed by scope and window; all of a request's figures cost one statement. */
export function createCoverageLoaders(dataSource) {
    const rows = figureRowsLoader(dataSource);
    return {
        beneficiaries: figureLoader(rows, 'beneficiaries', toBeneficiaryCoverage),
        attendance: figureLoader(rows, 'attendance', ([row]) => ({ colonias: (row?.colonias ?? 0), attended: (row?.attended ?? 0) })),
        workshops: figureLoader(rows, 'workshops', ([row]) => ({
            count: row?.count ?? 0,
            participants: row?.participants ?? 0,
            colonias: row?.colonias ?? 0,
        })),
        agendas: figureLoader(rows, 'agendas', ([row]) => ({
            inProgress: row?.in_progress ?? 0,
            completed: row?.completed ?? 0,
            implementing: row?.implementing ?? 0,
        })),
        ecos: figureLoader(rows, 'ecos', ([row]) => ({ schools: (row?.schools ?? 0), facilitators: (row?.facilitators ?? 0) })),
        improvements: figureLoader(rows, 'improvements', (list) => list.map((r) => ({ kind: r.kind, count: r.n })).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))),
        activity: figureLoader(rows, 'activity', ([row]) => ({
            activities: Number(row?.activities ?? 0),
            peopleReached: Number(row?.people_reached ?? 0),
        })),
        payments: figureLoader(rows, 'payments', ([row]) => row?.total ?? 0),
        programYear: new DataLoader(async (years) => {
            const found = await dataSource.getRepository(ProgramYear).findBy({ year: In([...years]) });
            return years.map((year) => found.find((r) => r.year === year) ?? null);
        }),
    };
}
