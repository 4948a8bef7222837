import { DataSource } from 'typeorm';
import { announceLending, referenceQuery } from '../../src/db/lent-connection';

/**
 * The lent connection (src/db/lent-connection.ts) on a one-connection pool, as the embedded
 * database runs: reference reads run between the import's statements, a failing one leaves the
 * import's transaction whole, and nothing is lent on a pool of more than one connection.
 */

const url = () => process.env.DATABASE_URL as string;
const timeouts = { requestTimeoutMs: 15_000, importTimeoutMs: 300_000 };

async function open(max: number): Promise<DataSource> {
  return new DataSource({ type: 'postgres', url: url(), extra: { max } }).initialize();
}

let one: DataSource;
beforeAll(async () => {
  one = await open(1);
  await one.query('CREATE TABLE IF NOT EXISTS lent_probe (n int)');
  await one.query('TRUNCATE lent_probe');
});
afterAll(async () => {
  await one.query('DROP TABLE IF EXISTS lent_probe');
  await one.destroy();
});

async function lentTransaction(dataSource: DataSource, work: (q: (sql: string) => Promise<unknown>) => Promise<void>) {
  const lending = announceLending(dataSource, timeouts);
  const runner = dataSource.createQueryRunner('master');
  try {
    await runner.connect();
    await runner.startTransaction();
    const db = lending.attach(runner);
    await work((sql) => db.query(sql));
    await lending.close();
    await runner.commitTransaction();
  } finally {
    await lending.close();
    await runner.release();
  }
}

it('runs a reference read between the import statements, on the one connection, before the import commits', async () => {
  const order: string[] = [];
  await lentTransaction(one, async (q) => {
    await q('INSERT INTO lent_probe VALUES (1)');
    // The pool's one connection is the import's: a plain read would wait for the commit.
    const read = referenceQuery<{ n: number }[]>(one, 'SELECT count(*)::int AS n FROM lent_probe').then((rows) => {
      order.push(`read ${rows[0].n}`);
    });
    await read;
    order.push('import goes on');
    await q('INSERT INTO lent_probe VALUES (2)');
  });
  order.push('committed');
  // The borrowed read saw the import's own uncommitted row: why only reads of data no import writes may borrow.
  expect(order).toEqual(['read 1', 'import goes on', 'committed']);
  expect(await one.query('SELECT array_agg(n ORDER BY n) AS ns FROM lent_probe')).toEqual([{ ns: [1, 2] }]);
});

it('a borrowed read that fails is rolled back to its savepoint: the import commits whole', async () => {
  await one.query('TRUNCATE lent_probe');
  await lentTransaction(one, async (q) => {
    await q('INSERT INTO lent_probe VALUES (10)');
    await expect(referenceQuery(one, 'SELECT 1 / 0')).rejects.toThrow(/division by zero/);
    // The borrowed read's statement timeout is the request's, restored to the import's after it.
    await expect(referenceQuery(one, "SELECT current_setting('statement_timeout') AS t")).resolves.toEqual([
      { t: '15s' },
    ]);
    expect(await q("SELECT current_setting('statement_timeout') AS t")).toEqual([{ t: '5min' }]);
    await q('INSERT INTO lent_probe VALUES (11)');
  });
  expect(await one.query('SELECT array_agg(n ORDER BY n) AS ns FROM lent_probe')).toEqual([{ ns: [10, 11] }]);
});

it('lends nothing on a pool of more than one connection: a read announced during an import goes to the pool at once', async () => {
  const many = await open(2);
  try {
    const lending = announceLending(many, timeouts);
    // On one connection this read would wait for the import to attach its runner; on two it does not wait.
    await expect(referenceQuery(many, 'SELECT 7 AS n')).resolves.toEqual([{ n: 7 }]);
    await lending.close();
    const single = announceLending(one, timeouts);
    let answered = false;
    const waiting = referenceQuery(one, 'SELECT 8 AS n').then((rows) => {
      answered = true;
      return rows;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(answered).toBe(false); // waits for the lent connection…
    await single.close(); // …and, the import ending without lending, takes the pool's
    await expect(waiting).resolves.toEqual([{ n: 8 }]);
  } finally {
    await many.destroy();
  }
});
