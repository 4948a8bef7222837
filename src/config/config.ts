import { SETTINGS, SettingError, type Config, type Setting, type SettingName } from './settings';

export type { Config, SettingName } from './settings';

/** A setting whose value is refused: the message names the variable, what it takes and what it got. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
    readonly value: string,
  ) {
    super(`${variable} ${problem} (got ${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)})`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks every setting of SETTINGS from `env`; the first bad value throws a ConfigError. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const values: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(SETTINGS) as [SettingName, Setting][]) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') {
      values[name] = setting.fallback;
      continue;
    }
    try {
      values[name] = setting.kind.parse(raw);
    } catch (error) {
      if (error instanceof SettingError) throw new ConfigError(name, error.message, raw);
      throw error;
    }
  }
  return Object.freeze(values) as Config;
}

let current: Config | undefined;

/**
 * The settings, read from the environment once (at the first call: the process's start) and kept.
 * Every other file takes its settings from here, never from process.env.
 */
export function config(): Config {
  current ??= readConfig();
  return current;
}

/**
 * Reads the environment again. For the test harness, which changes a variable before it builds a
 * server (tests/helpers/test-server.ts), and for CLIs that set one before they start.
 */
export function reloadConfig(): Config {
  current = undefined;
  return config();
}

export const isProduction = (): boolean => config().NODE_ENV === 'production';

/**
 * At a process's start: reads the settings, or prints the refusal naming the variable and exits 2
 * (before anything listens or opens a database).
 */
export function configOrExit(): Config {
  try {
    return config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`territorio: configuration refused: ${error.message}\n`);
    process.exit(2);
  }
}

/** X-SQL-Statements on GraphQL and GIS answers: SQL_COUNT_HEADER, else on outside production. */
export const sqlStatementHeaderEnabled = (): boolean =>
  (config().SQL_COUNT_HEADER ?? (isProduction() ? 'off' : 'on')) === 'on';
