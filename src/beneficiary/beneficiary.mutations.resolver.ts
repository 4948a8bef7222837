import type { ClassType } from '../module';
import { writeMutations } from '../write/write-mutations';
import { Beneficiary } from './beneficiary.entity';
import {
  CreateBeneficiaryInput,
  CreatePaymentInput,
  UpdateBeneficiaryInput,
  UpdatePaymentInput,
} from './beneficiary.inputs';
import { BeneficiaryWriteService } from './beneficiary.write.service';
import { Payment } from './payment.entity';

/** The module's create / update / delete mutations (src/write/write-mutations.ts). */
export const beneficiaryMutations: readonly ClassType[] = [
  ...writeMutations(Beneficiary, BeneficiaryWriteService, {
    createBeneficiary: ['Records a beneficiary (OPERATOR: in its own territorial).', CreateBeneficiaryInput],
    updateBeneficiary: ['Changes a beneficiary (optimistic concurrency on `version`).', UpdateBeneficiaryInput],
    deleteBeneficiary: 'Deletes a beneficiary with its payment rows; refused while it has activities. Returns the id.',
  }),
  ...writeMutations(Payment, BeneficiaryWriteService, {
    createPayment: ['Records a payment row of a beneficiary.', CreatePaymentInput],
    updatePayment: ['Changes a payment row (optimistic concurrency on `version`).', UpdatePaymentInput],
    deletePayment: 'Deletes a payment row. Returns the id.',
  }),
];
