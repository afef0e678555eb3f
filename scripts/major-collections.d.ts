/** A major garbage collection of the page's main thread (see major-collections.js). */
export interface MajorCollection {
  /** Seconds after the user-timing mark (after the main thread's first event without one). */
  readonly at: number;
  /** Asked for by V8's memory reducer: Blink's heap compacted, the young generation shrunk. */
  readonly reduceMemory: boolean;
  /** Wall time, ms. */
  readonly ms: number;
  /** CPU (thread) time, ms; null where the trace has none. */
  readonly cpuMs: number | null;
  readonly heapBeforeMb: number;
  readonly heapAfterMb: number;
  /** CPU, ms, of Blink's part, giving memory back, evacuation and marking; null where absent. */
  readonly phases: { readonly blink: number | null; readonly giveBack: number | null; readonly evacuate: number | null; readonly mark: number | null };
}

export function majorCollections(trace: unknown, options?: { readonly mark?: string }): MajorCollection[];

export function describeCollection(c: MajorCollection): string;
