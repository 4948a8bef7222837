import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataSource } from '../../src/app/ormconfig';
import { CRIME_CATEGORIES, HIGH_IMPACT_CATEGORIES, normaliseOffence } from '../../src/crime/crime-category';

/**
 * The classification is data (table crime_offence_category, seeded by
 * migration 1765100000000). Every rule is checked against the real offence
 * texts of the prosecutor's file in seeds/data: a rule that matches no real
 * text is a typo, and near-misses that must stay OTROS stay OTROS.
 */

const file = path.join(__dirname, '..', '..', 'seeds', 'data', 'iztapalapa-carpetas-2019-2024.csv.gz');
let realTexts: Map<string, string[]>;
let rules: { offence_normalised: string; category: string }[];

beforeAll(async () => {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').slice(1);
  realTexts = new Map();
  for (const line of lines) {
    if (line === '') continue;
    // delito is the third field; the few quoted ones contain commas.
    const match = /^[^,]*,[^,]*,("(?:[^"]|"")*"|[^,]*),/.exec(line);
    const given = match![1].startsWith('"') ? match![1].slice(1, -1).replace(/""/g, '"') : match![1];
    const key = normaliseOffence(given);
    realTexts.set(
      key,
      [...(realTexts.get(key) ?? []), given].filter((v, i, a) => a.indexOf(v) === i),
    );
  }
  if (!dataSource.isInitialized) await dataSource.initialize();
  rules = await dataSource.query(`SELECT offence_normalised, category FROM crime_offence_category ORDER BY 1`);
});

afterAll(async () => {
  if (dataSource.isInitialized) await dataSource.destroy();
});

it('has a rule for each of the 14 high-impact categories and none for OTROS', () => {
  expect(HIGH_IMPACT_CATEGORIES).toHaveLength(14);
  expect(new Set(rules.map((r) => r.category))).toEqual(new Set(HIGH_IMPACT_CATEGORIES));
  expect(CRIME_CATEGORIES).toContain('OTROS');
});

it('every rule matches real offence texts of the file, and is stored normalised', () => {
  expect(realTexts.size).toBeGreaterThan(250);
  for (const rule of rules) {
    expect({ rule: rule.offence_normalised, inFile: realTexts.has(rule.offence_normalised) }).toEqual({
      rule: rule.offence_normalised,
      inFile: true,
    });
    expect(normaliseOffence(rule.offence_normalised)).toBe(rule.offence_normalised);
  }
});

it('normalises accent, case and spacing variants once', () => {
  expect(normaliseOffence('NARCOMENUDEO POSESIÓN SIMPLE')).toBe(normaliseOffence('NARCOMENUDEO POSESION SIMPLE'));
  expect(normaliseOffence(' robo a pasajero a bordo de transporte  público con violencia ')).toBe(
    'ROBO A PASAJERO A BORDO DE TRANSPORTE PUBLICO CON VIOLENCIA',
  );
  // The file has both spellings of some offences: they fall together.
  const merged = [...realTexts.values()].filter((spellings) => spellings.length > 1);
  expect(merged.length).toBeGreaterThan(0);
});

it.each([
  ['ROBO A CASA HABITACION SIN VIOLENCIA'],
  ['TENTATIVA DE VIOLACION'],
  ['VIOLACION DE CORRESPONDENCIA'],
  ['HOMICIDIO CULPOSO POR TRÁNSITO VEHICULAR (ATROPELLADO)'],
  ['LESIONES INTENCIONALES POR GOLPES'],
  ['ROBO A NEGOCIO SIN VIOLENCIA'],
  ['TENTATIVA DE ROBO DE VEHICULO'],
])('%s (a real text) is not high impact: OTROS', (text) => {
  expect(realTexts.has(normaliseOffence(text))).toBe(true);
  expect(rules.find((r) => r.offence_normalised === normaliseOffence(text))).toBeUndefined();
});

it('the loaded incidents carry the category the table gives their normalised text', async () => {
  const [row] = await dataSource.query(`
    SELECT count(*)::int AS wrong FROM crime_incident i
      LEFT JOIN crime_offence_category r ON r.offence_normalised = i.offence_normalised
     WHERE i.category <> COALESCE(r.category, 'OTROS')`);
  expect(row.wrong).toBe(0);
});
