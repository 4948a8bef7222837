import {
  FactoryCreateBeneficiaryDocument,
  FactoryCreatePaymentDocument,
  type CreateBeneficiaryInput,
  type CreatePaymentInput,
} from '../graphql/generated';
import { uniqueKey, insertedId, type Kind } from '../helpers/factory-kinds';

declare module '../helpers/factory-kinds' {
  interface FactoryKinds {
    beneficiary: { input: CreateBeneficiaryInput; mutation: 'createBeneficiary'; table: 'beneficiary' };
    payment: { input: CreatePaymentInput; mutation: 'createPayment'; table: 'payment' };
  }
}

/** Test factory kinds of the beneficiary module: beneficiaries and their payments (tests/helpers/factories.ts). */
export const factoryKinds = {
  beneficiary: {
    table: 'beneficiary',
    mutation: 'createBeneficiary',
    document: FactoryCreateBeneficiaryDocument,
    defaults: (at) => ({
      folio: uniqueKey('BEN'),
      programYear: 2020,
      role: 'PROMOTOR_COMUNITARIO',
      sex: 'MUJER',
      birthDate: '1990-01-01',
      education: 'SECUNDARIA',
      occupation: 'HOGAR',
      coloniaId: String(at.ter03.coloniaId),
      fullName: 'Persona de prueba',
      curp: 'PEPR900101MDFRRS09',
      phone: '5512345678',
      address: 'Calle de prueba 1',
    }),
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `INSERT INTO beneficiary (folio, program_year, role, sex, birth_date, education, occupation, territorial_id, colonia_id,
                                    status, baja_on, full_name, curp, phone, address)
           SELECT $1, $2, $3, $4, $5, $6, $7, c.territorial_id, c.id, $9, $10, $11, $12, $13, $14 FROM colonia c WHERE c.id = $8
           RETURNING id`,
          [
            i.folio,
            i.programYear,
            i.role,
            i.sex,
            i.birthDate,
            i.education,
            i.occupation,
            i.coloniaId,
            i.status ?? 'ACTIVE',
            i.bajaOn ?? null,
            i.fullName,
            i.curp,
            i.phone,
            i.address,
          ],
        ),
      ),
  },
  payment: {
    table: 'payment',
    mutation: 'createPayment',
    document: FactoryCreatePaymentDocument,
    defaults: () => ({ row: 1, month: '2020-02-01', amount: 6000 }),
    insert: async (db, i) =>
      insertedId(
        await db.query(
          `INSERT INTO payment (beneficiary_id, payment_row, month, amount) VALUES ($1, $2, $3, $4) RETURNING id`,
          [i.beneficiaryId, i.row, i.month, i.amount],
        ),
      ),
  },
} satisfies Record<string, Kind>;
