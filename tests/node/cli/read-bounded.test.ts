import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readBounded } from '../../../src/cli/read-bounded';
import { LIMITS } from '../../../src/model/limits';
import { runInProcess } from './support/run-in-process';

/** A stream that never ends, as `yes | corridor-flow solve -` gives; counts what was pulled from it. */
function endless(): Readable & { pulled: () => number } {
  let pulled = 0;
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const stream = new Readable({
    read() {
      pulled += chunk.length;
      this.push(chunk);
    },
  });
  return Object.assign(stream, { pulled: () => pulled });
}

describe('readBounded', () => {
  it('should read a stream to its end as UTF-8 text', async () => {
    expect(await readBounded(Readable.from([Buffer.from('{"a":'), Buffer.from('"Türkiye"}')]))).toBe('{"a":"Türkiye"}');
  });

  it('should refuse endless input once past the limit, having held no more than the limit and a chunk', async () => {
    const stream = endless();
    await expect(readBounded(stream)).rejects.toMatchObject({
      code: 'E2BIG',
      message: 'standard input is bigger than 30 MB; a scenario may have at most 10 MB of JSON text',
    });
    expect(stream.pulled()).toBeLessThan(MAX_INPUT_BYTES + 4 * 64 * 1024);
    expect(stream.destroyed).toBe(true);
  });

  it('should allow as many bytes as a file of the longest text the model accepts can have', () => {
    expect(MAX_INPUT_BYTES).toBe(3 * LIMITS.maxTextLength);
  });

  it('should leave text over the model`s limit but under the byte bound to the model, which names both sizes', async () => {
    const run = await runInProcess(['validate', '-'], { stdin: ' '.repeat(LIMITS.maxTextLength + 5 * 1024 * 1024) });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'expected JSON text of at most 10 MB (10485760 characters), got 15 MB (15728640 characters)\n',
    });
  });
});
