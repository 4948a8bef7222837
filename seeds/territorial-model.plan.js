/**
 * Pure planning logic of the demo territorial model (see
 * territorial-model.seed.ts): which duplicate name survives, how many
 * sections each colonia gets, what the sections and claves are called, and how
 * the 13 territoriales grow over the adjacency graph. No SQL here: PostGIS
 * measures areas, adjacency and distances; these functions only decide, from
 * integers and strings, so a decision never depends on floating-point noise or
 * on the database's collation.
 */
import { compareCodePoints, slugify } from '../src/import/names';
export { compareCodePoints, preferredName, resolveDuplicates, slugify, } from '../src/import/names';
/**
 * Sections per colonia so that the total is `target`: starting from one each,
 * repeatedly give one more section to the colonia with the largest area per
 * section (ties by name, then key). Like a highest-averages apportionment, it
 * splits the big polygons first and evens out section sizes.
 */
export function allocateSections(colonias, target) {
    if (target < colonias.length)
        throw new Error(`cannot reduce ${colonias.length} colonias to ${target}`);
    const sections = new Map(colonias.map((c) => [c.key, 1]));
    for (let given = colonias.length; given < target; given += 1) {
        let best;
        for (const candidate of colonias) {
            if (!best) {
                best = candidate;
                continue;
            }
            // a/k > b/j  <=>  a·j > b·k: exact for integer areas below 2^53 / target.
            const cross = candidate.areaM2 * sections.get(best.key) - best.areaM2 * sections.get(candidate.key);
            const tie = compareCodePoints(candidate.nombre, best.nombre) || candidate.key - best.key;
            if (cross > 0 || (cross === 0 && tie < 0))
                best = candidate;
        }
        sections.set(best.key, sections.get(best.key) + 1);
    }
    return sections;
}
const ROMAN = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
];
export function toRoman(n) {
    if (!Number.isInteger(n) || n < 1 || n > 3999)
        throw new Error(`no roman numeral for ${n}`);
    let rest = n;
    let out = '';
    for (const [value, numeral] of ROMAN) {
        while (rest >= value) {
            out += numeral;
            rest -= value;
        }
    }
    return out;
}
/** Section `i` of `k` is named like the electoral institute's units: `<name> I`, `<name> II`, … */
export function sectionName(nombre, section, sections) {
    return sections === 1 ? nombre : `${nombre} ${toRoman(section)}`;
}
/** Every colonia of the model: each source colonia once, or once per section, named and with its clave. */
export function planColonias(sources, sections, claveMaxLength) {
    const rows = sources.flatMap((s) => {
        const k = sections.get(s.ord) ?? 1;
        return Array.from({ length: k }, (_, i) => ({
            sourceOrd: s.ord,
            sourceNombre: s.nombre,
            section: i + 1,
            sections: k,
            nombre: sectionName(s.nombre, i + 1, k),
        }));
    });
    const claves = assignClaves(rows.map((r, i) => ({ nombre: r.nombre, order: i })), claveMaxLength);
    return rows.map((r, i) => ({ ...r, clave: claves[i] }));
}
/**
 * Claves for named subjects: the slug of the name; when several subjects slug
 * alike, the first in (name, order) keeps the plain slug and the others get
 * `-2`, `-3`, … (skipping any slug already taken), so claves survive re-seeding.
 */
export function assignClaves(subjects, maxLength) {
    const bases = subjects.map((s) => slugify(s.nombre, maxLength));
    if (bases.some((b) => b === ''))
        throw new Error('a colonia name has no letters or digits to slug');
    const taken = new Set(bases);
    const claves = new Array(subjects.length);
    const byBase = new Map();
    bases.forEach((base, i) => byBase.set(base, [...(byBase.get(base) ?? []), i]));
    for (const [base, members] of [...byBase].sort(([a], [b]) => compareCodePoints(a, b))) {
        members.sort((i, j) => compareCodePoints(subjects[i].nombre, subjects[j].nombre) || subjects[i].order - subjects[j].order);
        claves[members[0]] = base;
        let n = 2;
        for (const i of members.slice(1)) {
            let clave;
            do {
                const suffix = `-${n++}`;
                clave = `${base.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
            } while (taken.has(clave));
            taken.add(clave);
            claves[i] = clave;
        }
    }
    return claves;
}
/**
 * Grows contiguous territoriales over the adjacency graph in balanced rounds:
 * each round, the territorial with the smallest area so far (ties by clave)
 * among those with an unclaimed neighbour claims the unclaimed neighbour
 * closest to its anchor (ties by colonia clave). Growing the smallest first
 * keeps areas comparable; claiming by anchor distance keeps groups compact.
 */
export function growTerritoriales(colonias, edges, territoriales) {
    const areaOf = new Map(colonias.map((c) => [c.clave, c.areaM2]));
    const neighbours = new Map(colonias.map((c) => [c.clave, []]));
    for (const [a, b] of edges) {
        if (!neighbours.has(a) || !neighbours.has(b))
            throw new Error(`adjacency names an unknown colonia: ${a} / ${b}`);
        neighbours.get(a).push(b);
        neighbours.get(b).push(a);
    }
    const territorialOf = new Map();
    const area = new Map();
    const frontier = new Map();
    const claim = (territorial, colonia) => {
        territorialOf.set(colonia, territorial);
        area.set(territorial, area.get(territorial) + areaOf.get(colonia));
        for (const f of frontier.values())
            f.delete(colonia);
        for (const n of neighbours.get(colonia))
            if (!territorialOf.has(n))
                frontier.get(territorial).add(n);
    };
    const ordered = [...territoriales].sort((a, b) => compareCodePoints(a.clave, b.clave));
    for (const t of ordered) {
        area.set(t.clave, 0);
        frontier.set(t.clave, new Set());
    }
    for (const t of ordered) {
        if (t.anchors.length === 0)
            throw new Error(`territorial ${t.clave} has no anchor colonia`);
        for (const anchor of t.anchors) {
            if (!areaOf.has(anchor))
                throw new Error(`anchor ${anchor} of ${t.clave} is not a colonia`);
            const owner = territorialOf.get(anchor);
            if (owner)
                throw new Error(`anchor ${anchor} claimed by both ${owner} and ${t.clave}`);
            claim(t.clave, anchor);
        }
    }
    for (;;) {
        const growing = ordered.filter((t) => frontier.get(t.clave).size > 0);
        if (growing.length === 0)
            break;
        // `ordered` is by clave, so the first smallest area wins ties.
        const smallest = growing.reduce((best, t) => (area.get(t.clave) < area.get(best.clave) ? t : best));
        const distance = (clave) => {
            const metres = smallest.distanceM.get(clave);
            if (metres === undefined)
                throw new Error(`no distance from ${smallest.clave} to ${clave}`);
            return metres;
        };
        const next = [...frontier.get(smallest.clave)].reduce((best, c) => {
            const order = distance(c) - distance(best) || compareCodePoints(c, best);
            return order < 0 ? c : best;
        });
        claim(smallest.clave, next);
    }
    const unreached = colonias
        .map((c) => c.clave)
        .filter((c) => !territorialOf.has(c))
        .sort(compareCodePoints);
    return { territorialOf, unreached };
}
