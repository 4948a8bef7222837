import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, readConfig } from '../../src/config/config';
import { withConfigurationTable } from '../../src/config/readme-table';
import { SETTINGS } from '../../src/config/settings';
import { readableLine } from '../../src/common/logger';

describe('configuration in one place (src/config)', () => {
  it("README's configuration table is the one src/config/settings.ts renders (npm run readme:config)", () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const rendered = withConfigurationTable(readme);
    const differing = readme.split('\n').findIndex((line, i) => line !== rendered.split('\n')[i]);
    expect(differing === -1 ? null : `README.md line ${differing + 1}: ${readme.split('\n')[differing]}`).toBeNull();
  });

  it('answers the defaults for an empty environment', () => {
    const config = readConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.RESPONSE_CACHE).toBe('off');
    expect(config.GRAPHQL_BODY_LIMIT).toBe('1mb');
  });

  it.each([
    ['PORT', 'http', /^PORT must be a whole number from 0 to 65535 \(got "http"\)$/],
    ['PORT', '70000', /^PORT must be a whole number from 0 to 65535/],
    ['DB_POOL_SIZE', '1.5', /^DB_POOL_SIZE must be a whole number from 1 to 1000/],
    ['RATE_LIMIT_PER_MINUTE', '-1', /^RATE_LIMIT_PER_MINUTE must be a whole number ≥ 0/],
    ['RESPONSE_CACHE', 'yes', /^RESPONSE_CACHE must be one of on, off \(got "yes"\)/],
    ['DATABASE_URL', 'mysql://x', /^DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    ['JWKS_URL', 'file:///etc/passwd', /^JWKS_URL must be an http\(s\) URL/],
    ['REDIS_URL', 'localhost:6379', /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    ['GRAPHQL_BODY_LIMIT', 'lots', /^GRAPHQL_BODY_LIMIT must be a size like 256kb/],
    ['LOG_FORMAT', 'xml', /^LOG_FORMAT must be one of json, pretty/],
    ['DEMO_CRIME', 'everything', /^DEMO_CRIME must be one of all, 2019-2020, none \(got "everything"\)/],
  ])('refuses %s=%s naming the variable and what it takes', (name, value, message) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => readConfig({ [name]: value })).toThrow(message);
  });

  it('declares a meaning and a shown default for every setting', () => {
    for (const [name, setting] of Object.entries(SETTINGS)) {
      expect(`${name}: ${setting.meaning.length > 5 && setting.shown.length > 0}`).toBe(`${name}: true`);
    }
  });

  it('writes a log line a person reads on a terminal: time, level, message, fields', () => {
    const line = readableLine(
      JSON.stringify({
        level: 30,
        time: Date.UTC(2026, 0, 1, 12),
        msg: 'territorio ready',
        map: 'http://localhost:4000/',
        ms: 812,
      }),
      false,
    );
    expect(line).toMatch(/^\d\d:\d\d:\d\d INFO {2}territorio ready {2}map=http:\/\/localhost:4000\/ ms=812\n$/);
  });
});
