import type { RequestContext } from '../common/request-context';
import { requireTerritorialScope } from '../auth/identity';
import { requireDate } from '../common/date';
import { badInput } from '../common/errors';
import type { Geometry } from 'geojson';
import { placeForCreate, placeForUpdate } from '../write/point-placement';
import { deleteScoped, inOwnTerritorial, updateScoped } from '../write/scoped-write';
import { columns, placementColumns, placementConstraints, type WriteTable } from '../write/write-table';
import { actorOf, runWrite } from '../write/write-transaction';
import { changesOf, inputFields, optionalDate } from '../write/write-lookups';
import type { PublicSpaceImprovement } from './public-space-improvement.entity';
import { PublicSpaceKind } from './public-space.enums';
import type { CreateImprovementInput, UpdateImprovementInput } from './public-space.inputs';

/** The geometry types each kind allows (as `public_space_geometry_fits` in the database). */
export const GEOMETRY_TYPES_BY_KIND: Record<PublicSpaceKind, readonly string[]> = {
  [PublicSpaceKind.CAMINO_MUJERES_LIBRES_SEGURAS]: ['LineString'],
  [PublicSpaceKind.LUDICALLE]: ['LineString'],
  [PublicSpaceKind.UTOPIA]: ['Point', 'Polygon'],
  [PublicSpaceKind.LAVAMANOS]: ['Point'],
  [PublicSpaceKind.PIPA_AGUA]: ['Point'],
};

/** Rows read back carry the geometry as GeoJSON, as `geometry` (the GraphQL field). */
export const IMPROVEMENT_TABLE: WriteTable<PublicSpaceImprovement & { geometry: Geometry }> = {
  entity: 'public_space_improvement',
  table: 'public_space_improvement',
  label: 'improvement',
  columns: [
    columns.text('clave'),
    columns.text('nombre'),
    columns.text('kind'),
    columns.geometry('geometry', 'geom'),
    ...placementColumns(),
    columns.date('builtOn', 'built_on'),
    columns.text('status'),
  ],
  constraints: {
    public_space_improvement_clave_key: { argument: 'clave', problem: 'already exists: improvement claves are unique' },
    public_space_improvement_geom_check: { argument: 'geometry', problem: 'does not fit the kind' },
    public_space_improvement_kind_fkey: { argument: 'kind', problem: 'is not a known kind' },
    ...placementConstraints('public_space_improvement'),
  },
};

/**
 * Improvements. Recording one marks its kind tracked (trigger
 * public_space_kind_mark_tracked): the first lavamanos turns that kind's
 * count from "sin dato" (null) into a real number.
 */
export class PublicSpaceWriteService {
  static createImprovement(ctx: RequestContext, input: CreateImprovementInput): Promise<PublicSpaceImprovement> {
    return runWrite(actorOf(ctx), async (tx) => {
      const place = await placeForCreate(
        tx,
        'geometry',
        input.geometry,
        GEOMETRY_TYPES_BY_KIND[input.kind],
        input.coloniaId,
      );
      requireTerritorialScope(ctx.identity, place.territorialId);
      const values = {
        clave: input.clave,
        nombre: input.nombre,
        kind: input.kind,
        builtOn: requireDate('builtOn', input.builtOn),
        status: input.status,
        ...place,
      };
      return tx.insert(IMPROVEMENT_TABLE, values);
    });
  }

  static updateImprovement(
    ctx: RequestContext,
    id: string,
    version: number,
    input: UpdateImprovementInput,
  ): Promise<PublicSpaceImprovement> {
    return updateScoped(ctx, IMPROVEMENT_TABLE, id, version, inOwnTerritorial, async (tx, before) => {
      const changes = changesOf({
        ...inputFields(input, ['clave', 'nombre', 'kind']),
        builtOn: optionalDate('builtOn', input.builtOn),
        status: input.status,
      });
      const kind = input.kind ?? before.kind;
      const allowed = GEOMETRY_TYPES_BY_KIND[kind];
      if (input.kind != null && input.geometry === undefined) {
        const current = before.geometry?.type ?? '';
        if (!allowed.includes(current))
          throw badInput(
            'kind',
            `${kind} needs a ${allowed.join(' or ')} geometry, the current one is a ${current}: send a geometry too`,
          );
      }
      const place = await placeForUpdate(tx, before, 'geometry', input.geometry, allowed, input.coloniaId);
      if (place.territorialId !== undefined) requireTerritorialScope(ctx.identity, place.territorialId);
      return { ...changes, ...place };
    });
  }

  static deleteImprovement(ctx: RequestContext, id: string, version: number): Promise<string> {
    return deleteScoped(ctx, IMPROVEMENT_TABLE, id, version, inOwnTerritorial);
  }
}
