import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { authHeaders } from '../helpers/auth';
import { factories, uniqueKey } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { places, writeState, type Places } from '../helpers/write-fixtures';
import { expectError } from '../helpers/test-server';
import {
  BadInputColoniaClaveDocument,
  BadInputCreateBeneficiaryDocument,
  BadInputCreateEcosSchoolDocument,
  BadInputCreateImprovementDocument,
  BadInputCreateMercomunaPointDocument,
  BadInputCreateWorkshopDocument,
  BadInputDeleteBeneficiaryDocument,
  BadInputImprovementKindLavamanosDocument,
  BadInputMercomunaPointIdNotAnIdDocument,
  BadInputMercomunaPointNullNombreDocument,
  BadInputMercomunaPointStaleVersionDocument,
  BadInputPaymentFractionOfCentavoDocument,
  BadInputPaymentMonthNotFirstDayDocument,
  BadInputPaymentOfUnknownBeneficiaryDocument,
  BadInputPaymentRowTakenDocument,
  BadInputRenameColoniaDocument,
  BadInputSecondAgendaDocument,
  BadInputTooManyAgendaProjectsDocument,
  BadInputUnknownMercomunaPointDocument,
  type CreateBeneficiaryInput,
  type CreateEcosSchoolInput,
  type CreateImprovementInput,
  type CreateMercomunaPointInput,
} from '../graphql/generated';

/**
 * Bad input to the mutations, one kind per case: each is refused with the
 * right code and a message naming the argument, never a 500, SQL or a stack —
 * and writes nothing (every written table's row count, the audit trail and
 * the row versions are unchanged). The rows to update or collide with come
 * from the factories (SQL), which remove them after the file.
 */

let server: TestServer;
let at: Places;
let operator: Record<string, string>;
let admin: Record<string, string>;
let fixture: {
  beneficiary: number;
  mercomuna: number;
  mercomunaClave: string;
  beneficiaryWithActivities: number;
  improvement: number;
  agendaYear: number;
};

beforeAll(async () => {
  server = await startTestServer();
  at = await places(server.dataSource);
  operator = await authHeaders('OPERATOR', 'TER-03', 'test:bad-input');
  admin = await authHeaders('ADMIN', undefined, 'test:bad-input-admin');
  // Rows to update or collide with (removed after the file by the factories).
  const m = await make.sql.mercomunaPoint({ location: at.ter03.point, period: 'APR_MAY' });
  await make.sql.workshop({ coloniaId: at.ter03.coloniaId });
  const [x, y] = at.ter03.point.coordinates;
  const i = await make.sql.improvement({
    nombre: 'Camino',
    kind: 'CAMINO_MUJERES_LIBRES_SEGURAS',
    coloniaId: at.ter03.coloniaId,
    geometry: {
      type: 'LineString',
      coordinates: [
        [x, y],
        [x + 0.00001, y],
      ],
    },
  });
  const b = await make.sql.beneficiary({ coloniaId: at.ter03.coloniaId });
  await make.sql.payment({ beneficiaryId: b.id, row: 13, month: '2021-01-01', amount: 100 });
  const a = await make.sql.agenda({ coloniaId: at.ter03.coloniaId });
  const [withActivities] = await server.dataSource.query(
    `SELECT b.id FROM beneficiary b JOIN territorial t ON t.id = b.territorial_id WHERE t.clave = 'TER-03' AND EXISTS (SELECT 1 FROM activity a WHERE a.beneficiary_id = b.id) ORDER BY b.id LIMIT 1`,
  );
  fixture = {
    mercomuna: m.id,
    mercomunaClave: m.input.clave as string,
    improvement: i.id,
    agendaYear: a.input.programYear as number,
    beneficiaryWithActivities: withActivities.id,
    beneficiary: b.id,
  };
});
const make = factories(() => server, { checkWriteState: true });
afterAll(async () => {
  await server.close();
});

/** A request of the table: a typed operation with variables of its type, or (`text`) a document graphql-js refuses. */
interface Request {
  query: string;
  variables: () => Record<string, unknown>;
}
const op =
  <TVariables extends Record<string, unknown>>(document: TypedDocumentNode<unknown, TVariables>) =>
  (variables: () => TVariables): Request => ({ query: print(document), variables });
