import '../common/cli-stdout';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { signToken } from './jwt';
import { parseRole, Role } from './role';

const USAGE = 'usage: npm run --silent token -- --role <ANALYST|OPERATOR|ADMIN> [--territorial <clave>] [--expires 1h] [--subject <name>]';

/**
 * Prints a bearer token signed with the configured secret (JWT_SECRET, or the
 * development secret in DATA_DIR). The territorial clave is checked when the
 * token is used, against the database.
 */
async function main(): Promise<void> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: { role: { type: 'string' }, territorial: { type: 'string' }, expires: { type: 'string', default: '1h' }, subject: { type: 'string' } },
      strict: true,
    }) as { values: Record<string, string | undefined> });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const role = parseRole(values.role);
  if (!role || role === Role.PUBLIC) {
    console.error(`--role must be ANALYST, OPERATOR or ADMIN\n${USAGE}`);
    process.exit(2);
  }
  if (role === Role.OPERATOR && !values.territorial) {
    console.error(`an OPERATOR token needs --territorial <clave> (e.g. TER-03)\n${USAGE}`);
    process.exit(2);
  }
  if (!/^\d+\s*[smhdw]$/.test(values.expires ?? '')) {
    console.error(`--expires must look like 30m, 1h, 7d\n${USAGE}`);
    process.exit(2);
  }
  const token = await signToken(
    { sub: values.subject ?? `cli:${role.toLowerCase()}`, role, territorial: values.territorial },
    (values.expires as string).replace(/\s+/g, ''),
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
