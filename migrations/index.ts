/** Migrations in the order they run. Each file is a TypeORM migration class. */
import { TerritorialModel1764000000000 } from './1764000000000-territorial-model';
import { ProgramData1764100000000 } from './1764100000000-program-data';
import { ApiKeys1764200000000 } from './1764200000000-api-keys';
import { WritePath1764300000000 } from './1764300000000-write-path';
import { CoverageRollups1764400000000 } from './1764400000000-coverage-rollups';
import { RealTerritory1765000000000 } from './1765000000000-real-territory';
import { CrimeAndSocialDevelopment1765100000000 } from './1765100000000-crime-and-social-development';
import { ReplicaWaitForLsn1765700000000 } from './1765700000000-replica-wait-for-lsn';
import { NameSearch1765800000000 } from './1765800000000-name-search';
import { ActivityExternalId1766200000000 } from './1766200000000-activity-external-id';
import { FieldSync1766300000000 } from './1766300000000-field-sync';
import { ChangeFeed1766500000000 } from './1766500000000-change-feed';
import { FeedIdentityPerDatabase1796662466014 } from './1796662466014-feed-identity-per-database';
import { Webhooks1796662466015 } from './1796662466015-webhooks';

export const migrations = [
  TerritorialModel1764000000000,
  ProgramData1764100000000,
  ApiKeys1764200000000,
  WritePath1764300000000,
  CoverageRollups1764400000000,
  RealTerritory1765000000000,
  CrimeAndSocialDevelopment1765100000000,
  ReplicaWaitForLsn1765700000000,
  NameSearch1765800000000,
  ActivityExternalId1766200000000,
  FieldSync1766300000000,
  ChangeFeed1766500000000,
  FeedIdentityPerDatabase1796662466014,
  Webhooks1796662466015,
];
