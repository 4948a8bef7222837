import { factories } from '../helpers/factories';
import { authHeaders } from '../helpers/auth';
import { startTestServer, type TestServer } from '../helpers/test-server';
import {
  AttackColoniaWindowsDocument,
  AttackTablesDocument,
  type AttackCellsFragment,
  type AttackTablesQuery,
} from '../graphql/generated';

/**
 * Issue #27, item 3: a PUBLIC caller plays the three differencing attacks on the demo data through GraphQL and
 * must recover no suppressed cell. Each attack's derivations are checked against ANALYST's exact figures, so a
 * "recovery" is a hidden cell whose value the attacker computes exactly.
 */

let server: TestServer;
let analyst: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  analyst = await authHeaders('ANALYST');
});
const make = factories(() => server, { checkWriteState: true });
afterAll(async () => {
  await server.close();
});

const DIMENSIONS = ['byRole', 'bySex', 'byAgeGroup', 'byEducation', 'byOccupation'] as const;
/** What a year of the program pays a promotor and a servidor (the program's public rules; the demo's payment rows). */
const PROMOTOR_YEAR = 78_000;
const SERVIDOR_YEAR = 117_000;

interface Node {
  total: number;
  paid: number | null;
  /** `dimension.key` → count (null: hidden). */
  cells: Map<string, number | null>;
}

function nodeOf(b: AttackCellsFragment, paid: number | null): Node {
  const cells = new Map<string, number | null>();
  for (const d of DIMENSIONS) for (const c of b[d]) cells.set(`${d}.${c.key}`, c.count ?? null);
  return { total: b.total, paid, cells };
}

interface Tables {
  nodes: Map<string, Node>;
  /** Territorial node → its colonia nodes. */
  children: Map<string, string[]>;
}

function tablesOf(data: AttackTablesQuery): Tables {
  const nodes = new Map<string, Node>([
    ['A', nodeOf(data.coverage.beneficiaries, data.coverage.paymentsTotal ?? null)],
  ]);
  const children = new Map<string, string[]>();
  for (const t of data.territoriales) {
    nodes.set(`T${t.id}`, nodeOf(t.coverage.beneficiaries, t.coverage.paymentsTotal ?? null));
    children.set(`T${t.id}`, []);
  }
  for (const { node: c } of data.colonias.edges) {
    nodes.set(`C${c.id}`, nodeOf(c.coverage.beneficiaries, c.coverage.paymentsTotal ?? null));
    children.get(`T${c.territorial.id}`)!.push(`C${c.id}`);
  }
  return { nodes, children };
}

async function tables(headers: Record<string, string> = {}): Promise<Tables> {
  const result = await server.gql(AttackTablesDocument, {}, headers);
  expect(result.errors).toBeUndefined();
  expect(result.data.colonias.edges).toHaveLength(293);
  return tablesOf(result.data);
}

const hiddenCells = (t: Tables) =>
  [...t.nodes.values()].reduce((n, node) => n + [...node.cells.values()].filter((v) => v === null).length, 0);

/** Attack 1: servidores = (paymentsTotal − 78,000 × total) / 39,000 wherever byRole is hidden and money is not. */
function moneyAttack(pub: Tables, exact: Tables): number {
  let recovered = 0;
  for (const [id, node] of pub.nodes) {
    if (node.paid === null) continue;
    const servidores = (node.paid - PROMOTOR_YEAR * node.total) / (SERVIDOR_YEAR - PROMOTOR_YEAR);
    if (!Number.isInteger(servidores) || servidores < 0 || servidores > node.total) continue;
    const truth = exact.nodes.get(id)!.cells;
    const derived = {
      'byRole.SERVIDOR_DEL_PUEBLO': servidores,
      'byRole.PROMOTOR_COMUNITARIO': node.total - servidores,
    };
    for (const [cell, value] of Object.entries(derived))
      if (node.cells.get(cell) === null && truth.get(cell) === value) recovered += 1;
  }
  return recovered;
}

/**
 * Attack 2: every published identity solved while it has one unknown, until nothing changes — a breakdown
 * against its total, a territorial against its colonias, the alcaldía against its territoriales and against
 * its colonias. With `money`, a scope's published payments give its role split as in attack 1.
 */
function differencingAttack(pub: Tables, exact: Tables, money: boolean): number {
  const known = new Map<string, number>();
  for (const [id, node] of pub.nodes)
    for (const [cell, value] of node.cells) if (value !== null) known.set(`${id}|${cell}`, value);
  const sums: { parent: string | number; children: string[] }[] = [];
  const cellNames = [...pub.nodes.get('A')!.cells.keys()];
  for (const [id, node] of pub.nodes)
    for (const d of DIMENSIONS)
      sums.push({
        parent: node.total,
        children: cellNames.filter((c) => c.startsWith(`${d}.`)).map((c) => `${id}|${c}`),
      });
  const territoriales = [...pub.children.keys()];
  const colonias = territoriales.flatMap((t) => pub.children.get(t)!);
  for (const cell of cellNames) {
    for (const t of territoriales)
      sums.push({ parent: `${t}|${cell}`, children: pub.children.get(t)!.map((c) => `${c}|${cell}`) });
    sums.push({ parent: `A|${cell}`, children: territoriales.map((t) => `${t}|${cell}`) });
    sums.push({ parent: `A|${cell}`, children: colonias.map((c) => `${c}|${cell}`) });
  }
  if (money)
    for (const [id, node] of pub.nodes) {
      if (node.paid === null) continue;
      const servidores = (node.paid - PROMOTOR_YEAR * node.total) / (SERVIDOR_YEAR - PROMOTOR_YEAR);
      if (Number.isInteger(servidores)) known.set(`${id}|byRole.SERVIDOR_DEL_PUEBLO`, servidores);
    }
  for (let changed = true; changed;) {
    changed = false;
    for (const { parent, children } of sums) {
      const members = typeof parent === 'number' ? children : [parent, ...children];
      const unknown = members.filter((m) => !known.has(m));
      if (unknown.length !== 1) continue;
      const whole = typeof parent === 'number' ? parent : known.get(parent);
      const rest = children.reduce((s, c) => s + (known.get(c) ?? 0), 0);
      known.set(unknown[0], whole === undefined ? rest : whole - rest);
      changed = true;
    }
  }
  let recovered = 0;
  for (const [id, node] of pub.nodes)
    for (const [cell, value] of node.cells)
      if (value === null && known.get(`${id}|${cell}`) === exact.nodes.get(id)!.cells.get(cell)) recovered += 1;
  return recovered;
}

