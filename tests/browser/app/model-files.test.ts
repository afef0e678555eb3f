import { describe, expect, it } from 'vitest';
import { MODEL_FILES } from '../../../src/app/model-files';

/**
 * The app's model menu lists `models/*.json` through Vite's glob: every
 * shipped Caspian model, the planning case, its variants and the seed's
 * story, must be there to be opened, and each must be fetchable at its URL.
 */
describe('MODEL_FILES (the app model menu)', () => {
  const CASPIAN = [
    'caspian-2024',
    'caspian-2030',
    'caspian-2030-both-closed',
    'caspian-2030-iran-closed',
    'caspian-2030-russia-closed',
    'caspian-2030-tripp-built',
    'caspian-grain-armenia',
  ];

  it('should list every Caspian model, the variants included, sorted by name', () => {
    const ids = MODEL_FILES.map((file) => file.id);
    expect(ids).toEqual(expect.arrayContaining(CASPIAN));
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('should serve each Caspian model at its URL as a scenario file', async () => {
    for (const id of CASPIAN) {
      const file = MODEL_FILES.find((f) => f.id === id)!;
      const body = (await (await fetch(file.url)).json()) as { format?: string };
      expect(body.format, id).toBe('corridor-flow/scenario@1');
    }
  });
});
