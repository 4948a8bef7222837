import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/errors';
import { requireDate } from '../common/date';
import { deleteScoped, inOwnTerritorial, updateScoped, type RowGuard } from '../write/scoped-write';
import { columns, placementColumns, placementConstraints, type WriteTable } from '../write/write-table';
import { actorOf, runWrite } from '../write/write-transaction';
import { changesOf, movedColonia, optionalDate, scopedBeneficiary, scopedColonia } from '../write/write-lookups';
import type { Beneficiary } from './beneficiary.entity';
import { BeneficiaryStatus } from './beneficiary.enums';
import { ageGroupSql } from './beneficiary.sql';
import type {
  CreateBeneficiaryInput,
  CreatePaymentInput,
  UpdateBeneficiaryInput,
  UpdatePaymentInput,
} from './beneficiary.inputs';
import type { Payment } from './payment.entity';

export const BENEFICIARY_TABLE: WriteTable<Beneficiary> = {
  entity: 'beneficiary',
  table: 'beneficiary',
  label: 'beneficiary',
  columns: [
    columns.text('folio'),
    columns.int('programYear', 'program_year'),
    columns.text('role'),
    columns.text('sex'),
    columns.date('birthDate', 'birth_date'),
    columns.text('education'),
    columns.text('occupation'),
    ...placementColumns(),
    columns.text('status'),
    columns.date('bajaOn', 'baja_on'),
    columns.text('fullName', 'full_name'),
    columns.text('curp'),
    columns.text('phone'),
    columns.text('address'),
    columns.derived('ageGroup', ageGroupSql('r')),
  ],
  constraints: {
    beneficiary_folio_key: { argument: 'folio', problem: 'already exists: folios are unique' },
    // Says neither that the person is enrolled nor where: an OPERATOR may meet a CURP enrolled in
    // another territorial, whose rows they cannot read (an ADMIN can look it up).
    beneficiary_curp_program_year_key: {
      argument: 'curp',
      problem: 'cannot be used for a new enrolment in that program year; an ADMIN can check why',
    },
    ...placementConstraints('beneficiary'),
    beneficiary_status_check: { argument: 'bajaOn', problem: 'must be given with status BAJA and only then' },
  },
};

export const PAYMENT_TABLE: WriteTable<Payment> = {
  entity: 'payment',
  table: 'payment',
  label: 'payment',
  columns: [
    columns.int('beneficiaryId', 'beneficiary_id'),
    columns.int('row', 'payment_row'),
    columns.date('month'),
    columns.money('amount'),
  ],
  constraints: {
    payment_beneficiary_id_row_key: {
      argument: 'row',
      problem: 'already exists for this beneficiary: payment rows are unique per beneficiary',
    },
    payment_beneficiary_id_fkey: { argument: 'beneficiaryId', problem: 'does not match any beneficiary' },
    payment_row_check: { argument: 'row', problem: 'must be between 1 and 13' },
    payment_month_check: { argument: 'month', problem: 'must be the first day of a month' },
    payment_amount_check: { argument: 'amount', problem: 'must be more than 0' },
  },
};

/** Status and leaving date agree, and the person is of age in the program year. */
function checkBeneficiary(values: {
  status: string;
  bajaOn: string | null;
  birthDate: string;
  programYear: number;
}): void {
  if (values.status === BeneficiaryStatus.BAJA && values.bajaOn === null)
    throw badInput('bajaOn', 'is required when status is BAJA');
  if (values.status === BeneficiaryStatus.ACTIVE && values.bajaOn !== null)
    throw badInput('bajaOn', 'must be null when status is ACTIVE');
  if (values.birthDate > `${values.programYear - 18}-01-01`)
    throw badInput('birthDate', `must be on or before ${values.programYear - 18}-01-01: beneficiaries are adults`);
}

function checkPayment(values: { month?: string; amount?: number }): void {
  if (values.month !== undefined && !values.month.endsWith('-01'))
    throw badInput('month', 'must be the first day of a month (YYYY-MM-01)');
  if (values.amount !== undefined && Math.abs(values.amount * 100 - Math.round(values.amount * 100)) > 1e-6) {
    throw badInput('amount', 'must be in whole centavos (at most 2 decimals)');
  }
}

