import { authHeaders } from '../helpers/auth';
import { factories, uniqueKey } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { places, writeState, type Places } from '../helpers/write-fixtures';
import { expectError } from '../helpers/test-server';
import {
  WriteActivityCoverageMarch2021Document,
  WriteActivityPeopleReachedDocument,
  WriteAuditLogDocument,
  WriteBeneficiaryBajaDocument,
  WriteCreateActivityDocument,
  WriteCreateAgendaDocument,
  WriteCreateBeneficiaryDocument,
  WriteCreateEcosSchoolDocument,
  WriteCreateImprovementDocument,
  WriteCreateMercomunaPointDocument,
  WriteCreatePaymentDocument,
  WriteCreateWorkshopDocument,
  WriteDeleteActivityDocument,
  WriteDeleteAgendaDocument,
  WriteDeleteBeneficiaryDocument,
  WriteDeleteEcosSchoolDocument,
  WriteDeleteImprovementDocument,
  WriteDeleteMercomunaPointDocument,
  WriteDeleteWorkshopDocument,
  WriteImprovementCountsDocument,
  WriteMoveBeneficiaryDocument,
  WriteMoveMercomunaPointDocument,
  WriteMoveMercomunaPointToColoniaDocument,
  WriteRenameAndMoveMercomunaPointDocument,
  WriteRenameColoniaDocument,
  WriteRenameMercomunaPointDocument,
  WriteRenameTerritorialDocument,
  WriteReplaceAgendaProjectsDocument,
  WriteWorkshopVirtualDocument,
} from '../graphql/generated';

/**
 * The write path end to end on the shared seeded database: each mutation
 * writes in one transaction with its audit entry, updates check `version`,
 * OPERATORs write only in their territorial. Rows come from the factories
 * (tests/helpers/factories.ts), which delete them and their audit entries
 * after each test and restore the seeded rows a test touches, so the demo
 * figures other files compare with stay as seeded (checked after the file).
 */

let server: TestServer;
let at: Places;
let operator03: Record<string, string>;
let operator04: Record<string, string>;
let admin: Record<string, string>;
let analyst: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  at = await places(server.dataSource);
  operator03 = await authHeaders('OPERATOR', 'TER-03', 'test:operator-03');
  operator04 = await authHeaders('OPERATOR', 'TER-04', 'test:operator-04');
  admin = await authHeaders('ADMIN', undefined, 'test:admin');
  analyst = await authHeaders('ANALYST');
});
// Creates as the TER-03 operator unless told otherwise; after the file, every written table is as before it.
const make = factories(() => server, { headers: () => operator03, checkWriteState: true });
afterAll(async () => {
  await server.close();
});

const q = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);

async function auditOf(
  entity: string,
  id: number | string,
): Promise<{ operation: string; actor: string; changes: any }[]> {
  return q('SELECT operation, actor, changes FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id', [
    entity,
    Number(id),
  ]);
}

/** A Mercomuna point through the API (nombre "Tienda de prueba", a unique clave), as `headers` or the TER-03 operator. */
const mercomunaPoint = (location: Places['ter03']['point'], headers?: Record<string, string>) =>
  make.api.mercomunaPoint({ location }, { document: WriteCreateMercomunaPointDocument, headers });

