import { setParameter } from '../model/parameter-path';
import type { Result, Scenario } from '../model/types';
import { BINDING_EPSILON, bindingSet } from './binding-set';
import type { SolveMany, SolveManyOptions } from './types';

/**
 * Tolerance of the range ends: a breakpoint is accepted when the objective
 * solved there lies on the current line within `tolerance · max(1, |objective|)`
 * (USD/yr), and two marginal values are the same within
 * `tolerance · max(1, value)` (USD per t/yr).
 */
export const MARGINAL_RANGE_TOLERANCE = 1e-9;

/** At most this many rounds of probes per search (the intersections converge in a few; this only stops a runaway). */
const MAX_ROUNDS = 40;

/** One end of the capacity interval over which a marginal value holds. */
export interface MarginalRangeEnd {
  /**
   * `breakpoint`: the marginal value changes at `capacity`.
   * `zero`: it holds down to a capacity of 0 (the lower end only).
   * `infeasible`: a little below `capacity` the scenario cannot be solved (hard demands cannot be met); found by
   *   bisection to 1e-6 · max(1, capacity now).
   * `error`: a probe did not solve (`capacity` is how far the value was confirmed).
   */
  readonly kind: 'breakpoint' | 'zero' | 'infeasible' | 'error';
  /** t/yr. */
  readonly capacity: number;
  /** USD per t/yr just beyond this end; null at `zero`, `infeasible` and `error`. */
  readonly nextMarginalValue: number | null;
  /** Constraints (labels as `bindingSet` gives them: `link:<id>`, `node:<id>`, `corridor:<id>`) binding just beyond this end and not now. */
  readonly startBinding: readonly string[];
  /** Constraints binding now and no longer just beyond this end (this capacity itself, above its range). */
  readonly stopBinding: readonly string[];
}

/** The interval of one binding capacity over which its marginal value holds. */
export interface MarginalRange {
  readonly kind: 'link' | 'node';
  readonly id: string;
  /** `links.<id>.capacity` or `nodes.<id>.capacity`. */
  readonly path: string;
  /** t/yr now. */
  readonly capacity: number;
  /** USD per t/yr now, as the result gives it. */
  readonly marginalValue: number;
  readonly down: MarginalRangeEnd;
  readonly up: MarginalRangeEnd;
  /** Solves spent on this capacity (both directions). */
  readonly solves: number;
}

/** A point of the objective as a function of one capacity: its value and slope there (−marginal value). */
interface Point {
  readonly capacity: number;
  readonly objective: number;
  readonly marginalValue: number;
  readonly result: Result;
}

/**
 * For every binding link and node capacity of an optimal `result` (marginal
 * value > `BINDING_EPSILON`), the capacity interval over which the marginal
 * value holds, and what binds or stops binding beyond each end.
 *
 * The objective as a function of one capacity, f(c), is convex and piecewise
 * linear (an LP's optimal value in a right-hand side), and the marginal value
 * λ is −f′. So the end of the current piece lies where its line,
 * f(c₀) − λ₀(c − c₀), meets the supporting line at a far probe; solving there,
 * either f lies on the current line (the end, exact up to the LP's precision)
 * or it gives a new supporting line nearer c₀ (Eisner–Severance). Each
 * direction takes a few solves; every capacity's probes of one round go to
 * `solveMany` as one batch.
 *
 * The far probes: upwards, c₀ plus all demand volumes (where the capacity can
 * no longer bind); downwards, 0, halved towards c₀ while infeasible.
 */
