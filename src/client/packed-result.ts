import type { Result } from '../model/types';
import type { PlanYear } from '../plan/types';

/**
 * A one-year `Result` as it crosses from the worker to the page in a plan:
 * its lists of records (links, nodes, demands with their per-link flows,
 * corridors, shortfalls) as columns of typed arrays that are transferred,
 * not copied, and a table of the ids they name, each id once. On the 100×
 * network a year's result is some 6,000 small objects and 450 kB as a
 * structured clone, which the page took ~50 ms to deserialise in one task
 * and left as many thousand copies of the same id strings for the garbage
 * collector; this form is a few typed arrays and unpacks in a few ms.
 *
 * Exact: `unpackResult(packResult(r))` deep-equals `r`, key order, `null`,
 * `undefined`, `-0` and NaN included. A field whose value is not a list of
 * flat records (numbers, strings, booleans, null, undefined, and lists of
 * such records) is sent as it is (`plain`).
 */
export interface PackedResult {
  readonly packed: 'result';
  /** The result's keys in its order; each is in `plain` or in `lists`. */
  readonly keys: readonly string[];
  /** The fields sent as they are. */
  readonly plain: Readonly<Record<string, unknown>>;
  /** The keys whose lists of records are packed, in the order they are read from the columns. */
  readonly lists: readonly string[];
  /** Each distinct key list of a record, as record kinds (`kinds`) refer to them. */
  readonly shapes: readonly (readonly string[])[];
  /** Every distinct string value, as `refs` refer to them. */
  readonly strings: readonly string[];
  /** Per value, in reading order: what it is (`TAG`). */
  readonly tags: Uint8Array;
  /** The numbers, in reading order. */
  readonly numbers: Float64Array;
  /** List lengths, record shapes and string indices, in reading order. */
  readonly refs: Int32Array;
}

/** A model year of a plan as it crosses to the page: its result packed. */
export type PackedPlanYear = Omit<PlanYear, 'result'> & { readonly result: PackedResult };

/** What a packed value is. */
const TAG = { number: 0, null: 1, undefined: 2, string: 3, false: 4, true: 5, list: 6 } as const;

/** Whether `value` is a list of flat records that the columns can hold exactly. */
function isRecordList(value: unknown, depth = 0): value is readonly Record<string, unknown>[] {
  if (!Array.isArray(value) || depth > 1) return false;
  for (const item of value) {
    if (item === null || typeof item !== 'object' || Array.isArray(item) || Object.getPrototypeOf(item) !== Object.prototype) return false;
    for (const v of Object.values(item as object)) {
      const flat = v === null || v === undefined || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
      if (!flat && !isRecordList(v, depth + 1)) return false;
    }
  }
  return true;
}

/** Growable columns (doubling), trimmed to length at the end. */
class Column<T extends Uint8Array | Int32Array | Float64Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  trimmed(): T {
    return this.data.slice(0, this.length) as T;
  }
}

/** `result` in the form that crosses to the page (see `PackedResult`). */
export function packResult(result: Result): PackedResult {
  const keys = Object.keys(result);
  const plain: Record<string, unknown> = {};
  const lists: string[] = [];
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const tags = new Column(new Uint8Array(1024), (n) => new Uint8Array(n));
  const numbers = new Column(new Float64Array(1024), (n) => new Float64Array(n));
  const refs = new Column(new Int32Array(1024), (n) => new Int32Array(n));
  const packList = (list: readonly Record<string, unknown>[]): void => {
    refs.push(list.length);
    for (const record of list) {
      const recordKeys = Object.keys(record);
      const signature = recordKeys.join('\u0000');
      let shape = shapeIndex.get(signature);
      if (shape === undefined) {
        shape = shapes.length;
        shapes.push(recordKeys);
        shapeIndex.set(signature, shape);
      }
      refs.push(shape);
      for (const key of recordKeys) packValue(record[key]);
    }
  };
  const packValue = (v: unknown): void => {
    if (typeof v === 'number') {
      tags.push(TAG.number);
      numbers.push(v);
    } else if (typeof v === 'string') {
      let at = stringIndex.get(v);
      if (at === undefined) {
        at = strings.length;
        strings.push(v);
        stringIndex.set(v, at);
      }
      tags.push(TAG.string);
      refs.push(at);
    } else if (v === null) tags.push(TAG.null);
    else if (v === undefined) tags.push(TAG.undefined);
    else if (v === true) tags.push(TAG.true);
    else if (v === false) tags.push(TAG.false);
    else {
      tags.push(TAG.list);
      packList(v as readonly Record<string, unknown>[]);
    }
  };
  for (const key of keys) {
    const value = (result as unknown as Record<string, unknown>)[key];
    if (isRecordList(value)) {
      lists.push(key);
      packList(value);
    } else plain[key] = value;
  }
  return { packed: 'result', keys, plain, lists, shapes, strings, tags: tags.trimmed(), numbers: numbers.trimmed(), refs: refs.trimmed() };
}

