import { createGeoJsonLoader } from '../geo/geojson.loader';
import { childrenLoader } from '../db/loaders';
import { AgendaProject } from './agenda-project.entity';
import { Agenda } from './agenda.entity';
import { Workshop } from './workshop.entity';
/** Per-request batch loaders of the workshop module. */
export function createWorkshopLoaders(dataSource) {
    return {
        workshopsByColoniaId: childrenLoader(dataSource, Workshop, 'coloniaId', { heldOn: 'ASC', id: 'ASC' }),
        workshopsByTerritorialId: childrenLoader(dataSource, Workshop, 'territorialId', { heldOn: 'ASC', id: 'ASC' }),
        workshopLocation: createGeoJsonLoader(dataSource, { table: 'workshop', column: 'location' }),
        agendasByColoniaId: childrenLoader(dataSource, Agenda, 'coloniaId', { programYear: 'ASC' }),
        projectsByAgendaId: childrenLoader(dataSource, AgendaProject, 'agendaId', { position: 'ASC' }),
    };
}
