import { openDatabase as openDataSource, type OpenDatabase, type OpenDatabaseOptions } from '../db/database';
import { dataSource } from './ormconfig';

/** Opens the app's one DataSource (src/app/ormconfig.ts) in either mode: see src/db/database.ts. */
export function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  return openDataSource(dataSource, options);
}

export type { OpenDatabase } from '../db/database';
