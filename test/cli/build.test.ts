/**
 * What `npm run build` makes for the command line (`npm test` builds first): the bundle behind
 * bin/ with its code cache, and the gazetteer's data precomputed as JSON, which must be exactly
 * what the source computes from @vant/area-data.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Each test spawns the built command line, several times: seconds on a busy machine.
describe('the build', { timeout: 60_000 }, () => {
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
    // Laid out as in the package: the bundle reads its version from the package.json above it.
    mkdirSync(join(dir, 'dist'), { recursive: true });
    copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    const bundle = join(dir, 'dist', 'cli.cjs');
    const cache = join(dir, 'dist', 'cli.cache');
    const source = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'latin1');
    writeFileSync(bundle, source.replace(/^\/\*build:([0-9a-f])/, (_stamp, digit: string) => `/*build:${digit === '0' ? '1' : '0'}`), 'latin1');
    copyFileSync(join(ROOT, 'dist', 'cli.cache'), cache);
    expect(launcher.loadBundle({ bundle, cache }).cached).toBe(false);
    copyFileSync(join(ROOT, 'dist', 'cli.cjs'), bundle);
    expect(launcher.loadBundle({ bundle, cache }).cached).toBe(true);
  });

  it('loads none of Node\'s modules that only a corpus, a long input or an output file needs on a call on one report', () => {
    // Each costs every call a few milliseconds: fs/promises brings streams, readline and the
    // watchers; worker_threads and child_process their own machinery.
    const preload = join(dir, 'modules.cjs');
    const list = join(dir, 'modules.txt');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`);
    const result = spawnSync(process.execPath, ['-r', preload, BIN, REFERENCE, '-f', 'json'], { cwd: ROOT });
    expect(result.status).toBe(0);
    const loaded = readFileSync(list, 'utf8').split('\n');
    expect(loaded).toContain('NativeModule vm');
    for (const module of ['fs/promises', 'worker_threads', 'child_process']) expect(loaded, module).not.toContain(`NativeModule ${module}`);
  });

  it('optimises nothing on a call on one short report, and optimises a run of several or of a long one', () => {
    // --trace-opt prints a line for each function V8's optimising compiler takes on. (V8 rejects the
    // code cache under this flag, so these runs compile the bundle: slower, the same otherwise.)
    const optimised = (args: string[]) => {
      const result = spawnSync(process.execPath, ['--trace-opt', BIN, ...args, '-f', 'jsonl', '-o', join(dir, 'traced.jsonl')], { cwd: ROOT, encoding: 'utf8' });
      expect(result.status).toBe(0);
      return result.stdout.split('\n').filter((line) => line.includes('compiling method')).length;
    };
    expect(optimised([REFERENCE])).toBe(0);
    expect(optimised([REFERENCE, 'fixtures/variants/reference-indented.txt'])).toBeGreaterThan(0);
    // One input over 256 kB is a long run too: the reference report twenty times over, ~360 kB.
    const long = join(dir, 'long.txt');
    writeFileSync(long, Array.from({ length: 20 }, () => readFileSync(join(ROOT, REFERENCE), 'utf8')).join('\n'));
    expect(optimised([long])).toBeGreaterThan(0);
  });

  it('gives the bundle the same output as the sources: JSON, CSV, and the HTML page with its Chinese template text', async () => {
    expect(fromBundle([REFERENCE, '-f', 'json']).equals(await fromSources([REFERENCE, '-f', 'json']))).toBe(true);
    expect(fromBundle([REFERENCE, '-f', 'csv']).equals(await fromSources([REFERENCE, '-f', 'csv']))).toBe(true);
    const page = fromBundle([REFERENCE, '-f', 'html']);
    expect(page.toString()).toContain('按区县合计');
    expect(page.equals(await fromSources([REFERENCE, '-f', 'html']))).toBe(true);
  });

  it('keeps the Markdown and HTML parsers, opencc-js and csv-parse out of the bundle, and gives the same output with them', async () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'latin1');
    for (const library of ['parse5', 'micromark', 'opencc-js', 'csv-parse']) expect(bundle, library).not.toContain(`node_modules/${library}`);
    for (const input of ['fixtures/variants/reference.md', 'fixtures/variants/reference.html', 'fixtures/variants/reference-traditional.txt']) {
      expect(fromBundle([input, '-f', 'json']).equals(await fromSources([input, '-f', 'json'])), input).toBe(true);
    }
    const coded = join(dir, 'coded.csv');
    writeFileSync(coded, fromBundle([REFERENCE, '-f', 'csv']));
    expect(fromBundle(['agree', coded, REFERENCE]).equals(await fromSources(['agree', coded, REFERENCE]))).toBe(true);
  });

  it('precomputes the gazetteer: the same data as computed from @vant/area-data', async () => {
    const built = (await import(join(ROOT, 'dist', 'gazetteer', 'divisions.js'))) as { loadGazetteerData: typeof loadGazetteerData };
    expect(built.loadGazetteerData.toString()).toMatch(/JSON\.parse/);
    expect(built.loadGazetteerData()).toEqual(loadGazetteerData());
  });
});
