/**
 * Pure planning logic of the demo program data (see program.seed.ts): who the
 * 1,280 beneficiaries are, how the report's marginal totals are dealt out, and
 * how approximate figures are split exactly. No SQL and no Math.random: a
 * seeded PRNG and integer arithmetic, so every run plans the same data.
 */
import { compareCodePoints } from './territorial-model.plan';
/** mulberry32: a small, well-mixed 32-bit PRNG; the same seed gives the same sequence everywhere. */
export function prng(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Fisher–Yates with a seeded PRNG: a deterministic permutation. */
export function shuffle(items, seed) {
    const random = prng(seed);
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
/** `count` copies of each value, in the order given: a multiset with exact totals. */
export function multiset(counts) {
    return counts.flatMap(([value, n]) => Array(n).fill(value));
}
/**
 * Splits an integer total into integer parts proportional to weights (largest
 * remainder; ties by position): the parts always sum to the total exactly.
 */
export function apportion(total, weights) {
    const sum = weights.reduce((a, b) => a + b, 0);
    if (!Number.isInteger(total) || total < 0 || weights.length === 0 || sum <= 0)
        throw new Error('apportion needs a total ≥ 0 and positive weights');
    const exact = weights.map((w) => (total * w) / sum);
    const parts = exact.map(Math.floor);
    const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
    const missing = total - parts.reduce((a, b) => a + b, 0);
    for (let k = 0; k < missing; k++)
        parts[order[k].i] += 1;
    return parts;
}
const AGE_RANGES = {
    AGE_18_29: [18, 29],
    AGE_30_60: [30, 60],
    AGE_OVER_60: [61, 82],
};
/** A birth date whose age on 1 January of `year` lies in [minAge, maxAge], picked by `u` in [0, 1). */
export function birthDateFor(year, [minAge, maxAge], u) {
    // Age a on year-01-01 ⇔ born in (year-a-1)-01-02 … (year-a)-01-01.
    const earliest = Date.UTC(year - maxAge - 1, 0, 2);
    const latest = Date.UTC(year - minAge, 0, 1);
    const days = Math.round((latest - earliest) / 86_400_000);
    return new Date(earliest + Math.floor(u * (days + 1)) * 86_400_000).toISOString().slice(0, 10);
}
const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
/** The CURP check digit RENAPO computes over the first 17 characters. */
export function curpCheckDigit(first17) {
    let sum = 0;
    for (let i = 0; i < 17; i++)
        sum += CURP_ALPHABET.indexOf(first17[i]) * (18 - i);
    return (10 - (sum % 10)) % 10;
}
/**
 * A CURP-shaped demo value that can never be a real person's: it starts with
 * the marker DEMO, its letters 14–16 encode the folio number, and its check
 * digit is deliberately wrong (real check digit + 1, mod 10).
 */
export function demoCurp(index, birthDate, sex) {
    const [y, m, d] = birthDate.split('-');
    const letters = [Math.floor(index / 676) % 26, Math.floor(index / 26) % 26, index % 26]
        .map((n) => String.fromCharCode(65 + n))
        .join('');
    const homoclave = Number(y) < 2000 ? '0' : 'A';
    const first17 = `DEMO${y.slice(2)}${m}${d}${sex === 'MUJER' ? 'M' : 'H'}DF${letters}${homoclave}`;
    return `${first17}${(curpCheckDigit(first17) + 1) % 10}`;
}
/**
 * The 1,280 beneficiaries of 2020: per territorial, exactly the report's
 * servidores and promotores; sex, age group, education and occupation dealt
 * out so that each total is exactly the report's. Occupation follows age where
 * it must (pensioners are over 60, students 18–29), everything else is a
 * seeded permutation. Colonias are assigned round-robin within the
 * territorial, so every colonia of a territorial with at least as many
 * beneficiaries as colonias gets one.
 */
export function planBeneficiaries(figures, territoriales, year) {
    const byName = new Map(territoriales.map((t) => [t.nombre, t]));
    const slots = [];
    for (const row of figures.beneficiaries_by_territorial) {
        const territorial = byName.get(row.territorial);
        if (!territorial || territorial.colonias.length === 0)
            throw new Error(`territorial ${row.territorial} of the report is not in the database`);
        const colonias = [...territorial.colonias].sort((a, b) => compareCodePoints(a.clave, b.clave));
        const roles = multiset([
            ['SERVIDOR_DEL_PUEBLO', row.servidores_del_pueblo],
            ['PROMOTOR_COMUNITARIO', row.promotores_comunitarios],
        ]);
        roles.forEach((role, i) => slots.push({ territorial, role, colonia: colonias[i % colonias.length] }));
    }
    const n = slots.length;
    const sex = figures.beneficiaries_by_sex;
    const sexes = shuffle(multiset([
        ['MUJER', sex.MUJERES],
        ['HOMBRE', sex.HOMBRES],
    ]), 2020_01);
    const age = figures.beneficiaries_by_age_group;
    const ages = shuffle(multiset([
        ['AGE_18_29', age['18 a 29 años']],
        ['AGE_30_60', age['30 a 60 años']],
        ['AGE_OVER_60', age['Más de 60 años']],
    ]), 2020_02);
    const edu = figures.beneficiaries_by_education;
    const educations = shuffle(multiset([
        ['PRIMARIA', edu.PRIMARIA],
        ['SECUNDARIA', edu.SECUNDARIA],
        ['BACHILLERATO', edu.BACHILLERATO],
        ['LICENCIATURA', edu.LICENCIATURA],
    ]), 2020_03);
    const occupations = dealOccupations(figures, ages);
    for (const [name, list] of [
        ['sex', sexes],
        ['age group', ages],
        ['education', educations],
        ['occupation', occupations],
    ]) {
        if (list.length !== n)
            throw new Error(`the report's ${name} totals (${list.length}) do not add up to its ${n} beneficiaries`);
    }
    const random = prng(2020_05);
    return slots.map((slot, i) => {
        const number = String(i + 1).padStart(4, '0');
        const birthDate = birthDateFor(year, AGE_RANGES[ages[i]], random());
        return {
            folio: `BEN-${year}-${number}`,
            territorialNombre: slot.territorial.nombre,
            coloniaClave: slot.colonia.clave,
            role: slot.role,
            sex: sexes[i],
            ageGroup: ages[i],
            birthDate,
            education: educations[i],
            occupation: occupations[i],
            fullName: `Persona Demo ${number}`,
            curp: demoCurp(i + 1, birthDate, sexes[i]),
            phone: `550000${number}`,
            address: `Calle Ficticia ${i + 1}, ${slot.colonia.nombre}, Iztapalapa (dato de demostración)`,
        };
    });
}
/** Occupations with exact totals: pensioners among the over-60s, students among the 18–29s, the rest shuffled. */
function dealOccupations(figures, ages) {
    const occ = figures.beneficiaries_by_occupation;
    const out = Array(ages.length).fill('');
    const indexesOf = (group) => ages.flatMap((g, i) => (g === group ? [i] : []));
    const pick = (candidates, count, value, seed) => {
        if (candidates.length < count)
            throw new Error(`not enough beneficiaries to hold ${count} × ${value}`);
        for (const i of shuffle(candidates, seed).slice(0, count))
            out[i] = value;
    };
    pick(indexesOf('AGE_OVER_60'), occ['PENSIONADOS O JUBILADOS'], 'PENSIONADO_JUBILADO', 2020_41);
    pick(indexesOf('AGE_18_29'), occ.ESTUDIANTES, 'ESTUDIANTE', 2020_42);
    const rest = out.flatMap((v, i) => (v === '' ? [i] : []));
    const values = shuffle(multiset([
        ['HOGAR', occ.HOGAR],
        ['COMERCIO', occ.COMERCIO],
        ['AUTOEMPLEO', occ.AUTOEMPLEO],
    ]), 2020_43);
    if (values.length !== rest.length)
        throw new Error(`the report's occupation totals do not add up to its ${ages.length} beneficiaries`);
    rest.forEach((i, k) => (out[i] = values[k]));
    return out;
}
/** Month number (1–12) of a Spanish month name as the report writes it. */
export function monthNumber(name) {
    const months = [
        'ENERO',
        'FEBRERO',
        'MARZO',
        'ABRIL',
        'MAYO',
        'JUNIO',
        'JULIO',
        'AGOSTO',
        'SEPTIEMBRE',
        'OCTUBRE',
        'NOVIEMBRE',
        'DICIEMBRE',
    ];
    const index = months.indexOf(name.trim().toUpperCase());
    if (index < 0)
        throw new Error(`unknown month ${name}`);
    return index + 1;
}
