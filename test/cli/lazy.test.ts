/**
 * The command line loads only what the call needs (issue 6): `--version` nothing but the version;
 * an extraction the pipeline and its writer, not the terminal table's width tables (chalk,
 * string-width), the CSV libraries, the HTML page, the analyses or jieba, a native module with a
 * large dictionary. Each module is counted as it loads; the tests run in order, each adding a call.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const loads = vi.hoisted(() => new Map<string, number>());
const loaded = (name: string) => loads.get(name) ?? 0;

vi.mock('commander', async (importOriginal) => (loads.set('commander', loaded('commander') + 1), importOriginal()));
vi.mock('../../src/pipeline.js', async (importOriginal) => (loads.set('pipeline', loaded('pipeline') + 1), importOriginal()));
vi.mock('chalk', async (importOriginal) => (loads.set('chalk', loaded('chalk') + 1), importOriginal()));
vi.mock('string-width', async (importOriginal) => (loads.set('string-width', loaded('string-width') + 1), importOriginal()));
vi.mock('csv-stringify/sync', async (importOriginal) => (loads.set('csv-stringify', loaded('csv-stringify') + 1), importOriginal()));
vi.mock('csv-parse/sync', async (importOriginal) => (loads.set('csv-parse', loaded('csv-parse') + 1), importOriginal()));
vi.mock('../../src/write/html.js', async (importOriginal) => (loads.set('html', loaded('html') + 1), importOriginal()));
vi.mock('../../src/analyze/summary.js', async (importOriginal) => (loads.set('summary', loaded('summary') + 1), importOriginal()));
vi.mock('@node-rs/jieba', async (importOriginal) => (loads.set('jieba', loaded('jieba') + 1), importOriginal()));

const dir = mkdtempSync(join(tmpdir(), 'cppcc-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = join(dir, 'report.txt');
writeFileSync(report, '永川区政协主席文良印介绍，该区政协坚持从全局谋划一域，2022年以来考察调研230余次。\n');
const coded = join(dir, 'coded.csv');
writeFileSync(coded, 'district,value,unit,category\n永川区,230,次,activities\n');

async function run(...args: string[]): Promise<number> {
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  return main(['node', 'cppcc-extract', ...args], { stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: {} });
}

const everything = ['commander', 'pipeline', 'chalk', 'string-width', 'csv-stringify', 'csv-parse', 'html', 'summary', 'jieba'];
const counts = (names: string[]) => Object.fromEntries(names.map((name) => [name, loaded(name)]));
const none = (names: string[]) => Object.fromEntries(names.map((name) => [name, 0]));

describe('loading on demand', () => {
  it('--version loads nothing', async () => {
    expect(await run('--version')).toBe(0);
    expect(counts(everything)).toEqual(none(everything));
  });

  it('JSON, JSON Lines and a flat Markdown table load the pipeline, not the other writers, the analyses or jieba', async () => {
    for (const args of [[report, '-f', 'json'], [report, '-f', 'jsonl'], [report, '-f', 'md', '-t', 'entries']]) expect(await run(...args), args.join(' ')).toBe(0);
    expect(counts(['commander', 'pipeline'])).toEqual({ commander: 1, pipeline: 1 });
    const unused = everything.filter((name) => name !== 'commander' && name !== 'pipeline');
    expect(counts(unused)).toEqual(none(unused));
  });

  it('CSV loads the CSV writer; the analyses and the terminal table load for what they show', async () => {
    expect(await run(report, '-f', 'csv')).toBe(0);
    expect(counts(['csv-stringify', 'csv-parse', 'summary', 'chalk'])).toEqual({ 'csv-stringify': 1, 'csv-parse': 0, summary: 0, chalk: 0 });
    expect(await run('summary', report)).toBe(0);
    expect(counts(['summary', 'chalk', 'string-width'])).toEqual({ summary: 1, chalk: 1, 'string-width': 1 });
  });

  it('codebook and agree load no HTML page and no jieba; agree reads CSV with csv-parse', async () => {
    expect(await run('codebook')).toBe(0);
    expect(await run('agree', coded, report)).toBe(0);
    expect(counts(['csv-parse', 'html', 'jieba'])).toEqual({ 'csv-parse': 1, html: 0, jieba: 0 });
  });

  it('the HTML page loads for html output, and jieba once keywords are asked for', async () => {
    expect(await run(report, '-o', join(dir, 'out.html'))).toBe(0);
    expect(loaded('html')).toBe(1);
    expect(await run(report, '-f', 'csv', '-t', 'compare')).toBe(0);
    expect(loaded('jieba')).toBe(0);
    expect(await run(report, '-f', 'md', '-t', 'entries', '--keywords')).toBe(0);
    expect(loaded('jieba')).toBe(1);
  });
});
