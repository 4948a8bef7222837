import type { RequestContext } from '../common/request-context';
import { requireTerritorialScope } from '../auth/identity';
import { placeForCreate, placeForUpdate } from '../write/point-placement';
import { deleteScoped, inOwnTerritorial, updateScoped } from '../write/scoped-write';
import { columns, placementColumns, placementConstraints, type WriteTable } from '../write/write-table';
import { actorOf, runWrite } from '../write/write-transaction';
import { changesOf, inputFields } from '../write/write-lookups';
import type { MercomunaPoint } from './mercomuna-point.entity';
import type { CreateMercomunaPointInput, UpdateMercomunaPointInput } from './mercomuna.inputs';

export const MERCOMUNA_TABLE: WriteTable<MercomunaPoint> = {
  entity: 'mercomuna_point',
  table: 'mercomuna_point',
  label: 'Mercomuna point',
  columns: [
    columns.text('clave'),
    columns.text('nombre'),
    columns.geometry('location'),
    columns.text('period'),
    columns.text('kind'),
    ...placementColumns(),
  ],
  constraints: {
    mercomuna_point_clave_key: { argument: 'clave', problem: 'already exists: Mercomuna claves are unique' },
    ...placementConstraints('mercomuna_point'),
  },
};

export class MercomunaWriteService {
  static createMercomunaPoint(ctx: RequestContext, input: CreateMercomunaPointInput): Promise<MercomunaPoint> {
    return runWrite(actorOf(ctx), async (tx) => {
      const place = await placeForCreate(tx, 'location', input.location, ['Point'], input.coloniaId);
      requireTerritorialScope(ctx.identity, place.territorialId);
      return tx.insert(MERCOMUNA_TABLE, {
        clave: input.clave,
        nombre: input.nombre,
        period: input.period,
        kind: input.kind,
        ...place,
      });
    });
  }

  static updateMercomunaPoint(
    ctx: RequestContext,
    id: string,
    version: number,
    input: UpdateMercomunaPointInput,
  ): Promise<MercomunaPoint> {
    return updateScoped(ctx, MERCOMUNA_TABLE, id, version, inOwnTerritorial, async (tx, before) => {
      const changes = changesOf(inputFields(input, ['clave', 'nombre', 'period', 'kind']));
      const place = await placeForUpdate(tx, before, 'location', input.location, ['Point'], input.coloniaId);
      if (place.territorialId !== undefined) requireTerritorialScope(ctx.identity, place.territorialId);
      return { ...changes, ...place };
    });
  }

  static deleteMercomunaPoint(ctx: RequestContext, id: string, version: number): Promise<string> {
    return deleteScoped(ctx, MERCOMUNA_TABLE, id, version, inOwnTerritorial);
  }
}
