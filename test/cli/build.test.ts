/**
 * What `npm run build` makes for the command line (`npm test` builds first): the bundled command
 * behind bin/, and the gazetteer's data precomputed as JSON, which must be exactly what the
 * source computes from @vant/area-data.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGazetteerData } from '../../src/gazetteer/divisions.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the build', () => {
  it('bundles the command and its worker into dist/', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'worker.js'))).toBe(true);
  });

  it('precomputes the gazetteer: the same data as computed from @vant/area-data', async () => {
    const built = (await import(join(ROOT, 'dist', 'gazetteer', 'divisions.js'))) as { loadGazetteerData: typeof loadGazetteerData };
    expect(built.loadGazetteerData.toString()).toMatch(/JSON\.parse/);
    expect(built.loadGazetteerData()).toEqual(loadGazetteerData());
  });
});