describe('create, update, delete with audit trail and versions', () => {
  it('Mercomuna point: placed by PostGIS, versioned, audited; delete leaves no row', async () => {
    const before = await writeState(server.dataSource);
    const clave = uniqueKey('MER');
    const created = await make.api.mercomunaPoint(
      { clave, location: at.ter03.point },
      { document: WriteCreateMercomunaPointDocument },
    );
    expect(created.errors).toBeUndefined();
    const point = created.data.createMercomunaPoint;
    expect(point).toMatchObject({
      clave,
      version: 1,
      colonia: { id: String(at.ter03.coloniaId) },
      territorial: { clave: 'TER-03' },
    });
    expect(point.location.coordinates[0]).toBeCloseTo(at.ter03.point.coordinates[0], 6);

    const updated = await server.gql(
      WriteRenameAndMoveMercomunaPointDocument,
      { id: point.id, v: 1, location: at.ter03b.point },
      operator03,
    );
    expect(updated.errors).toBeUndefined();
    // A new location without coloniaId: the colonia follows it.
    expect(updated.data.updateMercomunaPoint).toEqual({
      version: 2,
      nombre: 'Tienda renombrada',
      colonia: { id: String(at.ter03b.coloniaId) },
    });

    const deleted = await server.gql(WriteDeleteMercomunaPointDocument, { id: point.id, v: 2 }, operator03);
    expect(deleted.data.deleteMercomunaPoint).toBe(point.id);

    const trail = await auditOf('mercomuna_point', point.id);
    expect(trail.map((t) => [t.operation, t.actor])).toEqual([
      ['CREATE', 'test:operator-03'],
      ['UPDATE', 'test:operator-03'],
      ['DELETE', 'test:operator-03'],
    ]);
    expect(trail[0].changes.clave).toEqual({ before: null, after: clave });
    expect(Object.keys(trail[1].changes).sort()).toEqual(['coloniaId', 'location', 'nombre']);
    expect(trail[1].changes.nombre).toEqual({ before: 'Tienda de prueba', after: 'Tienda renombrada' });
    expect(trail[2].changes.clave).toEqual({ before: clave, after: null });
    const after = await writeState(server.dataSource);
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    expect(after.audit_log).toBe((before.audit_log as number) + 3);
  });

  it('a CURP enrolled in another territorial is refused without confirming the enrolment or saying where', async () => {
    const person = (folio: string, coloniaId: number) =>
      ({
        folio,
        programYear: 2020,
        role: 'PROMOTOR_COMUNITARIO',
        sex: 'MUJER',
        birthDate: '1990-02-03',
        education: 'BACHILLERATO',
        occupation: 'HOGAR',
        coloniaId: String(coloniaId),
        fullName: 'Persona de prueba',
        curp: 'PEPA900203MDFRRN01',
      }) as const;
    const elsewhere = await make.api.beneficiary(person(uniqueKey('BEN'), at.ter04.coloniaId), {
      document: WriteCreateBeneficiaryDocument,
      headers: operator04,
    });
    expect(elsewhere.errors).toBeUndefined();
    const before = await q('SELECT count(*)::int AS n FROM beneficiary');
    const again = await make.api.beneficiary(person(uniqueKey('BEN'), at.ter03.coloniaId), {
      document: WriteCreateBeneficiaryDocument,
      headers: operator03,
    });
    expectError(again, 'CONFLICT', 'curp cannot be used for a new enrolment in that program year');
    expect(again.errors![0].message).not.toMatch(/enrolled|TER-04|territorial|Persona/i);
    expect(await q('SELECT count(*)::int AS n FROM beneficiary')).toEqual(before);
    const id = elsewhere.data.createBeneficiary.id;
    expect((await server.gql(WriteDeleteBeneficiaryDocument, { id, v: 1 }, operator04)).errors).toBeUndefined();
  });

  it('beneficiary with a payment row: personal data and SQL-like text stored literally; delete cascades the payment and records it', async () => {
    const name = `Robert'); DROP TABLE beneficiary; -- "x" \\ %_`;
    const folio = uniqueKey('BEN');
    const created = await make.api.beneficiary(
      {
        folio,
        programYear: 2020,
        role: 'PROMOTOR_COMUNITARIO',
        sex: 'MUJER',
        birthDate: '1991-05-17',
        education: 'BACHILLERATO',
        occupation: 'HOGAR',
        coloniaId: String(at.ter03.coloniaId),
        fullName: name,
        curp: 'GOPA910517MDFRRN09',
        phone: '55 1234 5678',
        address: "Calle 5 de Mayo 12, Int. 'B'",
      },
      {
        document: WriteCreateBeneficiaryDocument,
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.createBeneficiary.id;
    expect(created.data.createBeneficiary).toMatchObject({
      folio,
      version: 1,
      ageGroup: 'AGE_18_29',
      status: 'ACTIVE',
      territorial: { clave: 'TER-03' },
    });
    const [stored] = await q('SELECT full_name, address FROM beneficiary WHERE id = $1', [id]);
    expect(stored).toEqual({ full_name: name, address: "Calle 5 de Mayo 12, Int. 'B'" });

    const payment = await make.api.payment(
      { beneficiaryId: id, row: 1, month: '2020-02-01', amount: 6000 },
      { document: WriteCreatePaymentDocument },
    );
    expect(payment.data.createPayment).toMatchObject({ row: 1, amount: 6000, version: 1 });

    const baja = await server.gql(WriteBeneficiaryBajaDocument, { id }, operator03);
    expect(baja.data.updateBeneficiary).toEqual({ status: 'BAJA', bajaOn: '2020-06-30', version: 2 });

    const deleted = await server.gql(WriteDeleteBeneficiaryDocument, { id, v: 2 }, operator03);
    expect(deleted.errors).toBeUndefined();
    expect(await q('SELECT count(*)::int AS n FROM payment WHERE beneficiary_id = $1', [id])).toEqual([{ n: 0 }]);
    const trail = await auditOf('beneficiary', id);
    expect(trail.map((t) => t.operation)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(trail[0].changes.fullName.after).toBe(name);
    expect(trail[1].changes).toEqual({
      status: { before: 'ACTIVE', after: 'BAJA' },
      bajaOn: { before: null, after: '2020-06-30' },
    });
    expect(trail[2].changes.payments.before).toEqual([
      { id: Number(payment.data.createPayment.id), row: 1, month: '2020-02-01', amount: 6000 },
    ]);
  });

  it('workshop: PRESENCIAL with a venue, then VIRTUAL (location cleared), then deleted', async () => {
    const clave = uniqueKey('TAL');
    const created = await make.api.workshop(
      {
        clave,
        heldOn: '2020-03-02',
        modality: 'PRESENCIAL',
        participants: 12,
        location: at.ter03.point,
        coloniaId: String(at.ter03.coloniaId),
      },
      {
        document: WriteCreateWorkshopDocument,
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.createWorkshop.id;
    const virtual = await server.gql(WriteWorkshopVirtualDocument, { id }, operator03);
    expect(virtual.data.updateWorkshop).toEqual({
      modality: 'VIRTUAL',
      location: null,
      version: 2,
      colonia: { id: String(at.ter03.coloniaId) },
    });
    expect((await server.gql(WriteDeleteWorkshopDocument, { id, v: 2 }, operator03)).errors).toBeUndefined();
    expect(await q('SELECT count(*)::int AS n FROM workshop WHERE clave = $1', [clave])).toEqual([{ n: 0 }]);
  });

  it('agenda with projects: the list is replaced on update and recorded on the agenda’s audit entries', async () => {
    // A program year the colonia has no agenda for (the factory's default).
    const created = await make.api.agenda(
      { coloniaId: String(at.ter03.coloniaId), status: 'IN_PROGRESS', projects: ['Alumbrado', 'Huerto urbano'] },
      {
        document: WriteCreateAgendaDocument,
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.createAgenda.id;
    expect(created.data.createAgenda.projects).toEqual([
      { position: 1, nombre: 'Alumbrado' },
      { position: 2, nombre: 'Huerto urbano' },
    ]);
    const updated = await server.gql(WriteReplaceAgendaProjectsDocument, { id }, operator03);
    expect(updated.data.updateAgenda).toEqual({ version: 2, projects: [{ nombre: 'Murales' }] });
    await server.gql(WriteDeleteAgendaDocument, { id, v: 2 }, operator03);
    const trail = await auditOf('agenda', id);
    expect(trail.map((t) => [t.operation, t.changes.projects])).toEqual([
      ['CREATE', { before: null, after: ['Alumbrado', 'Huerto urbano'] }],
      ['UPDATE', { before: ['Alumbrado', 'Huerto urbano'], after: ['Murales'] }],
      ['DELETE', { before: ['Murales'], after: null }],
    ]);
    expect(await q('SELECT count(*)::int AS n FROM agenda_project WHERE agenda_id = $1', [id])).toEqual([{ n: 0 }]);
  });

  it('ECOS school: a failure after the first INSERT (unknown facilitator) leaves no trace; with valid facilitators it is written', async () => {
    // One clave for both: the failed create leaves nothing that would collide with the second.
    const input = {
      clave: uniqueKey('ECOS'),
      nombre: 'Escuela de prueba',
      location: at.ter03.point,
      programYear: 2020,
      sessions: 4,
      participants: 30,
    };
    const before = await writeState(server.dataSource);
    const failed = await make.api.ecosSchool(
      { ...input, facilitatorIds: [String(at.beneficiary03), '2000000000'] },
      { document: WriteCreateEcosSchoolDocument },
    );
    expectError(failed, 'BAD_USER_INPUT', 'facilitatorIds');
    expect(await writeState(server.dataSource)).toEqual(before);

    const ok = await make.api.ecosSchool(
      { ...input, facilitatorIds: [String(at.beneficiary03)] },
      { document: WriteCreateEcosSchoolDocument },
    );
    expect(ok.errors).toBeUndefined();
    const id = ok.data.createEcosSchool.id;
    expect(await q('SELECT beneficiary_id FROM ecos_school_facilitator WHERE ecos_school_id = $1', [id])).toEqual([
      { beneficiary_id: at.beneficiary03 },
    ]);
    await server.gql(WriteDeleteEcosSchoolDocument, { id, v: 1 }, operator03);
    expect(await writeState(server.dataSource)).toEqual({ ...before, audit_log: (before.audit_log as number) + 2 });
  });

  it('improvement: the first LAVAMANOS makes the kind tracked (its count turns from null to a number)', async () => {
    const lavamanos = async () =>
      (
        await server.gql(WriteImprovementCountsDocument, { c: String(at.ter03.coloniaId) }, admin)
      ).data.coverage.improvements.find((i) => i.kind === 'LAVAMANOS')!.count;
    expect(await lavamanos()).toBeNull();
    // The factory sets LAVAMANOS back to untracked after the test (no lavamanos left).
    const created = await make.api.improvement(
      {
        nombre: 'Lavamanos del tianguis',
        kind: 'LAVAMANOS',
        geometry: at.ter03.point,
        builtOn: '2020-05-04',
        status: 'COMPLETED',
      },
      {
        document: WriteCreateImprovementDocument,
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createImprovement.colonia).toEqual({ id: String(at.ter03.coloniaId) });
    expect(await lavamanos()).toBe(1);
    await server.gql(WriteDeleteImprovementDocument, { id: created.data.createImprovement.id, v: 1 }, operator03);
    expect(await lavamanos()).toBe(0); // tracked: now a real zero
  });

  it('activity: coverage (from the rollup) counts a created activity at once and forgets a deleted one', async () => {
    const coverage = async () =>
      (await server.gql(WriteActivityCoverageMarch2021Document, { c: String(at.ter03.coloniaId) }, admin)).data
        .coverage;
    const before = await coverage();
    const created = await make.api.activity(
      {
        heldOn: '2021-03-15',
        beneficiaryId: String(at.beneficiary03),
        coloniaId: String(at.ter03.coloniaId),
        kind: 'ASAMBLEA_COMUNITARIA',
        peopleReached: 17,
      },
      {
        document: WriteCreateActivityDocument,
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createActivity).toMatchObject({ seq: 1, version: 1 });
    expect(await coverage()).toEqual({ activities: before.activities + 1, peopleReached: before.peopleReached + 17 });
    const id = created.data.createActivity.id;
    const moved = await server.gql(WriteActivityPeopleReachedDocument, { id }, operator03);
    expect(moved.data.updateActivity).toEqual({ peopleReached: 20, version: 2 });
    expect(await coverage()).toEqual({ activities: before.activities + 1, peopleReached: before.peopleReached + 20 });
    await server.gql(WriteDeleteActivityDocument, { id, v: 2 }, operator03);
    expect(await coverage()).toEqual(before);
  });

  it('colonia and territorial attributes: ADMIN only, versioned and audited', async () => {
    const [colonia] = await q('SELECT id, nombre, version FROM colonia WHERE id = $1', [at.ter03.coloniaId]);
    const [territorial] = await q(`SELECT id, nombre, version FROM territorial WHERE clave = 'TER-05'`);
    // Seeded rows: their names and versions come back after the test, the audit entries about them go.
    await make.touch('colonia', colonia.id, ['nombre']);
    await make.touch('territorial', territorial.id, ['nombre']);
    const rename = WriteRenameColoniaDocument;
    expectError(
      await server.gql(rename, { id: String(colonia.id), v: colonia.version, n: 'Otro nombre' }, operator03),
      'FORBIDDEN',
    );
    const renamed = await server.gql(rename, { id: String(colonia.id), v: colonia.version, n: 'Otro nombre' }, admin);
    expect(renamed.data.updateColonia).toEqual({ nombre: 'Otro nombre', version: colonia.version + 1 });
    const trail = await auditOf('colonia', colonia.id);
    expect(trail[trail.length - 1]).toMatchObject({
      operation: 'UPDATE',
      actor: 'test:admin',
      changes: { nombre: { before: colonia.nombre, after: 'Otro nombre' } },
    });
    const t = await server.gql(
      WriteRenameTerritorialDocument,
      { id: String(territorial.id), v: territorial.version },
      admin,
    );
    expect(t.data.updateTerritorial).toEqual({ nombre: 'ATLALILCO-AXOMULCO', version: territorial.version + 1 });
  });
});

describe('optimistic concurrency', () => {
  it('a stale version is refused with CONFLICT and nothing changes', async () => {
    const created = await mercomunaPoint(at.ter03.point);
    const id = created.data.createMercomunaPoint.id;
    await server.gql(WriteRenameMercomunaPointDocument, { id, v: 1, n: 'Primera' }, operator03);
    const before = await writeState(server.dataSource);
    const stale = await server.gql(WriteRenameMercomunaPointDocument, { id, v: 1, n: 'Segunda' }, operator03);
    expectError(stale, 'CONFLICT', 'stale version');
    expect(stale.errors![0].message).toContain('is at version 2');
    expectError(
      await server.gql(WriteDeleteMercomunaPointDocument, { id, v: 1 }, operator03),
      'CONFLICT',
      'stale version',
    );
    expect(await writeState(server.dataSource)).toEqual(before);
    expect(await q('SELECT nombre, version FROM mercomuna_point WHERE id = $1', [id])).toEqual([
      { nombre: 'Primera', version: 2 },
    ]);
  });

  it('two concurrent updates from the same version: exactly one wins, the other gets CONFLICT', async () => {
    const created = await mercomunaPoint(at.ter03.point);
    const id = created.data.createMercomunaPoint.id;
    const update = (nombre: string) =>
      server.gql(WriteRenameMercomunaPointDocument, { id, v: 1, n: nombre }, operator03);
    const results = await Promise.all([update('Uno gana'), update('Dos gana')]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expectError(losers[0], 'CONFLICT', 'stale version');
    const [row] = await q('SELECT nombre, version FROM mercomuna_point WHERE id = $1', [id]);
    expect(row).toEqual(winners[0].data.updateMercomunaPoint);
    expect((await auditOf('mercomuna_point', id)).map((t) => t.operation)).toEqual(['CREATE', 'UPDATE']);
  });
});

describe('access control on writes', () => {
  it('PUBLIC cannot write (UNAUTHENTICATED), ANALYST neither (FORBIDDEN); nothing is written', async () => {
    const before = await writeState(server.dataSource);
    expectError(await mercomunaPoint(at.ter03.point, {}), 'UNAUTHENTICATED');
    expectError(await mercomunaPoint(at.ter03.point, analyst), 'FORBIDDEN');
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it('an OPERATOR of TER-03 cannot create in, move into, or change rows of TER-04 (FORBIDDEN, nothing written)', async () => {
    const before = await writeState(server.dataSource);
    expectError(await mercomunaPoint(at.ter04.point, operator03), 'FORBIDDEN', 'TER-03');
    expectError(await mercomunaPoint(at.ter03.point, operator04), 'FORBIDDEN', 'TER-04');
    expect(await writeState(server.dataSource)).toEqual(before);

    const created = await mercomunaPoint(at.ter03.point);
    const id = created.data.createMercomunaPoint.id;
    const state = await writeState(server.dataSource);
    expectError(
      await server.gql(WriteMoveMercomunaPointToColoniaDocument, { id, c: String(at.ter04.coloniaId) }, operator03),
      'BAD_USER_INPUT',
      'location',
    ); // its point is not in that colonia
    const moveWithPoint = WriteMoveMercomunaPointDocument;
    expectError(await server.gql(moveWithPoint, { id, p: at.ter04.point }, operator03), 'FORBIDDEN', 'TER-03');
    expectError(await server.gql(WriteRenameMercomunaPointDocument, { id, v: 1, n: 'Ajena' }, operator04), 'FORBIDDEN');
    expectError(await server.gql(WriteDeleteMercomunaPointDocument, { id, v: 1 }, operator04), 'FORBIDDEN');
    const [b] = await q('SELECT version FROM beneficiary WHERE id = $1', [at.beneficiary03]);
    expectError(
      await server.gql(
        WriteMoveBeneficiaryDocument,
        { id: String(at.beneficiary03), v: b.version, c: String(at.ter04.coloniaId) },
        operator03,
      ),
      'FORBIDDEN',
    );
    expect(await writeState(server.dataSource)).toEqual(state);
    // ADMIN may act anywhere.
    const adminMove = await server.gql(moveWithPoint, { id, p: at.ter04.point }, admin);
    expect(adminMove.data.updateMercomunaPoint.territorial!.clave).toBe('TER-04');
  });
});

describe('cost', () => {
  it('a mutation costs a constant number of SQL statements, whatever the row', async () => {
    const statements: number[] = [];
    for (const point of [at.ter03.point, at.ter03b.point]) {
      const result = await mercomunaPoint(point);
      expect(result.errors).toBeUndefined();
      statements.push(result.sqlStatements);
    }
    expect(statements[0]).toBe(statements[1]);
    expect(statements[0]).toBeLessThanOrEqual(12);
  });
});

describe('auditLog', () => {
  it('is ADMIN only, filters by entity, id and dates, and pages with cursors', async () => {
    const created = await mercomunaPoint(at.ter03.point);
    const id = created.data.createMercomunaPoint.id;
    for (const nombre of ['Uno', 'Dos', 'Tres']) {
      const [row] = await q('SELECT version FROM mercomuna_point WHERE id = $1', [id]);
      await server.gql(WriteRenameMercomunaPointDocument, { id, v: row.version, n: `Tienda ${nombre}` }, operator03);
    }
    const LOG = WriteAuditLogDocument;
    expectError(await server.gql(LOG, { e: 'MERCOMUNA_POINT', id }, operator03), 'FORBIDDEN');
    expectError(await server.gql(LOG, { e: 'MERCOMUNA_POINT', id }), 'UNAUTHENTICATED');
    const page1 = await server.gql(LOG, { e: 'MERCOMUNA_POINT', id, first: 3 }, admin);
    expect(page1.data.auditLog.totalCount).toBe(4);
    expect(page1.data.auditLog.edges.map((e) => e.node.operation)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    expect(page1.data.auditLog.edges[1].node).toMatchObject({
      actor: 'test:operator-03',
      entity: 'MERCOMUNA_POINT',
      entityId: id,
      changes: { nombre: { before: 'Tienda de prueba', after: 'Tienda Uno' } },
    });
    const page2 = await server.gql(
      LOG,
      { e: 'MERCOMUNA_POINT', id, first: 3, after: page1.data.auditLog.pageInfo.endCursor },
      admin,
    );
    expect(page2.data.auditLog.edges.map((e) => e.node.changes.nombre.after)).toEqual(['Tienda Tres']);
    expect(page2.data.auditLog.pageInfo.hasNextPage).toBe(false);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await server.gql(LOG, { e: 'MERCOMUNA_POINT', id, from: today, to: today }, admin)).data.auditLog.totalCount,
    ).toBe(4);
    expect(
      (await server.gql(LOG, { e: 'MERCOMUNA_POINT', id, to: '2020-01-01' }, admin)).data.auditLog.totalCount,
    ).toBe(0);
    expectError(await server.gql(LOG, { id }, admin), 'BAD_USER_INPUT', 'id');
    expectError(await server.gql(LOG, { e: 'MERCOMUNA_POINT', id: 'x1' }, admin), 'BAD_USER_INPUT', 'id');
    expectError(await server.gql(LOG, { from: '2020-02-30' }, admin), 'BAD_USER_INPUT', 'from');
    expectError(await server.gql(LOG, { first: 0 }, admin), 'BAD_USER_INPUT', 'first');
    expectError(await server.gql(LOG, { after: 'not-a-cursor!' }, admin), 'BAD_USER_INPUT', 'after');
  });
});