export async function marginalRanges(scenario: Scenario, result: Result, solveMany: SolveMany, options: SolveManyOptions = {}): Promise<readonly MarginalRange[]> {
  if (result.status !== 'optimal') return [];
  const searches: Search[] = [];
  const totalVolume = scenario.demands.reduce((sum, d) => sum + d.volume, 0);
  const base: Omit<Point, 'capacity' | 'marginalValue'> = { objective: result.objective, result };
  for (const [kind, items, results] of [
    ['link', scenario.links, result.links],
    ['node', scenario.nodes, result.nodes],
  ] as const) {
    // By id through a map: a search of the list per binding item was quadratic in the links (seconds at 10,000).
    const capacityOf = new Map<string, number | undefined>(items.map((i) => [i.id, i.capacity]));
    for (const item of results) {
      const capacity = capacityOf.get(item.id);
      if (item.marginalValue <= BINDING_EPSILON || capacity === undefined) continue;
      const path = `${kind}s.${item.id}.capacity`;
      const start: Point = { ...base, capacity, marginalValue: item.marginalValue };
      searches.push(new Search(path, start, +1, capacity + totalVolume + 1), new Search(path, start, -1, 0));
    }
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const active = searches.filter((s) => s.next !== null);
    if (active.length === 0) break;
    const probes = active.map((s) => s.next!);
    const results = await solveMany(
      probes.map((c, i) => setParameter(scenario, active[i]!.path, c)),
      options.signal ? { signal: options.signal } : {},
    );
    active.forEach((search, i) => search.take(probes[i]!, results[i]!));
  }
  const ranges: MarginalRange[] = [];
  for (let i = 0; i < searches.length; i += 2) {
    const [up, down] = [searches[i]!, searches[i + 1]!];
    const start = up.start;
    const kind = up.path.startsWith('links.') ? 'link' : 'node';
    ranges.push({
      kind,
      id: up.path.slice(kind.length + 2, -'.capacity'.length),
      path: up.path,
      capacity: start.capacity,
      marginalValue: start.marginalValue,
      down: down.end(result),
      up: up.end(result),
      solves: up.solves + down.solves,
    });
  }
  return ranges;
}

/** The capacity's own marginal value in a result. */
function marginalValueAt(result: Result, path: string): number {
  const id = path.slice(path.indexOf('.') + 1, -'.capacity'.length);
  const items = path.startsWith('links.') ? result.links : result.nodes;
  return items.find((i) => i.id === id)?.marginalValue ?? 0;
}

const same = (a: number, b: number, scale: number) => Math.abs(a - b) <= MARGINAL_RANGE_TOLERANCE * Math.max(1, Math.abs(scale));

/**
 * The search for one end of one capacity's range, one probe at a time:
 * `next` is the capacity to solve next (null when done), `take` reads its result.
 */
class Search {
  /** The capacity to solve at next, or null when the end is known. */
  next: number | null;
  solves = 0;
  /** The supporting line farther out that bounds the current piece. */
  #far: Point | null = null;
  /** Lowest capacity found infeasible (downwards only). */
  #infeasibleBelow: number | null = null;
  #found: { kind: MarginalRangeEnd['kind']; capacity: number } | null = null;
  /** What solving just beyond the end gave. */
  #beyond: Result | null = null;
  #phase: 'far' | 'intersect' | 'beyond' | 'bisect' = 'far';

  constructor(
    readonly path: string,
    readonly start: Point,
    readonly direction: 1 | -1,
    farCapacity: number,
  ) {
    this.next = direction === -1 && start.capacity <= 0 ? null : farCapacity;
    if (this.next === null) this.#found = { kind: 'zero', capacity: 0 };
  }

  take(capacity: number, result: Result): void {
    this.solves++;
    if (this.#phase === 'beyond') {
      this.#beyond = result;
      this.next = null;
      return;
    }
    if (result.status === 'infeasible' && this.direction === -1) {
      this.#onInfeasible(capacity);
      return;
    }
    if (result.status !== 'optimal') {
      this.#finish('error', this.start.capacity, false);
      return;
    }
    const point: Point = { capacity, objective: result.objective, marginalValue: marginalValueAt(result, this.path), result };
    const line = this.start.objective - this.start.marginalValue * (capacity - this.start.capacity);
    const onLine = same(point.objective, line, this.start.objective);
    if (this.#phase === 'bisect') {
      // Feasible and on the line: the piece holds at least this far. Off it: the piece ends above here.
      if (onLine) this.#bisect(point.capacity);
      else {
        this.#far = point;
        this.#infeasibleBelow = null;
        this.#phase = 'intersect';
        this.#step();
      }
      return;
    }
    if (this.#phase === 'far' || this.#far === null) {
      this.#far = point;
      this.#phase = 'intersect';
      this.#step();
      return;
    }
    if (onLine) {
      this.#finish('breakpoint', capacity, true);
    } else {
      this.#far = point;
      this.#step();
    }
  }

