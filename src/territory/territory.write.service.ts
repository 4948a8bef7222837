import type { RequestContext } from '../common/request-context';
import { requireRole } from '../auth/identity';
import { Role } from '../auth/role';
import { anyRow, updateScoped } from '../write/scoped-write';
import { columns, type WriteTable } from '../write/write-table';
import { changesOf, inputFields } from '../write/write-lookups';
import type { Colonia } from '../placement/colonia.entity';
import type { Territorial } from '../placement/territorial.entity';
import type { UpdateColoniaInput, UpdateTerritorialInput } from './territory.inputs';

export const COLONIA_TABLE: WriteTable<Colonia> = {
  entity: 'colonia',
  table: 'colonia',
  label: 'colonia',
  // Geometry and area are the import's (src/import); mutations change attributes only.
  columns: [
    columns.text('clave'),
    columns.text('nombre'),
    columns.int('territorialId', 'territorial_id'),
    columns.float('areaKm2', 'area_km2'),
  ],
  constraints: { colonia_clave_key: { argument: 'clave', problem: 'already exists: colonia claves are unique' } },
};

export const TERRITORIAL_TABLE: WriteTable<Territorial> = {
  entity: 'territorial',
  table: 'territorial',
  label: 'territorial',
  columns: [columns.text('clave'), columns.text('nombre'), columns.float('areaKm2', 'area_km2')],
  constraints: {
    territorial_clave_key: { argument: 'clave', problem: 'already exists: territorial claves are unique' },
  },
};

/** Attribute updates of the territorial model: ADMIN only. */
export class TerritoryWriteService {
  static updateColonia(ctx: RequestContext, id: string, version: number, input: UpdateColoniaInput): Promise<Colonia> {
    requireRole(ctx.identity, Role.ADMIN);
    return updateScoped(ctx, COLONIA_TABLE, id, version, anyRow, () =>
      changesOf(inputFields(input, ['clave', 'nombre'])),
    );
  }

  static updateTerritorial(
    ctx: RequestContext,
    id: string,
    version: number,
    input: UpdateTerritorialInput,
  ): Promise<Territorial> {
    requireRole(ctx.identity, Role.ADMIN);
    return updateScoped(ctx, TERRITORIAL_TABLE, id, version, anyRow, () =>
      changesOf(inputFields(input, ['clave', 'nombre'])),
    );
  }
}
