import type { RequestContext } from '../common/request-context';
import { requireTerritorialScope } from '../auth/identity';
import { badInput } from '../common/errors';
import { requireDate } from '../common/date';
import { parseId } from '../common/validate';
import { placeGeometry } from '../geo/geometry-placement';
import { deleteScoped, inOwnTerritorial, updateScoped, writeLocked, type RowGuard } from '../write/scoped-write';
import { columns, placementColumns, placementConstraints, type WriteTable } from '../write/write-table';
import { actorOf, runWrite, type WriteTx } from '../write/write-transaction';
import { childrenRemoved, replaceChildren, updateChildren, type ChildList } from '../write/child-list';
import {
  changesOf,
  inputFields,
  movedColonia,
  optionalDate,
  requireColonia,
  scopedColonia,
} from '../write/write-lookups';
import type { Agenda } from './agenda.entity';
import type { Workshop } from './workshop.entity';
import { WorkshopModality } from './workshop.enums';
import type { CreateAgendaInput, CreateWorkshopInput, UpdateAgendaInput, UpdateWorkshopInput } from './workshop.inputs';

export const WORKSHOP_TABLE: WriteTable<Workshop> = {
  entity: 'workshop',
  table: 'workshop',
  label: 'workshop',
  columns: [
    columns.text('clave'),
    ...placementColumns(),
    columns.date('heldOn', 'held_on'),
    columns.text('modality'),
    columns.int('participants'),
    columns.geometry('location'),
  ],
  constraints: {
    workshop_clave_key: { argument: 'clave', problem: 'already exists: workshop claves are unique' },
    ...placementConstraints('workshop'),
    workshop_modality_check: {
      argument: 'location',
      problem: 'is required for PRESENCIAL and must be null for VIRTUAL',
    },
    workshop_participants_check: { argument: 'participants', problem: 'must be 0 or more' },
  },
};

export const AGENDA_TABLE: WriteTable<Agenda> = {
  entity: 'agenda',
  table: 'agenda',
  label: 'agenda',
  columns: [
    columns.text('clave'),
    columns.int('coloniaId', 'colonia_id'),
    columns.int('programYear', 'program_year'),
    columns.text('status'),
  ],
  constraints: {
    agenda_clave_key: { argument: 'clave', problem: 'already exists: agenda claves are unique' },
    agenda_colonia_id_program_year_key: {
      argument: 'programYear',
      problem: 'already has an agenda for this colonia: one agenda per colonia and program year',
    },
    agenda_colonia_id_fkey: { argument: 'coloniaId', problem: 'does not match any colonia' },
    agenda_project_agenda_id_position_key: { argument: 'projects', problem: 'has a position twice' },
  },
};

/** Where a workshop is: a PRESENCIAL venue placed by PostGIS (in the given colonia, if any), or a VIRTUAL one's colonia. */
async function workshopPlace(
  tx: WriteTx,
  modality: WorkshopModality,
  location: unknown,
  coloniaId: string | number | null | undefined,
) {
  if (modality === WorkshopModality.VIRTUAL) {
    if (location != null) throw badInput('location', 'must be null for a VIRTUAL workshop');
    if (coloniaId == null) throw badInput('coloniaId', 'is required for a VIRTUAL workshop');
    const colonia = await requireColonia(tx, 'coloniaId', coloniaId);
    return { coloniaId: colonia.id, territorialId: colonia.territorialId, location: null };
  }
  if (location == null) throw badInput('location', 'is required for a PRESENCIAL workshop (a GeoJSON Point)');
  const colonia = coloniaId != null ? { id: parseId('coloniaId', coloniaId), argument: 'coloniaId' } : undefined;
  const placed = await placeGeometry(tx, 'location', location, ['Point'], colonia);
  return { coloniaId: placed.coloniaId, territorialId: placed.territorialId, location: placed.geojson };
}

export class WorkshopWriteService {
  static createWorkshop(ctx: RequestContext, input: CreateWorkshopInput): Promise<Workshop> {
    return runWrite(actorOf(ctx), async (tx) => {
      const place = await workshopPlace(tx, input.modality, input.location, input.coloniaId);
      requireTerritorialScope(ctx.identity, place.territorialId);
      const values = {
        clave: input.clave,
        heldOn: requireDate('heldOn', input.heldOn),
        modality: input.modality,
        participants: input.participants,
        ...place,
      };
      return tx.insert(WORKSHOP_TABLE, values);
    });
  }

