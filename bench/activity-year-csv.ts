import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import { ActivityKind } from '../src/activity/activity.enums';
import { firstActivityDay } from '../seeds/program-activities.seed';

/**
 * A program year of field activities as a CSV for the intake: every
 * beneficiary, one activity a day Monday to Saturday for 40 weeks from the
 * first Monday of February of `year`, in their colonia (by clave), the six
 * kinds and 3/7/4/6/5/5 people rotated — 1,280 × 6 × 40 = 307,200 rows, as
 * the demo seed's generator (seeds/program-activities.seed.ts) but through
 * the file a field office would send. Keyed folio + date + seq.
 */

export const YEAR_WEEKS = 40;
const KINDS = Object.values(ActivityKind);
const PEOPLE = [3, 7, 4, 6, 5, 5];

export async function writeActivityYearCsv(dataSource: DataSource, file: string, year: number): Promise<number> {
  const beneficiaries: { folio: string; clave: string }[] = await dataSource.query(
    'SELECT b.folio, c.clave FROM beneficiary b JOIN colonia c ON c.id = b.colonia_id ORDER BY b.folio',
  );
  const start = Date.parse(`${firstActivityDay(year)}T00:00:00Z`);
  const out = createWriteStream(file);
  let rows = 0;
  let buffer = 'folio,date,seq,kind,peopleReached,colonia\n';
  for (let d = 0; d < YEAR_WEEKS * 7; d++) {
    if (d % 7 === 6) continue;
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    beneficiaries.forEach((b, k) => {
      buffer += `${b.folio},${day},1,${KINDS[((d % 7) + k) % 6]},${PEOPLE[((d % 7) + k + Math.floor(d / 7)) % 6]},${b.clave}\n`;
      rows++;
    });
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  }
  out.end();
  await once(out, 'finish');
  return rows;
}
