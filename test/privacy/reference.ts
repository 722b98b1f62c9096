/**
 * A slow, obviously correct reference for the release checks: rows as plain records, classes as a
 * Map keyed by JSON.stringify of the quasi-identifier values, every metric straight from its
 * definition. The fast path in src/privacy must agree with it.
 */
import type { CheckOptions, CheckReport, SensitiveReport } from '../../src/privacy/index.js';

type Row = Record<string, unknown>;

const missingToNull = (value: unknown): unknown => (value === undefined || value === '' ? null : value);

function numeric(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function referenceCheck(table: readonly Row[] | Record<string, readonly unknown[]>, options: CheckOptions): CheckReport {
  const quasiIdentifiers = options.quasiIdentifiers;
  const sensitive = options.sensitive ?? [];
  const names = [...quasiIdentifiers, ...sensitive];
  let rows: Row[];
  if (Array.isArray(table)) {
    rows = table.map((record) => Object.fromEntries(names.map((name) => [name, missingToNull(record[name])])));
  } else {
    const columns = table as Record<string, readonly unknown[]>;
    const length = columns[names[0]!]!.length;
    rows = [];
    for (let i = 0; i < length; i++) rows.push(Object.fromEntries(names.map((name) => [name, missingToNull(columns[name]![i])])));
  }
  if (options.missing === 'drop') rows = rows.filter((row) => names.every((name) => row[name] !== null));
  if (rows.length === 0) throw new Error('no rows');

  const classes = new Map<string, Row[]>();
  for (const row of rows) {
    const key = JSON.stringify(quasiIdentifiers.map((name) => row[name]));
    if (!classes.has(key)) classes.set(key, []);
    classes.get(key)!.push(row);
  }
  // A class's group: the class itself, or with wildcard missing values every row that agrees with
  // the class's rows wherever both have a value (pairwise, O(n²)).
  const members = [...classes.values()];
  const compatible = (a: Row, b: Row): boolean => quasiIdentifiers.every((name) => a[name] === null || b[name] === null || a[name] === b[name]);
  const groups = options.missing === 'wildcard' ? members.map((m) => rows.filter((row) => compatible(m[0]!, row))) : members;
  const sizes = groups.map((group) => group.length); // group sizes
  const classRows = members.map((m) => m.length);
  const k = Math.min(...sizes);
  const threshold = options.riskThreshold ?? 0.2;

  const report: Record<string, SensitiveReport> = {};
  const distinctOf: Record<string, number[]> = {};
  const distanceOf: Record<string, number[]> = {};
  for (const name of sensitive) {
    const valueKey = (row: Row): string => JSON.stringify(row[name]);
    distinctOf[name] = groups.map((group) => new Set(group.map(valueKey)).size);
    distanceOf[name] = [];
    const lDistinct = Math.min(...distinctOf[name]);

    const entropies = groups.map((group) => {
      let h = 0;
      for (const count of countBy(group, valueKey).values()) h -= (count / group.length) * Math.log(count / group.length);
      return h;
    });
    const lEntropy = Math.exp(Math.min(...entropies));

    let c: number | null = null;
    if (lDistinct >= 2) {
      const holds = (candidate: number): boolean =>
        groups.every((group) => {
          const r = [...countBy(group, valueKey).values()].sort((a, b) => b - a);
          const tail = r.slice(lDistinct - 1).reduce((a, b) => a + b, 0);
          return r[0]! < candidate * tail;
        });
      c = 1;
      while (!holds(c)) c++;
    }

    const nonMissing = rows.map((row) => row[name]).filter((value) => value !== null);
    const auto = nonMissing.length > 0 && nonMissing.every((value) => numeric(value) !== undefined);
    const ordered = options.ordered?.[name] ?? auto;
    let tCloseness = 0;
    for (const group of groups) {
      let distance: number;
      if (ordered) {
        const point = (row: Row): number => (row[name] === null ? Infinity : numeric(row[name])!);
        const points = [...new Set(rows.map(point))].sort((a, b) => a - b);
        const m = points.length;
        let cumulative = 0;
        let sum = 0;
        for (const x of points) {
          const p = group.filter((row) => point(row) === x).length / group.length;
          const q = rows.filter((row) => point(row) === x).length / rows.length;
          cumulative += p - q;
          sum += Math.abs(cumulative);
        }
        distance = m <= 1 ? 0 : sum / (m - 1);
      } else {
        const values = new Set(rows.map(valueKey));
        let sum = 0;
        for (const v of values) {
          const p = group.filter((row) => valueKey(row) === v).length / group.length;
          const q = rows.filter((row) => valueKey(row) === v).length / rows.length;
          sum += Math.abs(p - q);
        }
        distance = sum / 2;
      }
      distanceOf[name].push(distance);
      tCloseness = Math.max(tCloseness, distance);
    }
    report[name] = { lDistinct, lEntropy, recursive: { l: lDistinct, c }, tCloseness, tDistance: ordered ? 'ordered' : 'equal' };
  }

  const prosecutor = {
    max: 1 / k,
    avg: sizes.reduce((sum, size, c) => sum + classRows[c]! / size, 0) / rows.length,
    recordsAtRisk: sizes.reduce((sum, size, c) => sum + (1 / size > threshold ? classRows[c]! : 0), 0),
  };
  const result: CheckReport = {
    rows: rows.length,
    classes: groups.length,
    uniques: sizes.filter((size) => size === 1).length,
    k,
    risk: { prosecutor, journalist: prosecutor, marketer: { avg: prosecutor.avg } },
    sensitive: report,
    classSizes: [[1, 1], [2, 2], [3, 4], [5, 9], [10, 19], [20, 49], [50, 99], [100, 999], [1000, null] as const].map(([min, max]) => {
      const inside = sizes.map((size, c) => [size, c] as const).filter(([size]) => size >= min! && (max === null || size <= max));
      return { min: min!, max: max ?? null, classes: inside.length, rows: inside.reduce((a, [, c]) => a + classRows[c]!, 0) };
    }),
  };
  const thresholds = options.thresholds;
  if (thresholds === undefined) return result;

  // Violations, class by class, straight from the definitions.
  const breaks = groups.map((group, c) => {
    const list: string[] = [];
    if (thresholds.k !== undefined && group.length < thresholds.k) list.push('k');
    for (const name of sensitive) {
      if (thresholds.l !== undefined && distinctOf[name]![c]! < thresholds.l) list.push(`l:${name}`);
      if (thresholds.t !== undefined && distanceOf[name]![c]! > thresholds.t + 1e-9) list.push(`t:${name}`);
    }
    return list;
  });
  const bad = groups.map((_, c) => c).filter((c) => breaks[c]!.length > 0);
  const fewest = (c: number): number => Math.min(Infinity, ...sensitive.map((name) => distinctOf[name]![c]!));
  const worst = [...bad]
    .sort((a, b) => sizes[a]! - sizes[b]! || fewest(a) - fewest(b) || a - b)
    .slice(0, options.violations?.limit ?? 20)
    .map((c) => {
      const group = groups[c]!;
      const violation: Record<string, unknown> = {
        size: classRows[c],
        groupSize: group.length,
        quasiIdentifiers: Object.fromEntries(quasiIdentifiers.map((name) => [name, members[c]![0]![name]])),
        breaks: breaks[c],
      };
      const l = Object.fromEntries(sensitive.filter((name) => breaks[c]!.includes(`l:${name}`)).map((name) => [name, distinctOf[name]![c]]));
      const t = Object.fromEntries(sensitive.filter((name) => breaks[c]!.includes(`t:${name}`)).map((name) => [name, distanceOf[name]![c]]));
      if (Object.keys(l).length > 0) violation.l = l;
      if (Object.keys(t).length > 0) violation.t = t;
      if (options.violations?.includeSensitive) {
        violation.sensitiveValues = Object.fromEntries(
          sensitive.map((name) => {
            const counts = new Map<string, { value: unknown; count: number }>();
            for (const row of group) {
              const key = JSON.stringify(row[name]);
              if (!counts.has(key)) counts.set(key, { value: row[name], count: 0 });
              counts.get(key)!.count++;
            }
            const firstSeen = (value: unknown): number => rows.findIndex((row) => JSON.stringify(row[name]) === JSON.stringify(value));
            return [name, [...counts.values()].sort((a, b) => b.count - a.count || firstSeen(a.value) - firstSeen(b.value))];
          }),
        );
      }
      return violation;
    });
  const countFor = (kind: 'l' | 't'): Record<string, number> =>
    thresholds[kind] === undefined ? {} : Object.fromEntries(sensitive.map((name) => [name, groups.filter((_, c) => breaks[c]!.includes(`${kind}:${name}`)).length]));
  return {
    ...result,
    violations: {
      thresholds: { ...thresholds },
      passed: bad.length === 0,
      k: breaks.filter((list) => list.includes('k')).length,
      l: countFor('l'),
      t: countFor('t'),
      classes: bad.length,
      rows: bad.reduce((sum, c) => sum + classRows[c]!, 0),
      worst: worst as never,
    },
  };
}
