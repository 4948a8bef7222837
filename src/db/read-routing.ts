import type { ApolloServerPlugin } from '@apollo/server';
import { DataSource, type QueryRunner, type ReplicationMode } from 'typeorm';
import { currentRequestScope } from '../common/request-context';

/**
 * Reads to the replica, writes to the primary (DATABASE_READ_URL, see
 * ormconfig.ts). A request is read-only when it is a GET/HEAD (the GIS
 * endpoints) or a GraphQL query operation (readRoutingPlugin): its
 * statements outside transactions — raw `query()` and query-builder reads —
 * go to the replica. Everything else goes to the primary: mutations (with the
 * reads they make, so they read their own writes), transactions, migrations,
 * seeds and the CLI. Without DATABASE_READ_URL nothing changes.
 */
export class RoutedDataSource extends DataSource {
  private get replicated(): boolean {
    return 'replication' in this.options && !!this.options.replication;
  }

  private readsGoToReplica(): boolean {
    return this.replicated && currentRequestScope()?.readOnly === true;
  }

  override async query<T = any>(query: string, parameters?: any[], queryRunner?: QueryRunner): Promise<T> {
    if (queryRunner || !this.readsGoToReplica()) return super.query<T>(query, parameters, queryRunner);
    const replica = this.createQueryRunner('slave');
    try {
      return await replica.query(query, parameters);
    } finally {
      await replica.release();
    }
  }

  override defaultReplicationModeForReads(): ReplicationMode {
    return this.readsGoToReplica() ? 'slave' : 'master';
  }
}

/** Marks a GraphQL request read-only once its operation is known to be a query. */
export function readRoutingPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const scope = currentRequestScope();
          if (scope) scope.readOnly = operation?.operation === 'query';
        },
      };
    },
  };
}
