import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every CLI answers --help with its usage (exit 0, nothing touched); a bad flag is refused (exit 2). Needs dist/. */
const ROOT = path.resolve(__dirname, '../..');
const CLIS = [
  'dist/src/app/import.cli.js',
  'dist/src/app/schema.cli.js',
  'dist/src/app/migrate.cli.js',
  'dist/src/auth/token.cli.js',
  'dist/src/config/readme-config.cli.js',
  'dist/seeds/seed.cli.js',
  'dist/seeds/prepare-demo.cli.js',
];

// No database is reachable: a CLI that tried to open one would fail, not answer.
const cliEnv = () => ({ ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', LOG_LEVEL: 'error' });

function run(file: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, file), ...args], {
    env: cliEnv(),
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('the CLIs', () => {
  beforeAll(() => {
    for (const file of CLIS)
      if (!existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing: run npm run build`);
  });

  it('every CLI answers --help with its usage and exit 0 (run side by side: each loads the app)', async () => {
    const answers = await Promise.all(
      CLIS.map(
        (file) =>
          new Promise<string>((resolve) => {
            const child = spawn(process.execPath, [path.join(ROOT, file), '--help'], { env: cliEnv() });
            let stdout = '';
            child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
            child.on('close', (status) => resolve(`${file}: ${status} ${/^usage: /.test(stdout) ? 'usage' : stdout}`));
          }),
      ),
    );
    expect(answers).toEqual(CLIS.map((file) => `${file}: 0 usage`));
  });

  it('npm run schema with an unknown flag writes nothing and exits 2', () => {
    const schema = path.join(ROOT, 'schema', 'schema.graphql');
    const before = readFileSync(schema, 'utf8');
    const result = run('dist/src/app/schema.cli.js', ['--check']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown argument "--check"/);
    expect(readFileSync(schema, 'utf8')).toBe(before);
  });

  it('a server started with a bad setting stops at once naming it (exit 2)', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/src/index.js')], {
      env: { ...process.env, PORT: 'http' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/configuration refused: PORT must be a whole number from 0 to 65535 \(got "http"\)/);
  });
});
