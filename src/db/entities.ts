/** Every TypeORM entity, listed once; modules add theirs here. */
import { ApiKey } from '../auth/api-key.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { ActivityDailyColonia } from '../activity/activity-daily-colonia.entity';
import { Activity } from '../activity/activity.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Payment } from '../beneficiary/payment.entity';
import { ProgramYear } from '../program/program-year.entity';
import { EcosSchoolFacilitator } from '../ecos/ecos-school-facilitator.entity';
import { EcosSchool } from '../ecos/ecos-school.entity';
import { MercomunaPoint } from '../mercomuna/mercomuna-point.entity';
import { PublicSpaceImprovement } from '../public-space/public-space-improvement.entity';
import { PublicSpaceKindRow } from '../public-space/public-space-kind.entity';
import { AgendaProject } from '../workshop/agenda-project.entity';
import { Agenda } from '../workshop/agenda.entity';
import { Workshop } from '../workshop/workshop.entity';

export const entities = [
  Territorial,
  Colonia,
  ProgramYear,
  Beneficiary,
  Payment,
  Workshop,
  Agenda,
  AgendaProject,
  EcosSchool,
  EcosSchoolFacilitator,
  PublicSpaceKindRow,
  PublicSpaceImprovement,
  Activity,
  ActivityDailyColonia,
  MercomunaPoint,
  ApiKey,
  AuditEntry,
];