/** The buffers of `packed` to transfer rather than copy. */
export function packedBuffers(packed: PackedResult): ArrayBuffer[] {
  return [packed.tags.buffer, packed.numbers.buffer, packed.refs.buffer] as ArrayBuffer[];
}

/** The `Result` that `packResult` packed. */
export function unpackResult(packed: PackedResult): Result {
  const steps = unpackSteps(packed, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * Records unpacked between two pauses of `unpackResultInSlices`: a few
 * milliseconds of a page's time (the 1M-variable network's 17,230 records
 * unpacked in 2–6 ms warm, 15–30 ms in the page's task when the answer came).
 */
export const UNPACK_RECORDS_PER_SLICE = 2500;

/**
 * `unpackResult`, with `pause()` awaited after each `perSlice` records or so
 * (between two items of the result's lists), so that a page unpacking a
 * large answer stays responsive. The same result.
 */
export async function unpackResultInSlices(packed: PackedResult, pause: () => Promise<void>, perSlice = UNPACK_RECORDS_PER_SLICE): Promise<Result> {
  const steps = unpackSteps(packed, perSlice);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await pause();
  }
}

/** Unpacks `packed`, yielding between two items of its lists once `perSlice` records (nested ones too) were read since the last yield. */
function* unpackSteps(packed: PackedResult, perSlice: number): Generator<void, Result> {
  const { shapes, strings, tags, numbers, refs } = packed;
  let t = 0;
  let n = 0;
  let r = 0;
  let records = 0;
  const unpackRecord = (): Record<string, unknown> => {
    const shape = shapes[refs[r++]!]!;
    const record: Record<string, unknown> = {};
    for (const key of shape) record[key] = unpackValue();
    records++;
    return record;
  };
  const unpackList = (): Record<string, unknown>[] => {
    const length = refs[r++]!;
    const list = new Array<Record<string, unknown>>(length);
    for (let i = 0; i < length; i++) list[i] = unpackRecord();
    return list;
  };
  const unpackValue = (): unknown => {
    switch (tags[t++]) {
      case TAG.number:
        return numbers[n++];
      case TAG.string:
        return strings[refs[r++]!];
      case TAG.null:
        return null;
      case TAG.undefined:
        return undefined;
      case TAG.true:
        return true;
      case TAG.false:
        return false;
      case TAG.list:
        return unpackList();
      default:
        throw new Error(`unpackResult: unknown tag ${tags[t - 1]} at value ${t - 1}`);
    }
  };
  const lists = new Map<string, Record<string, unknown>[]>();
  for (const key of packed.lists) {
    const length = refs[r++]!;
    const list = new Array<Record<string, unknown>>(length);
    for (let i = 0; i < length; i++) {
      list[i] = unpackRecord();
      if (records >= perSlice) {
        records = 0;
        yield;
      }
    }
    lists.set(key, list);
  }
  const result: Record<string, unknown> = {};
  for (const key of packed.keys) result[key] = lists.has(key) ? lists.get(key) : packed.plain[key];
  return result as unknown as Result;
}

/** `year` with its result packed (its keys in their order). */
export function packPlanYear(year: PlanYear): PackedPlanYear {
  return { ...year, result: packResult(year.result) };
}

/** The `PlanYear` that `packPlanYear` packed. */
export function unpackPlanYear(year: PackedPlanYear): PlanYear {
  return { ...year, result: unpackResult(year.result) };
}