  /** Next probe: where the current line meets the far line, or done when they are one line. */
  #step(): void {
    const a = this.start;
    const b = this.#far!;
    if (same(a.marginalValue, b.marginalValue, a.marginalValue)) {
      // One piece all the way to the far probe.
      if (this.#infeasibleBelow !== null) {
        this.#phase = 'bisect';
        this.#bisect(b.capacity);
      } else if (this.direction === -1 && b.capacity === 0) {
        this.#finish('zero', 0, false);
      } else {
        this.#finish('error', b.capacity, false);
      }
      return;
    }
    // f_a − λ_a (c − c_a) = f_b − λ_b (c − c_b)
    const c = (b.objective - a.objective + b.marginalValue * b.capacity - a.marginalValue * a.capacity) / (b.marginalValue - a.marginalValue);
    const lo = Math.min(a.capacity, b.capacity);
    const hi = Math.max(a.capacity, b.capacity);
    this.next = Math.min(hi, Math.max(lo, c));
  }

  /** A downward probe was infeasible: move the far probe halfway back towards the capacity now. */
  #onInfeasible(capacity: number): void {
    this.#infeasibleBelow = Math.max(this.#infeasibleBelow ?? capacity, capacity);
    if (this.#phase === 'bisect') {
      this.#bisect(null);
      return;
    }
    this.#phase = 'far';
    const next = (capacity + this.start.capacity) / 2;
    if (this.start.capacity - next <= 1e-6 * Math.max(1, this.start.capacity)) this.#finish('infeasible', this.start.capacity, false);
    else this.next = next;
  }

  #feasibleDown = Number.NaN;

  /** Bisects between the lowest feasible capacity on the current piece and the highest infeasible one. */
  #bisect(feasible: number | null): void {
    if (feasible !== null) this.#feasibleDown = Number.isNaN(this.#feasibleDown) ? feasible : Math.min(this.#feasibleDown, feasible);
    const hi = Number.isNaN(this.#feasibleDown) ? this.start.capacity : this.#feasibleDown;
    const lo = this.#infeasibleBelow!;
    if (hi - lo <= 1e-6 * Math.max(1, this.start.capacity)) this.#finish('infeasible', hi, false);
    else this.next = (lo + hi) / 2;
  }

  #finish(kind: MarginalRangeEnd['kind'], capacity: number, probeBeyond: boolean): void {
    this.#found = { kind, capacity };
    if (!probeBeyond) {
      this.next = null;
      return;
    }
    // Just beyond the end, well inside the next piece unless that piece is shorter than this step.
    const room = Math.abs(this.#far!.capacity - capacity);
    const nudge = 1e-3 * Math.max(1, Math.abs(capacity - this.start.capacity));
    const step = room > 0 ? Math.min(nudge, room / 2) : nudge;
    this.#phase = 'beyond';
    this.next = capacity + this.direction * step;
  }

  end(now: Result): MarginalRangeEnd {
    const found = this.#found ?? { kind: 'error' as const, capacity: this.start.capacity };
    const beyond = this.#beyond !== null && this.#beyond.status === 'optimal' ? this.#beyond : null;
    const before = new Set(bindingSet(now));
    const after = beyond === null ? new Set<string>() : new Set(bindingSet(beyond));
    return {
      kind: found.kind,
      capacity: found.capacity,
      nextMarginalValue: beyond === null ? null : marginalValueAt(beyond, this.path),
      startBinding: beyond === null ? [] : [...after].filter((l) => !before.has(l)),
      stopBinding: beyond === null ? [] : [...before].filter((l) => !after.has(l)),
    };
  }
}
