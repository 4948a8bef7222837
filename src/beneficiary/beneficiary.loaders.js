import { byIdLoader, childrenLoader } from '../db/loaders';
import { Beneficiary } from './beneficiary.entity';
import { Payment } from './payment.entity';
/** Per-request batch loaders of the beneficiary module. */
export function createBeneficiaryLoaders(dataSource) {
    return {
        beneficiaryById: byIdLoader(dataSource, Beneficiary),
        beneficiariesByTerritorialId: childrenLoader(dataSource, Beneficiary, 'territorialId', { folio: 'ASC' }),
        beneficiariesByColoniaId: childrenLoader(dataSource, Beneficiary, 'coloniaId', { folio: 'ASC' }),
        paymentsByBeneficiaryId: childrenLoader(dataSource, Payment, 'beneficiaryId', { row: 'ASC' }),
    };
}