const text = (query: string): Request => ({ query, variables: () => ({}) });

// Inputs refused below: each call's keys are its own, so even a wrongly accepted one collides with nothing.
// Geometries are `any`: what a client may send, not what the schema's GeoJSON type describes.
const ecos = (location: any, extra: Partial<CreateEcosSchoolInput> = {}): { input: CreateEcosSchoolInput } => ({
  input: {
    clave: uniqueKey('ECOS'),
    nombre: 'Escuela',
    location,
    programYear: 2020,
    sessions: 1,
    participants: 1,
    ...extra,
  },
});
const mercomuna = (
  location: any,
  extra: Partial<CreateMercomunaPointInput> = {},
): { input: CreateMercomunaPointInput } => ({
  input: { clave: uniqueKey('MER'), nombre: 'Tienda', location, period: 'APR_MAY', kind: 'OTHER', ...extra },
});
const utopia = (geometry: any, extra: Partial<CreateImprovementInput> = {}): { input: CreateImprovementInput } => ({
  input: {
    clave: uniqueKey('UTO'),
    nombre: 'Utopía',
    kind: 'UTOPIA',
    geometry,
    builtOn: '2020-06-01',
    status: 'PLANNED',
    ...extra,
  },
});
const beneficiary = (extra: Partial<CreateBeneficiaryInput> = {}): { input: CreateBeneficiaryInput } => ({
  input: {
    folio: uniqueKey('BEN'),
    programYear: 2020,
    role: 'SERVIDOR_DEL_PUEBLO',
    sex: 'HOMBRE',
    birthDate: '1980-01-01',
    education: 'PRIMARIA',
    occupation: 'COMERCIO',
    coloniaId: String(0),
    fullName: 'Persona de prueba',
    curp: 'GOPA800101HDFRRN09',
    phone: '5512345678',
    address: 'Calle 1',
    ...extra,
  },
});

/** A square around a point (degrees). */
const square = (lon: number, lat: number, d = 0.0005) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});

type Case = [kind: string, request: Request, code: string, argument: string, headers?: () => Record<string, string>];

