/**
 * `JSON.stringify(value)` as a sequence of pieces, so that a caller can stop
 * between two of them and go on in a later task: serialising a scenario of a
 * million arc-LP variables (a megabyte of text) took 90–150 ms in one go.
 * Joined, the pieces are exactly what `JSON.stringify` gives. Arrays and
 * objects are opened down to `depth` levels (a scenario's item lists sit at
 * the second or third); below that each value is one piece.
 */
export function* jsonPieces(value: unknown, depth = 3): Generator<string, void, undefined> {
  if (depth <= 0 || typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      // As JSON.stringify: what JSON cannot hold becomes null inside an array.
      yield* jsonPieces(representable(value[i]) ? value[i] : null, depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    // As JSON.stringify: a property JSON cannot hold is left out.
    if (!representable(item)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(item, depth - 1);
  }
  yield '}';
}

function representable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
