import { formatSize } from '../model/format-size';
import { LIMITS } from '../model/limits';

/**
 * Most bytes of scenario text read from a file or standard input: the
 * model's limit (`LIMITS.maxTextLength`, in UTF-16 units) at three UTF-8
 * bytes per unit, the most one unit can take. So nothing a file of the
 * limit's length could hold is refused here; the exact length is checked
 * by `parseScenario`, which says by how much a text is over it.
 */
export const MAX_INPUT_BYTES = LIMITS.maxTextLength * 3;

/** Why a read was refused: the input is bigger than the limit. */
export function tooBigError(what: string, limit = MAX_INPUT_BYTES): Error {
  return Object.assign(
    new Error(`${what} is bigger than ${formatSize(limit)}; a scenario may have at most ${formatSize(LIMITS.maxTextLength)} of JSON text`),
    { code: 'E2BIG' },
  );
}

/**
 * Reads a stream to its end as UTF-8 text, but stops and rejects (code
 * `E2BIG`) as soon as more than `maxBytes` arrived: endless or huge input
 * (`yes | corridor-flow solve -`) costs at most `maxBytes` of memory. The
 * stream is destroyed then, so the writer gets EPIPE rather than blocking.
 */
export async function readBounded(stream: AsyncIterable<unknown> & { destroy?: () => void }, maxBytes = MAX_INPUT_BYTES, what = 'standard input'): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > maxBytes) {
      stream.destroy?.();
      throw tooBigError(what, maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
