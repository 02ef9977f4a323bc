/**
 * What `npm run build` makes for the command line (`npm test` builds first): the bundle behind
 * bin/ with its code cache, and the gazetteer's data precomputed as JSON, which must be exactly
 * what the source computes from @vant/area-data.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadGazetteerData } from '../../src/gazetteer/divisions.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'cppcc-extract.cjs');
const REFERENCE = 'fixtures/cq-cppcc-study-session-4.txt';
const launcher = createRequire(import.meta.url)(join(ROOT, 'dist', 'cli', 'launch.cjs')) as {
  loadBundle(paths?: { bundle?: string; cache?: string | null }): { script: vm.Script; cached: boolean };
};

const dir = mkdtempSync(join(tmpdir(), 'cppcc-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command run from the sources, in this process. */
async function fromSources(args: string[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stdout = new Writable({ write: (chunk, _encoding, done) => (chunks.push(Buffer.from(chunk)), done()) });
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  expect(await main(['node', 'cppcc-extract', ...args], { stdin: Readable.from([]), stdout, stderr: sink, env: {} })).toBe(0);
  return Buffer.concat(chunks);
}

/** The command as installed: bin/ → dist/cli/launch.cjs → dist/cli.cjs with the code cache. */
function fromBundle(args: string[]): Buffer {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT });
  expect(result.stderr.toString()).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('the build', () => {
  it('bundles the command with its code cache, and its worker, into dist/', () => {
    for (const file of ['cli.cjs', 'cli.cache', 'worker.js']) expect(existsSync(join(ROOT, 'dist', file)), file).toBe(true);
  });

  it('writes the bundle in ASCII, so that it is read as latin1', () => {
    const bytes = readFileSync(join(ROOT, 'dist', 'cli.cjs'));
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it('makes a code cache of this build that this Node accepts', () => {
    const bundle = launcher.loadBundle();
    expect(bundle.cached).toBe(true);
    expect(bundle.script.cachedDataRejected).toBe(false);
  });

  it('uses no cache made from another build, even one that V8 would take for the same source', () => {
    // Another build of the same length: V8 checks only the length, the launcher the build stamp.
    const bundle = join(dir, 'cli.cjs');
    const cache = join(dir, 'cli.cache');
    const source = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'latin1');
    writeFileSync(bundle, source.replace(/^\/\*build:([0-9a-f])/, (_stamp, digit: string) => `/*build:${digit === '0' ? '1' : '0'}`), 'latin1');
    copyFileSync(join(ROOT, 'dist', 'cli.cache'), cache);
    expect(launcher.loadBundle({ bundle, cache }).cached).toBe(false);
    copyFileSync(join(ROOT, 'dist', 'cli.cjs'), bundle);
    expect(launcher.loadBundle({ bundle, cache }).cached).toBe(true);
  });

  it('loads none of Node\'s modules that only a corpus, a long input or an output file needs on a call on one report', () => {
    // Each costs every call a few milliseconds: fs/promises brings streams, readline and the
    // watchers; v8 the heap utilities; worker_threads and child_process their own machinery.
    const preload = join(dir, 'modules.cjs');
    const list = join(dir, 'modules.txt');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`);
    const result = spawnSync(process.execPath, ['-r', preload, BIN, REFERENCE, '-f', 'json'], { cwd: ROOT });
    expect(result.status).toBe(0);
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule vm');
    for (const module of ['fs/promises', 'v8', 'worker_threads', 'child_process']) expect(loaded, module).not.toContain(`NativeModule ${module}`);
  });

  it('gives the bundle the same output as the sources: JSON, CSV, and the HTML page with its Chinese template text', async () => {
    expect(fromBundle([REFERENCE, '-f', 'json']).equals(await fromSources([REFERENCE, '-f', 'json']))).toBe(true);
    expect(fromBundle([REFERENCE, '-f', 'csv']).equals(await fromSources([REFERENCE, '-f', 'csv']))).toBe(true);
    const page = fromBundle([REFERENCE, '-f', 'html']);
    expect(page.toString()).toContain('按区县合计');
    expect(page.equals(await fromSources([REFERENCE, '-f', 'html']))).toBe(true);
  });

  it('precomputes the gazetteer: the same data as computed from @vant/area-data', async () => {
    const built = (await import(join(ROOT, 'dist', 'gazetteer', 'divisions.js'))) as { loadGazetteerData: typeof loadGazetteerData };
    expect(built.loadGazetteerData.toString()).toMatch(/JSON\.parse/);
    expect(built.loadGazetteerData()).toEqual(loadGazetteerData());
  });
});
