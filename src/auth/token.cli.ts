import '../common/cli-stdout';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { maxTokenLifetimeSeconds, signToken } from './jwt';
import { parseRole, Role } from './role';
import { answerHelp } from '../common/cli-help';

const USAGE =
  'usage: npm run --silent token -- --role <FACILITATOR|ANALYST|OPERATOR|ADMIN> [--territorial <clave>] [--beneficiary <folio>] [--expires 1h] [--subject <name>]';

/**
 * Prints a bearer token signed with the configured secret (JWT_SECRET, or the
 * development secret in DATA_DIR). The territorial clave (OPERATOR) and the
 * beneficiary folio (FACILITATOR) are checked when the token is used, against
 * the database: a beneficiary given BAJA since can no longer write.
 */
export async function runTokenCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        role: { type: 'string' },
        territorial: { type: 'string' },
        beneficiary: { type: 'string' },
        expires: { type: 'string', default: '1h' },
        subject: { type: 'string' },
      },
      strict: true,
    }) as { values: Record<string, string | undefined> });
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${(error as Error).message}\n${USAGE}` };
  }
  const role = parseRole(values.role);
  if (!role || role === Role.PUBLIC)
    return { code: 2, stdout: '', stderr: `--role must be FACILITATOR, ANALYST, OPERATOR or ADMIN\n${USAGE}` };
  if (role === Role.OPERATOR && !values.territorial) {
    return { code: 2, stdout: '', stderr: `an OPERATOR token needs --territorial <clave> (e.g. TER-03)\n${USAGE}` };
  }
  if (role === Role.FACILITATOR && !values.beneficiary)
    return {
      code: 2,
      stdout: '',
      stderr: `a FACILITATOR token needs --beneficiary <folio> (e.g. BEN-2020-0001)\n${USAGE}`,
    };
  if (values.beneficiary !== undefined && role !== Role.FACILITATOR)
    return { code: 2, stdout: '', stderr: `--beneficiary is for a FACILITATOR token only\n${USAGE}` };
  if (role === Role.FACILITATOR && values.territorial !== undefined)
    return {
      code: 2,
      stdout: '',
      stderr: `a FACILITATOR token takes its territorial from its beneficiary: leave --territorial out\n${USAGE}`,
    };
  if (values.beneficiary !== undefined && !/^[A-Za-z0-9_-]{1,20}$/.test(values.beneficiary))
    return { code: 2, stdout: '', stderr: `--beneficiary must be a folio such as BEN-2020-0001\n${USAGE}` };
  if (values.territorial !== undefined && !/^[A-Za-z0-9_-]{1,16}$/.test(values.territorial)) {
    return { code: 2, stdout: '', stderr: `--territorial must be a territorial clave such as TER-03\n${USAGE}` };
  }
  if (!/^\d+[smhdw]$/.test(values.expires ?? ''))
    return { code: 2, stdout: '', stderr: `--expires must look like 30m, 1h, 7d\n${USAGE}` };
  const unit = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }[values.expires!.slice(-1) as 's'];
  const seconds = Number(values.expires!.slice(0, -1)) * unit;
  if (seconds > maxTokenLifetimeSeconds())
    return {
      code: 2,
      stdout: '',
      stderr: `--expires is over the maximum token lifetime of ${maxTokenLifetimeSeconds()} s (JWT_MAX_LIFETIME_SECONDS)\n${USAGE}`,
    };
  const token = await signToken(
    {
      sub: values.subject ?? (values.beneficiary ? `facilitator:${values.beneficiary}` : `cli:${role.toLowerCase()}`),
      role,
      territorial: values.territorial,
      beneficiary: values.beneficiary,
    },
    values.expires as string,
  );
  return { code: 0, stdout: `${token}\n`, stderr: '' };
}

if (require.main === module) {
  answerHelp(process.argv.slice(2), USAGE);
  runTokenCli(process.argv.slice(2))
    .then(({ code, stdout, stderr }) => {
      process.stdout.write(stdout);
      process.stderr.write(stderr && `${stderr}\n`);
      process.exitCode = code;
    })
    .catch((error) => {
      console.error((error as Error).message);
      process.exitCode = 1;
    });
}