const cases: Case[] = [
  [
    'wrong geometry type (a LineString for a Point)',
    op(BadInputCreateEcosSchoolDocument)(() =>
      ecos({
        type: 'LineString',
        coordinates: [
          [-99.05, 19.35],
          [-99.06, 19.36],
        ],
      }),
    ),
    'BAD_USER_INPUT',
    'location must be a Point (got a LineString)',
  ],
  [
    'wrong geometry type for the kind (a Point for a camino)',
    op(BadInputCreateImprovementDocument)(() => ({
      input: { ...utopia(at.ter03.point).input, kind: 'CAMINO_MUJERES_LIBRES_SEGURAS' },
    })),
    'BAD_USER_INPUT',
    'geometry must be a LineString',
  ],
  [
    'a GeometryCollection',
    op(BadInputCreateEcosSchoolDocument)(() => ecos({ type: 'GeometryCollection', geometries: [at.ter03.point] })),
    'BAD_USER_INPUT',
    'location must be a Point',
  ],
  [
    'self-intersecting polygon (bow tie): PostGIS says why',
    op(BadInputCreateImprovementDocument)(() => {
      const [x, y] = at.ter03.point.coordinates;
      return utopia({
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 0.0004, y + 0.0004],
            [x + 0.0004, y],
            [x, y + 0.0004],
            [x, y],
          ],
        ],
      });
    }),
    'BAD_USER_INPUT',
    'geometry is not a valid geometry: Self-intersection',
  ],
  [
    'unclosed ring',
    op(BadInputCreateImprovementDocument)(() => {
      const [x, y] = at.ter03.point.coordinates;
      return utopia({
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 0.0004, y],
            [x + 0.0004, y + 0.0004],
            [x, y + 0.0004],
          ],
        ],
      });
    }),
    'BAD_USER_INPUT',
    'geometry has a polygon ring that is not closed',
  ],
  [
    'too few positions (a LineString of one)',
    op(BadInputCreateImprovementDocument)(() => ({
      input: {
        ...utopia(null).input,
        kind: 'LUDICALLE',
        geometry: { type: 'LineString', coordinates: [at.ter03.point.coordinates] },
      },
    })),
    'BAD_USER_INPUT',
    'geometry has a LineString with fewer than 2 positions',
  ],
  [
    'a ring of three positions',
    op(BadInputCreateImprovementDocument)(() => {
      const [x, y] = at.ter03.point.coordinates;
      return utopia({
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 0.0004, y],
            [x, y],
          ],
        ],
      });
    }),
    'BAD_USER_INPUT',
    'geometry has a polygon ring with fewer than 4 positions',
  ],
  [
    'a repeated-point LineString (zero length): PostGIS says why',
    op(BadInputCreateImprovementDocument)(() => ({
      input: {
        ...utopia(null).input,
        kind: 'LUDICALLE',
        geometry: { type: 'LineString', coordinates: [at.ter03.point.coordinates, at.ter03.point.coordinates] },
      },
    })),
    'BAD_USER_INPUT',
    'geometry is not a valid geometry: Too few points',
  ],
  [
    'string coordinates',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna({ type: 'Point', coordinates: ['-99.05', '19.35'] })),
    'BAD_USER_INPUT',
    'location has a position that is not [lon, lat] numbers',
  ],
  [
    'NaN sent as a string',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna({ type: 'Point', coordinates: ['NaN', 19.35] })),
    'BAD_USER_INPUT',
    'location has a position',
  ],
  [
    'null coordinate (JSON has no NaN: JSON.stringify sends null)',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna({ type: 'Point', coordinates: [NaN, 19.35] })),
    'BAD_USER_INPUT',
    'location has a position',
  ],
  [
    'lat/lon swapped',
    op(BadInputCreateMercomunaPointDocument)(() =>
      mercomuna({ type: 'Point', coordinates: [at.ter03.point.coordinates[1], at.ter03.point.coordinates[0]] }),
    ),
    'BAD_USER_INPUT',
    'location has coordinates that look like lat/lon swapped',
  ],
  [
    'projected (UTM 14N) coordinates',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna({ type: 'Point', coordinates: [494_900, 2_139_800] })),
    'BAD_USER_INPUT',
    'projected coordinates (e.g. UTM) are not accepted',
  ],
  [
    'longitude out of range',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna({ type: 'Point', coordinates: [-199.05, 19.35] })),
    'BAD_USER_INPUT',
    'location has a longitude out of range',
  ],
  [
    'a crs other than WGS84',
    op(BadInputCreateMercomunaPointDocument)(() =>
      mercomuna({ ...at.ter03.point, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32614' } } }),
    ),
    'BAD_USER_INPUT',
    'location has a crs other than WGS84',
  ],
  [
    '3D input',
    op(BadInputCreateMercomunaPointDocument)(() =>
      mercomuna({ type: 'Point', coordinates: [...at.ter03.point.coordinates, 2240] }),
    ),
    'BAD_USER_INPUT',
    'location has 3D positions',
  ],
  [
    'a point outside the alcaldía (Coyoacán)',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna({ type: 'Point', coordinates: [-99.1625, 19.35] })),
    'BAD_USER_INPUT',
    'location is outside the alcaldía',
  ],
  [
    'a polygon outside the alcaldía (Monterrey)',
    op(BadInputCreateImprovementDocument)(() => utopia(square(-100.31, 25.67))),
    'BAD_USER_INPUT',
    'geometry is outside the alcaldía',
  ],
  [
    'a polygon reaching out of the alcaldía',
    op(BadInputCreateImprovementDocument)(() =>
      utopia({
        type: 'Polygon',
        coordinates: [
          [
            [-99.2, 19.35],
            [-99.05, 19.35],
            [-99.05, 19.36],
            [-99.2, 19.36],
            [-99.2, 19.35],
          ],
        ],
      }),
    ),
    'BAD_USER_INPUT',
    'geometry is outside the alcaldía',
  ],
  [
    'a point inside the alcaldía but outside the given colonia',
    op(BadInputCreateMercomunaPointDocument)(() =>
      mercomuna(at.ter03b.point, { coloniaId: String(at.ter03.coloniaId) }),
    ),
    'BAD_USER_INPUT',
    'location is not inside colonia',
  ],
  [
    'more than 10,000 vertices',
    op(BadInputCreateImprovementDocument)(() => {
      const [x, y] = at.ter03.point.coordinates;
      const line = Array.from({ length: 10_001 }, (_, k) => [Number((x + k * 1e-7).toFixed(7)), y]);
      return {
        input: { ...utopia(null).input, kind: 'LUDICALLE', geometry: { type: 'LineString', coordinates: line } },
      };
    }),
    'BAD_USER_INPUT',
    'geometry has more than 10000 positions',
  ],
  [
    'an empty MultiPolygon-less Point (no coordinates)',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna({ type: 'Point', coordinates: [] })),
    'BAD_USER_INPUT',
    'location has a position',
  ],
  [
    'a Feature without a geometry',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna({ type: 'Feature', properties: {}, geometry: null })),
    'BAD_USER_INPUT',
    'location is a Feature without a geometry',
  ],
  [
    'unknown colonia (foreign key)',
    op(BadInputCreateBeneficiaryDocument)(() => beneficiary({ coloniaId: '999999' })),
    'BAD_USER_INPUT',
    'coloniaId 999999 does not match any colonia',
  ],
  [
    'unknown beneficiary (foreign key)',
    op(BadInputPaymentOfUnknownBeneficiaryDocument)(() => ({})),
    'BAD_USER_INPUT',
    'beneficiaryId 999999 does not match any beneficiary',
  ],
  [
    'unknown facilitator (foreign key, after the school row was inserted)',
    op(BadInputCreateEcosSchoolDocument)(() => ecos(at.ter03.point, { facilitatorIds: ['1999999999'] })),
    'BAD_USER_INPUT',
    'facilitatorIds',
  ],
  [
    'a facilitator listed twice',
    op(BadInputCreateEcosSchoolDocument)(() =>
      ecos(at.ter03.point, { facilitatorIds: [String(at.beneficiary03), String(at.beneficiary03)] }),
    ),
    'BAD_USER_INPUT',
    'facilitatorIds lists a beneficiary twice',
  ],
  [
    'an id that is not an id',
    op(BadInputMercomunaPointIdNotAnIdDocument)(() => ({})),
    'BAD_USER_INPUT',
    'id is not a valid id',
  ],
  [
    'an unknown id',
    op(BadInputUnknownMercomunaPointDocument)(() => ({})),
    'NOT_FOUND',
    'Mercomuna point 1999999999 does not exist',
  ],
  // Inline literals: graphql-js refuses them in validation, before anything runs.
  [
    'a missing name (required field not given)',
    text(
      `mutation { createMercomunaPoint(input: { clave: "${uniqueKey('MER')}", location: { type: "Point", coordinates: [-99.05, 19.35] }, period: APR_MAY, kind: OTHER }) { id } }`,
    ),
    'GRAPHQL_VALIDATION_FAILED',
    'nombre',
  ],
  [
    'a blank name',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna(at.ter03.point, { nombre: '    ' })),
    'BAD_USER_INPUT',
    'nombre must be 3 to 160 printable characters',
  ],
  [
    'a name with control characters',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna(at.ter03.point, { nombre: 'Tienda\u0000\u0007' })),
    'BAD_USER_INPUT',
    // Refused at the edge (src/common/text-input.ts) before the input type's own rule.
    'nombre contains a control character (U+0000)',
  ],
  [
    'a name with a right-to-left override',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna(at.ter03.point, { nombre: 'Tienda \u202Eabc' })),
    'BAD_USER_INPUT',
    'nombre must be 3 to 160 printable characters',
  ],
  [
    'a clave with SQL in it',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna(at.ter03.point, { clave: "X'; DROP TABLE colonia;--" })),
    'BAD_USER_INPUT',
    'clave must be 1 to 24 letters or digits',
  ],
  [
    'an unknown enum value',
    text(
      `mutation { createMercomunaPoint(input: { clave: "${uniqueKey('MER')}", nombre: "Tienda", location: { type: "Point", coordinates: [-99.05, 19.35] }, period: JUN_JUL, kind: OTHER }) { id } }`,
    ),
    'GRAPHQL_VALIDATION_FAILED',
    'JUN_JUL',
  ],
  [
    'an impossible date',
    op(BadInputCreateWorkshopDocument)(() => ({
      input: {
        clave: uniqueKey('TAL'),
        coloniaId: String(at.ter03.coloniaId),
        heldOn: '2020-02-30',
        modality: 'VIRTUAL',
        participants: 3,
      },
    })),
    'BAD_USER_INPUT',
    'heldOn must be a calendar date',
  ],
  [
    'negative participants',
    op(BadInputCreateWorkshopDocument)(() => ({
      input: {
        clave: uniqueKey('TAL'),
        coloniaId: String(at.ter03.coloniaId),
        heldOn: '2020-02-03',
        modality: 'VIRTUAL',
        participants: -1,
      },
    })),
    'BAD_USER_INPUT',
    'participants must be 0 or more',
  ],
  [
    'a VIRTUAL workshop with a venue',
    op(BadInputCreateWorkshopDocument)(() => ({
      input: {
        clave: uniqueKey('TAL'),
        heldOn: '2020-02-03',
        modality: 'VIRTUAL',
        participants: 3,
        location: at.ter03.point,
        coloniaId: String(at.ter03.coloniaId),
      },
    })),
    'BAD_USER_INPUT',
    'location must be null for a VIRTUAL workshop',
  ],
  [
    'a PRESENCIAL workshop without a venue',
    op(BadInputCreateWorkshopDocument)(() => ({
      input: {
        clave: uniqueKey('TAL'),
        heldOn: '2020-02-03',
        modality: 'PRESENCIAL',
        participants: 3,
        coloniaId: String(at.ter03.coloniaId),
      },
    })),
    'BAD_USER_INPUT',
    'location is required for a PRESENCIAL workshop',
  ],
  [
    'a duplicate clave (unique)',
    op(BadInputCreateMercomunaPointDocument)(() => mercomuna(at.ter03.point, { clave: fixture.mercomunaClave })),
    'CONFLICT',
    'clave already exists',
  ],
  [
    'a second agenda for the same colonia and year (unique)',
    op(BadInputSecondAgendaDocument)(() => ({
      c: String(at.ter03.coloniaId),
      k: uniqueKey('ADL'),
      y: fixture.agendaYear,
    })),
    'CONFLICT',
    'programYear already has an agenda',
  ],
  [
    'too many agenda projects',
    op(BadInputTooManyAgendaProjectsDocument)(() => ({
      c: String(at.ter03.coloniaId),
      k: uniqueKey('ADL'),
      p: Array.from({ length: 21 }, (_, k) => `Proyecto ${k}`),
    })),
    'BAD_USER_INPUT',
    'projects must list at most 20',
  ],
  [
    'status BAJA without a date',
    op(BadInputCreateBeneficiaryDocument)(() => beneficiary({ coloniaId: String(at.ter03.coloniaId), status: 'BAJA' })),
    'BAD_USER_INPUT',
    'bajaOn is required when status is BAJA',
  ],
  [
    'a minor as beneficiary',
    op(BadInputCreateBeneficiaryDocument)(() =>
      beneficiary({ coloniaId: String(at.ter03.coloniaId), birthDate: '2010-01-01' }),
    ),
    'BAD_USER_INPUT',
    'birthDate must be on or before 2002-01-01',
  ],
  [
    'a malformed CURP',
    op(BadInputCreateBeneficiaryDocument)(() =>
      beneficiary({ coloniaId: String(at.ter03.coloniaId), curp: 'NOT-A-CURP' }),
    ),
    'BAD_USER_INPUT',
    'curp must be an 18-character CURP',
  ],
  [
    'a payment month that is not the first day',
    op(BadInputPaymentMonthNotFirstDayDocument)(() => ({ b: String(fixture.beneficiary) })),
    'BAD_USER_INPUT',
    'month must be the first day of a month',
  ],
  [
    'an amount with fractions of a centavo',
    op(BadInputPaymentFractionOfCentavoDocument)(() => ({ b: String(fixture.beneficiary) })),
    'BAD_USER_INPUT',
    'amount must be in whole centavos',
  ],
  [
    'a payment row taken (unique)',
    op(BadInputPaymentRowTakenDocument)(() => ({ b: String(fixture.beneficiary) })),
    'CONFLICT',
    'row already exists for this beneficiary',
  ],
  [
    'a kind whose geometry type the current geometry does not fit',
    op(BadInputImprovementKindLavamanosDocument)(() => ({ id: String(fixture.improvement) })),
    'BAD_USER_INPUT',
    'kind LAVAMANOS needs a Point geometry',
  ],
  [
    'null for a required field on update',
    op(BadInputMercomunaPointNullNombreDocument)(() => ({ id: String(fixture.mercomuna) })),
    'BAD_USER_INPUT',
    'nombre cannot be null',
  ],
  [
    'a stale version',
    op(BadInputMercomunaPointStaleVersionDocument)(() => ({ id: String(fixture.mercomuna) })),
    'CONFLICT',
    'stale version',
  ],
  [
    'deleting a beneficiary who has activities',
    op(BadInputDeleteBeneficiaryDocument)(() => ({ id: String(fixture.beneficiaryWithActivities), v: 1 })),
    'CONFLICT',
    'is still referenced by activity rows',
  ],
  [
    'a colonia update by an OPERATOR',
    op(BadInputRenameColoniaDocument)(() => ({ id: String(at.ter03.coloniaId) })),
    'FORBIDDEN',
    'ADMIN',
  ],
  [
    'a colonia clave already taken',
    op(BadInputColoniaClaveDocument)(() => ({ id: String(at.ter03b.coloniaId), v: 1, c: at.ter03.clave })),
    'CONFLICT',
    'clave already exists',
    () => admin,
  ],
];

