/**
 * `replica_wait_for_lsn(target, timeout_ms)`, run on a read replica for
 * read-your-writes (src/db/read-your-writes.ts): true as soon as the replica
 * has replayed the WAL up to `target` (a client's last write), false when
 * `timeout_ms` passes first. One statement however long it waits, so a
 * request's statement count stays constant. On a server that is not a standby
 * there is nothing to wait for: true.
 */
export class ReplicaWaitForLsn1765700000000 {
    name = 'ReplicaWaitForLsn1765700000000';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE FUNCTION replica_wait_for_lsn(target pg_lsn, timeout_ms integer) RETURNS boolean
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        deadline timestamptz := clock_timestamp() + make_interval(secs => greatest(timeout_ms, 0) / 1000.0);
      BEGIN
        IF NOT pg_is_in_recovery() THEN
          RETURN true;
        END IF;
        LOOP
          IF pg_last_wal_replay_lsn() >= target THEN
            RETURN true;
          END IF;
          IF clock_timestamp() >= deadline THEN
            RETURN false;
          END IF;
          PERFORM pg_sleep(0.005);
        END LOOP;
      END
      $$`);
    }
    async down(queryRunner) {
        await queryRunner.query('DROP FUNCTION replica_wait_for_lsn(pg_lsn, integer)');
    }
}