describe('PUBLIC cannot undo small-cell suppression by arithmetic (issue #27)', () => {
  let pub: Tables;
  let exact: Tables;
  beforeAll(async () => {
    [pub, exact] = await Promise.all([tables(), tables(analyst)]);
  });

  it('hides cells for PUBLIC and none for ANALYST, who keeps exact figures and payments', () => {
    expect(hiddenCells(exact)).toBe(0);
    expect([...exact.nodes.values()].every((n) => n.paid !== null)).toBe(true);
    expect(hiddenCells(pub)).toBeGreaterThan(3000);
    for (const [id, node] of pub.nodes) {
      const truth = exact.nodes.get(id)!;
      expect(node.total).toBe(truth.total);
      for (const [cell, value] of node.cells) {
        const real = truth.cells.get(cell)!;
        if (real >= 1 && real <= 4) expect({ id, cell, value }).toEqual({ id, cell, value: null });
        if (value !== null) expect({ id, cell, value }).toEqual({ id, cell, value: real });
      }
      if (node.paid !== null) expect(node.paid).toBeCloseTo(truth.paid!, 2);
    }
    // The report's figures for the alcaldía stay published.
    expect([...pub.nodes.get('A')!.cells.values()].every((v) => v !== null)).toBe(true);
  });

  it('attack 1: payments with the total give no hidden role split', () => {
    expect(moneyAttack(pub, exact)).toBe(0);
  });

  it('attack 2: a territorial minus its other colonias (and every other published sum) gives no hidden cell', () => {
    expect(differencingAttack(pub, exact, false)).toBe(0);
    expect(differencingAttack(pub, exact, true)).toBe(0);
  });

  it('attack 3: two windows around one baja give the same answer', async () => {
    // A colonia whose 2020 breakdown by sex is hidden (4 people, all of one sex); one more of that sex, dropped
    // on 15 June: from the 15th the colonia has 5 (published), from the 16th 4 again.
    const colonia = [...exact.nodes.entries()].find(
      ([id, n]) =>
        id.startsWith('C') &&
        n.total === 4 &&
        [...n.cells.entries()].some(([c, v]) => c.startsWith('bySex.') && v === 4),
    )!;
    const sex = [...colonia[1].cells.entries()].find(([c, v]) => c.startsWith('bySex.') && v === 4)![0].slice(6);
    const c = colonia[0].slice(1);
    await make.sql.beneficiary({ coloniaId: c, sex, status: 'BAJA', bajaOn: '2020-06-15' });
    const vars = { c, fromA: '2020-06-15', fromB: '2020-06-16' };
    const exactWindows = await server.gql(AttackColoniaWindowsDocument, vars, analyst);
    expect(exactWindows.data.a.beneficiaries.total - exactWindows.data.b.beneficiaries.total).toBe(1);

    const windows = await server.gql(AttackColoniaWindowsDocument, vars);
    expect(windows.errors).toBeUndefined();
    const a = nodeOf(windows.data.a.beneficiaries, null);
    const b = nodeOf(windows.data.b.beneficiaries, null);
    const truthB = nodeOf(exactWindows.data.b.beneficiaries, null);
    const truthA = nodeOf(exactWindows.data.a.beneficiaries, null);
    expect(windowAttack(a, b, truthA, truthB)).toBe(0);
  });
});

/**
 * Attack 3: windows A ⊇ B differing by Δ = totalA − totalB people; each cell of B lies in [A − Δ, A], each of A
 * in [B, B + Δ]; each breakdown sums to its total. A hidden cell whose interval is one value is recovered.
 */
function windowAttack(a: Node, b: Node, truthA: Node, truthB: Node): number {
  const delta = a.total - b.total;
  let recovered = 0;
  for (const [node, other, sign, truth] of [
    [b, a, -1, truthB],
    [a, b, 1, truthA],
  ] as const) {
    for (const d of DIMENSIONS) {
      const cells = [...node.cells.entries()].filter(([c]) => c.startsWith(`${d}.`));
      const bounds = cells.map(([c, v]) => {
        if (v !== null) return [v, v];
        const o = other.cells.get(c);
        if (o === null || o === undefined) return [0, node.total];
        return sign < 0 ? [Math.max(0, o - delta), o] : [o, o + delta];
      });
      for (let round = 0; round < cells.length; round++)
        bounds.forEach((bound, i) => {
          const othersLo = bounds.reduce((s, x, j) => s + (j === i ? 0 : x[0]), 0);
          const othersHi = bounds.reduce((s, x, j) => s + (j === i ? 0 : x[1]), 0);
          bound[0] = Math.max(bound[0], node.total - othersHi);
          bound[1] = Math.min(bound[1], node.total - othersLo);
        });
      cells.forEach(([c, v], i) => {
        if (v === null && bounds[i][0] === bounds[i][1] && bounds[i][0] === truth.cells.get(c)) recovered += 1;
      });
    }
  }
  return recovered;
}