describe('bad input to mutations: refused, named, nothing written', () => {
  it.each(cases.map((c) => ({ kind: c[0], c })))('$kind', async ({ c }) => {
    const [, request, code, argument, headers] = c;
    const before = await writeState(server.dataSource);
    const result = await server.gql(request.query, request.variables(), headers ? headers() : operator);
    expect(result.status).toBeLessThan(500);
    expectError(result, code, argument);
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it(`covers at least 30 kinds of bad input (${cases.length})`, () => {
    expect(new Set(cases.map((c) => c[0])).size).toBeGreaterThanOrEqual(30);
  });
});

describe('bad requests at the HTTP level', () => {
  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...operator, ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  it('malformed JSON: 400 with { code, description }, nothing written', async () => {
    const before = await writeState(server.dataSource);
    const result = await post('{"query": "mutation { deleteMercomunaPoint(id: \\"1\\", version: 1) }", ');
    expect(result).toEqual({
      status: 400,
      body: { code: 'BAD_USER_INPUT', description: expect.stringContaining('not valid JSON') },
    });
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it('Infinity (1e400 in the JSON text) as a coordinate', async () => {
    const before = await writeState(server.dataSource);
    const body = `{"query": ${JSON.stringify(print(BadInputCreateMercomunaPointDocument))}, "variables": {"input": {"clave": "${uniqueKey('MER')}", "nombre": "Tienda", "period": "APR_MAY", "kind": "OTHER", "location": {"type": "Point", "coordinates": [1e400, 19.35]}}}}`;
    const result = await post(body);
    expect(result.status).toBe(200);
    expect(result.body.errors[0]).toMatchObject({
      message: 'location has a coordinate that is not a finite number (NaN or Infinity)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await writeState(server.dataSource)).toEqual(before);
  });

  it('an oversize payload: 413 with { code, description }, nothing written', async () => {
    const before = await writeState(server.dataSource);
    const huge = Array.from({ length: 80_000 }, (_, k) => [-99.05 + k * 1e-9, 19.35]); // ≈ 2.2 MB: over the 1 MB limit
    const result = await post(
      JSON.stringify({
        query: print(BadInputCreateImprovementDocument),
        variables: utopia({ type: 'LineString', coordinates: huge }),
      }),
    );
    expect(result).toEqual({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE', description: expect.any(String) } });
    expect(await writeState(server.dataSource)).toEqual(before);
  });
});
