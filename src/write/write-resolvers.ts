/** The write path's resolvers (mutations per module, the audit log), registered in src/schema.ts as one list. */
import { ActivityMutationResolver } from '../activity/activity.mutations.resolver';
import { AuditQueryResolver } from '../audit/audit.resolver';
import { BeneficiaryMutationResolver } from '../beneficiary/beneficiary.mutations.resolver';
import { EcosMutationResolver } from '../ecos/ecos.mutations.resolver';
import { MercomunaMutationResolver } from '../mercomuna/mercomuna.mutations.resolver';
import { PublicSpaceMutationResolver } from '../public-space/public-space.mutations.resolver';
import { TerritoryMutationResolver } from '../territory/territory.mutations.resolver';
import { WorkshopMutationResolver } from '../workshop/workshop.mutations.resolver';

export const writeResolvers = [
  BeneficiaryMutationResolver,
  WorkshopMutationResolver,
  EcosMutationResolver,
  PublicSpaceMutationResolver,
  ActivityMutationResolver,
  MercomunaMutationResolver,
  TerritoryMutationResolver,
  AuditQueryResolver,
] as const;
