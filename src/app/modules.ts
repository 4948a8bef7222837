import { activityModule } from '../activity/activity.module';
import { auditModule } from '../audit/audit.module';
import { beneficiaryModule } from '../beneficiary/beneficiary.module';
import { coverageModule } from '../coverage/coverage.module';
import { ecosModule } from '../ecos/ecos.module';
import { mercomunaModule } from '../mercomuna/mercomuna.module';
import { publicSpaceModule } from '../public-space/public-space.module';
import { territoryModule } from '../territory/territory.module';
import { workshopModule } from '../workshop/workshop.module';
import { crimeModule } from '../crime/crime.module';
import { socialDevelopmentModule } from '../social-development/social-development.module';
import { finIndicatorModule } from '../fin-indicator/fin-indicator.module';
import { indicatorModule } from '../indicator/indicator.module';
import { feedModule } from '../feed/feed.module';
import { reportModule } from '../report/report.module';
import { exportModule } from '../export/export.module';

/**
 * Every domain module, once. Adding a module: its folder with a
 * `<name>.module.ts` descriptor (src/module.ts), its migration, and one line
 * here; src/app/registry.ts derives the schema, the loaders, the entities, the
 * map layers, the audit enum and the import layers from this list. The order
 * is the order of map layers and import layers in listings.
 */
export const MODULES = [
  territoryModule,
  coverageModule,
  beneficiaryModule,
  ecosModule,
  publicSpaceModule,
  workshopModule,
  activityModule,
  mercomunaModule,
  auditModule,
  crimeModule,
  socialDevelopmentModule,
  finIndicatorModule,
  indicatorModule,
  feedModule,
  reportModule,
  exportModule,
] as const;