export class BeneficiaryWriteService {
  static createBeneficiary(ctx: RequestContext, input: CreateBeneficiaryInput): Promise<Beneficiary> {
    return runWrite(actorOf(ctx), async (tx) => {
      const colonia = await scopedColonia(ctx, tx, 'coloniaId', input.coloniaId);
      const values = {
        folio: input.folio,
        programYear: input.programYear,
        role: input.role,
        sex: input.sex,
        birthDate: requireDate('birthDate', input.birthDate),
        education: input.education,
        occupation: input.occupation,
        territorialId: colonia.territorialId,
        coloniaId: colonia.id,
        status: input.status ?? BeneficiaryStatus.ACTIVE,
        bajaOn: optionalDate('bajaOn', input.bajaOn) ?? null,
        fullName: input.fullName,
        curp: input.curp,
        phone: input.phone,
        address: input.address,
      };
      checkBeneficiary(values);
      return tx.insert(BENEFICIARY_TABLE, values);
    });
  }

  static updateBeneficiary(
    ctx: RequestContext,
    id: string,
    version: number,
    input: UpdateBeneficiaryInput,
  ): Promise<Beneficiary> {
    return updateScoped(ctx, BENEFICIARY_TABLE, id, version, inOwnTerritorial, async (tx, before) => {
      const changes = changesOf(
        {
          folio: input.folio,
          programYear: input.programYear,
          role: input.role,
          sex: input.sex,
          birthDate: optionalDate('birthDate', input.birthDate),
          education: input.education,
          occupation: input.occupation,
          status: input.status,
          fullName: input.fullName,
          curp: input.curp,
          phone: input.phone,
          address: input.address,
          bajaOn: optionalDate('bajaOn', input.bajaOn),
        },
        ['bajaOn'],
      );
      const colonia = await movedColonia(ctx, tx, input.coloniaId);
      if (colonia) Object.assign(changes, { coloniaId: colonia.id, territorialId: colonia.territorialId });
      checkBeneficiary({ ...before, ...changes });
      return changes;
    });
  }

  /** Deletes a beneficiary and (cascade) its payment rows and ECOS assignments; refused while it has activities. */
  static deleteBeneficiary(ctx: RequestContext, id: string, version: number): Promise<string> {
    return deleteScoped(ctx, BENEFICIARY_TABLE, id, version, inOwnTerritorial, async (tx, before) => {
      const rowId = before.id;
      const [dependents]: { payments: unknown[] | null; ecos: number[] | null }[] = await tx.query(
        `SELECT (SELECT json_agg(json_build_object('id', p.id, 'row', p.payment_row, 'month', to_char(p.month, 'YYYY-MM-DD'), 'amount', p.amount::float8) ORDER BY p.payment_row)
                   FROM payment p WHERE p.beneficiary_id = $1) AS payments,
                (SELECT json_agg(f.ecos_school_id ORDER BY f.ecos_school_id) FROM ecos_school_facilitator f WHERE f.beneficiary_id = $1) AS ecos`,
        [rowId],
      );
      return () => {
        if (dependents.payments) tx.note(BENEFICIARY_TABLE.entity, rowId, 'payments', dependents.payments, null);
        if (dependents.ecos) tx.note(BENEFICIARY_TABLE.entity, rowId, 'ecosSchoolIds', dependents.ecos, null);
      };
    });
  }

  static createPayment(ctx: RequestContext, input: CreatePaymentInput): Promise<Payment> {
    return runWrite(actorOf(ctx), async (tx) => {
      const beneficiary = await scopedBeneficiary(ctx, tx, 'beneficiaryId', input.beneficiaryId);
      const values = {
        beneficiaryId: beneficiary.id,
        row: input.row,
        month: requireDate('month', input.month),
        amount: input.amount,
      };
      checkPayment(values);
      return tx.insert(PAYMENT_TABLE, values);
    });
  }

  static updatePayment(ctx: RequestContext, id: string, version: number, input: UpdatePaymentInput): Promise<Payment> {
    return updateScoped(ctx, PAYMENT_TABLE, id, version, inPaymentTerritorial, () => {
      const month = optionalDate('month', input.month);
      const changes = changesOf({ row: input.row, month, amount: input.amount });
      checkPayment({ month: month ?? undefined, amount: input.amount });
      return changes;
    });
  }

  static deletePayment(ctx: RequestContext, id: string, version: number): Promise<string> {
    return deleteScoped(ctx, PAYMENT_TABLE, id, version, inPaymentTerritorial);
  }
}

/** A payment belongs to its beneficiary's territorial. */
const inPaymentTerritorial: RowGuard<Payment> = async (ctx, tx, payment) => {
  await scopedBeneficiary(ctx, tx, 'beneficiaryId', payment.beneficiaryId);
};
