import type { PathKey } from './format-path';
import type { LocatedProblem } from './located-problem';

/** Keys that can reach or replace an object's prototype when data is merged or copied. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Step {
  readonly value: unknown;
  readonly key: PathKey | undefined;
  readonly parent: Step | undefined;
}

/**
 * Every own `__proto__`, `constructor` or `prototype` key anywhere in the
 * input (JSON.parse creates `__proto__` as an ordinary own key). Walks with
 * an explicit stack and a visited set, so deep nesting and cycles in an
 * object input cannot overflow or loop.
 */
export function findForbiddenKeys(input: unknown): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const visited = new WeakSet<object>();
  const stack: Step[] = [{ value: input, key: undefined, parent: undefined }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    const { value } = step;
    if (typeof value !== 'object' || value === null || visited.has(value)) continue;
    visited.add(value);
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        const item: unknown = value[index];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, key: index, parent: step });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index]!;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          keys: pathOf({ value: undefined, key, parent: step }),
          message: `forbidden key "${key}": it could alter object prototypes, so it is refused; rename or remove it`,
        });
        continue;
      }
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, key, parent: step });
    }
  }
  return problems;
}

function pathOf(step: Step): PathKey[] {
  const keys: PathKey[] = [];
  for (let at: Step | undefined = step; at !== undefined; at = at.parent) if (at.key !== undefined) keys.push(at.key);
  return keys.reverse();
}
