import DataLoader from 'dataloader';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { createGeoJsonLoader } from '../geo/geojson.loader';
import { childrenLoader } from '../db/loaders';
import { EcosSchool } from './ecos-school.entity';
/** Per-request batch loaders of the ECOS module. */
export function createEcosLoaders(dataSource) {
    return {
        schoolsByColoniaId: childrenLoader(dataSource, EcosSchool, 'coloniaId', { clave: 'ASC' }),
        schoolsByTerritorialId: childrenLoader(dataSource, EcosSchool, 'territorialId', { clave: 'ASC' }),
        schoolLocation: createGeoJsonLoader(dataSource, { table: 'ecos_school', column: 'location' }),
        /** Facilitators of each school, by folio. */
        facilitatorsBySchoolId: new DataLoader(async (schoolIds) => {
            const rows = await dataSource
                .getRepository(Beneficiary)
                .createQueryBuilder('b')
                .innerJoin('ecos_school_facilitator', 'f', 'f.beneficiary_id = b.id')
                .addSelect('f.ecos_school_id', 'school_id')
                .where('f.ecos_school_id = ANY(:schoolIds)', { schoolIds })
                .orderBy('b.folio', 'ASC')
                .getRawAndEntities();
            // Entities come back deduplicated by id, raw rows once per (school, facilitator).
            const byId = new Map(rows.entities.map((b) => [b.id, b]));
            const groups = new Map(schoolIds.map((id) => [id, []]));
            for (const raw of rows.raw)
                groups.get(raw.school_id)?.push(byId.get(raw.b_id));
            return schoolIds.map((id) => groups.get(id) ?? []);
        }),
        /** Schools each beneficiary facilitates. */
        schoolsByFacilitatorId: new DataLoader(async (beneficiaryIds) => {
            const rows = await dataSource
                .getRepository(EcosSchool)
                .createQueryBuilder('e')
                .innerJoin('ecos_school_facilitator', 'f', 'f.ecos_school_id = e.id')
                .addSelect('f.beneficiary_id', 'beneficiary_id')
                .where('f.beneficiary_id = ANY(:beneficiaryIds)', { beneficiaryIds })
                .orderBy('e.clave', 'ASC')
                .getRawAndEntities();
            const byId = new Map(rows.entities.map((e) => [e.id, e]));
            const groups = new Map(beneficiaryIds.map((id) => [id, []]));
            for (const raw of rows.raw)
                groups.get(raw.beneficiary_id)?.push(byId.get(raw.e_id));
            return beneficiaryIds.map((id) => groups.get(id) ?? []);
        }),
    };
}
