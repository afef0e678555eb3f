import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, type CorridorErrorDetail } from '../../../src/app/corridor-flow';
import { fakeScenario } from '../client/fixtures/fake-solver';
import { nextEvent, shadow } from './app-fixture';
import { fakeSolverApps } from './fake-solver-apps';

const { attach } = fakeSolverApps();

/** Drops a file of `bytes` bytes on a fresh app and gives the problem it reports. */
async function dropFileOf(bytes: number): Promise<string> {
  const { app } = attach();
  const solved = nextEvent(app, 'corridor-solved');
  app.scenario = fakeScenario('small', 1);
  await solved;
  const files = new DataTransfer();
  files.items.add(new File([new Uint8Array(bytes)], 'huge.json', { type: 'application/json' }));
  const error = nextEvent<CorridorErrorDetail>(app, 'corridor-error');
  app.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
  const { problems } = await error;
  await app.updateComplete;
  expect(shadow(app).querySelector('dialog .problems')?.textContent).toContain(problems?.[0]?.message);
  return problems?.[0]?.message ?? '';
}

describe('<corridor-flow> import size', () => {
  it('should say the file`s size and the limit in round units', async () => {
    expect(await dropFileOf(25 * 1024 * 1024)).toBe('the file is 25 MB; at most 20 MB can be imported');
  });

  it('should never say a size over the limit as the limit itself', async () => {
    expect(await dropFileOf(MAX_IMPORT_BYTES + 1)).toBe('the file is more than 20 MB; at most 20 MB can be imported');
  });
});