  static updateWorkshop(
    ctx: RequestContext,
    id: string,
    version: number,
    input: UpdateWorkshopInput,
  ): Promise<Workshop> {
    return updateScoped(ctx, WORKSHOP_TABLE, id, version, inOwnTerritorial, async (tx, before) => {
      const changes = changesOf({
        clave: input.clave,
        heldOn: optionalDate('heldOn', input.heldOn),
        participants: input.participants,
        modality: input.modality,
      });
      if (input.coloniaId === null) throw badInput('coloniaId', 'cannot be null');
      const modality = input.modality ?? before.modality;
      if (input.location !== undefined || input.coloniaId !== undefined || input.modality !== undefined) {
        const virtual = modality === WorkshopModality.VIRTUAL;
        const location = virtual
          ? (input.location ?? null)
          : input.location !== undefined
            ? input.location
            : before.location;
        // The colonia follows a new venue unless one is given; otherwise it stays.
        const coloniaId = input.coloniaId ?? (virtual || input.location === undefined ? before.coloniaId : undefined);
        const place = await workshopPlace(tx, modality, location, coloniaId);
        requireTerritorialScope(ctx.identity, place.territorialId);
        Object.assign(changes, { coloniaId: place.coloniaId, territorialId: place.territorialId });
        // The stored venue is rewritten only when a new one is given (or cleared for VIRTUAL).
        if (virtual || input.location !== undefined) changes.location = place.location;
      }
      return changes;
    });
  }

  static deleteWorkshop(ctx: RequestContext, id: string, version: number): Promise<string> {
    return deleteScoped(ctx, WORKSHOP_TABLE, id, version, inOwnTerritorial);
  }

  static createAgenda(ctx: RequestContext, input: CreateAgendaInput): Promise<Agenda> {
    return runWrite(actorOf(ctx), async (tx) => {
      const colonia = await scopedColonia(ctx, tx, 'coloniaId', input.coloniaId);
      const row = await tx.insert(AGENDA_TABLE, {
        clave: input.clave,
        coloniaId: colonia.id,
        programYear: input.programYear,
        status: input.status,
      });
      await replaceChildren(tx, AGENDA_TABLE, PROJECTS, row.id, [], input.projects ?? []);
      return row;
    });
  }

  static updateAgenda(ctx: RequestContext, id: string, version: number, input: UpdateAgendaInput): Promise<Agenda> {
    return writeLocked(ctx, AGENDA_TABLE, id, version, inAgendaTerritorial, async (tx, before) => {
      const changes = changesOf(inputFields(input, ['clave', 'programYear', 'status']));
      const colonia = await movedColonia(ctx, tx, input.coloniaId);
      if (colonia) changes.coloniaId = colonia.id;
      const after = await tx.update(AGENDA_TABLE, before, changes);
      if (input.projects == null) return after;
      return updateChildren(tx, AGENDA_TABLE, PROJECTS, before, after, input.projects);
    });
  }

  static deleteAgenda(ctx: RequestContext, id: string, version: number): Promise<string> {
    // Its projects go with it (ON DELETE CASCADE): noted on its audit entry.
    return deleteScoped(ctx, AGENDA_TABLE, id, version, inAgendaTerritorial, (tx, before) =>
      childrenRemoved(tx, AGENDA_TABLE, PROJECTS, before.id),
    );
  }
}

/** An agenda belongs to its colonia's territorial. */
const inAgendaTerritorial: RowGuard<Agenda> = async (ctx, tx, agenda) => {
  await scopedColonia(ctx, tx, 'coloniaId', agenda.coloniaId);
};

/** The agenda's projects (names, in position order 1…n). */
const PROJECTS: ChildList = {
  field: 'projects',
  selectSql: 'SELECT nombre AS value FROM agenda_project WHERE agenda_id = $1 ORDER BY position',
  deleteSql: 'DELETE FROM agenda_project WHERE agenda_id = $1',
  insertSql: `INSERT INTO agenda_project (agenda_id, position, nombre) SELECT $1, p.position, p.nombre FROM unnest($2::text[]) WITH ORDINALITY AS p(nombre, position)`,
};
