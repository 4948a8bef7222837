import { defineModule } from '../module';
import { Beneficiary } from './beneficiary.entity';
import { createPersonalDataLoader } from './beneficiary-personal-data.loader';
import { BeneficiaryPersonalDataResolver } from './beneficiary-personal-data.resolver';
import { createBeneficiaryLoaders } from './beneficiary.loaders';
import { beneficiaryMutations } from './beneficiary.mutations.resolver';
import { beneficiaryResolvers } from './beneficiary.resolver';
import { BENEFICIARY_TABLE, PAYMENT_TABLE } from './beneficiary.write.service';
import { Payment } from './payment.entity';
import { beneficiariesIntake, paymentsIntake } from './beneficiary.intake';

declare module '../common/request-context' {
  interface Loaders {
    beneficiary: ReturnType<typeof createBeneficiaryLoaders>;
    personalData: ReturnType<typeof createPersonalDataLoader>;
  }
}

/** Beneficiaries (servidores, promotores), their payments and their protected personal data. */
export const beneficiaryModule = defineModule({
  name: 'beneficiary',
  resolvers: [...beneficiaryResolvers, BeneficiaryPersonalDataResolver, ...beneficiaryMutations],
  loaders: (dataSource, identity) => ({
    beneficiary: createBeneficiaryLoaders(dataSource),
    personalData: createPersonalDataLoader(dataSource, identity),
  }),
  entities: [Beneficiary, Payment],
  audited: [BENEFICIARY_TABLE.entity, PAYMENT_TABLE.entity],
  placedTables: [BENEFICIARY_TABLE],
  intakeLayers: [beneficiariesIntake, paymentsIntake],
});
