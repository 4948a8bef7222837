import type { RequestContext } from '../common/request-context';
import { requireTerritorialScope } from '../auth/identity';
import { badInput } from '../common/errors';
import { parseId } from '../common/validate';
import { placeForCreate, placeForUpdate } from '../write/point-placement';
import { deleteScoped, inOwnTerritorial, writeLocked } from '../write/scoped-write';
import { columns, placementColumns, placementConstraints, type WriteTable } from '../write/write-table';
import { actorOf, runWrite } from '../write/write-transaction';
import { childrenRemoved, replaceChildren, updateChildren, type ChildList } from '../write/child-list';
import { changesOf, inputFields } from '../write/write-lookups';
import type { EcosSchool } from './ecos-school.entity';
import type { CreateEcosSchoolInput, UpdateEcosSchoolInput } from './ecos.inputs';

export const ECOS_SCHOOL_TABLE: WriteTable<EcosSchool> = {
  entity: 'ecos_school',
  table: 'ecos_school',
  label: 'ECOS school',
  columns: [
    columns.text('clave'),
    columns.text('nombre'),
    columns.geometry('location'),
    ...placementColumns(),
    columns.int('programYear', 'program_year'),
    columns.int('sessions'),
    columns.int('participants'),
  ],
  constraints: {
    ecos_school_clave_key: { argument: 'clave', problem: 'already exists: ECOS claves are unique' },
    ...placementConstraints('ecos_school'),
    ecos_school_counts_check: { argument: 'sessions', problem: 'and participants must be 0 or more' },
    ecos_school_facilitator_beneficiary_id_fkey: {
      argument: 'facilitatorIds',
      problem: 'lists an id that does not match any beneficiary',
    },
    ecos_school_facilitator_school_beneficiary_key: {
      argument: 'facilitatorIds',
      problem: 'lists a beneficiary twice',
    },
  },
};

function facilitatorIds(ids: readonly string[]): number[] {
  const parsed = ids.map((id) => parseId('facilitatorIds', id));
  if (new Set(parsed).size !== parsed.length) throw badInput('facilitatorIds', 'lists a beneficiary twice');
  return [...parsed].sort((a, b) => a - b);
}

/** The school's facilitators (beneficiary ids, ascending). */
const FACILITATORS: ChildList = {
  field: 'facilitatorIds',
  selectSql:
    'SELECT beneficiary_id AS value FROM ecos_school_facilitator WHERE ecos_school_id = $1 ORDER BY beneficiary_id',
  deleteSql: 'DELETE FROM ecos_school_facilitator WHERE ecos_school_id = $1',
  insertSql: 'INSERT INTO ecos_school_facilitator (ecos_school_id, beneficiary_id) SELECT $1, unnest($2::int[])',
};

export class EcosWriteService {
  static createEcosSchool(ctx: RequestContext, input: CreateEcosSchoolInput): Promise<EcosSchool> {
    return runWrite(actorOf(ctx), async (tx) => {
      const ids = facilitatorIds(input.facilitatorIds ?? []);
      const place = await placeForCreate(tx, 'location', input.location, ['Point'], input.coloniaId);
      requireTerritorialScope(ctx.identity, place.territorialId);
      const row = await tx.insert(ECOS_SCHOOL_TABLE, {
        clave: input.clave,
        nombre: input.nombre,
        programYear: input.programYear,
        sessions: input.sessions,
        participants: input.participants,
        ...place,
      });
      await replaceChildren(tx, ECOS_SCHOOL_TABLE, FACILITATORS, row.id, [], ids);
      return row;
    });
  }

  static updateEcosSchool(
    ctx: RequestContext,
    id: string,
    version: number,
    input: UpdateEcosSchoolInput,
  ): Promise<EcosSchool> {
    return writeLocked(ctx, ECOS_SCHOOL_TABLE, id, version, inOwnTerritorial, async (tx, before) => {
      const changes = changesOf(inputFields(input, ['clave', 'nombre', 'programYear', 'sessions', 'participants']));
      const place = await placeForUpdate(tx, before, 'location', input.location, ['Point'], input.coloniaId);
      if (place.territorialId !== undefined) requireTerritorialScope(ctx.identity, place.territorialId);
      const after = await tx.update(ECOS_SCHOOL_TABLE, before, { ...changes, ...place });
      if (input.facilitatorIds == null) return after;
      const ids = facilitatorIds(input.facilitatorIds);
      return updateChildren(tx, ECOS_SCHOOL_TABLE, FACILITATORS, before, after, ids);
    });
  }

  static deleteEcosSchool(ctx: RequestContext, id: string, version: number): Promise<string> {
    // Its facilitator rows go with it (ON DELETE CASCADE): noted on its audit entry.
    return deleteScoped(ctx, ECOS_SCHOOL_TABLE, id, version, inOwnTerritorial, (tx, before) =>
      childrenRemoved(tx, ECOS_SCHOOL_TABLE, FACILITATORS, before.id),
    );
  }
}
