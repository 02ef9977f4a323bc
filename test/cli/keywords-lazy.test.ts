/**
 * jieba is a native module with a large dictionary: the CLI must load it only when keywords are asked
 * for (--keywords, or -t keywords), never for the other tables, summary, codebook or agree.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const loads = vi.hoisted(() => ({ count: 0 }));

vi.mock('@node-rs/jieba', async (importOriginal) => {
  loads.count++;
  return importOriginal();
});

const dir = mkdtempSync(join(tmpdir(), 'cppcc-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = join(dir, 'report.txt');
writeFileSync(report, '永川区政协主席文良印介绍，该区政协坚持从全局谋划一域，2022年以来考察调研230余次。\n');

async function run(args: string[]): Promise<number> {
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  return main(['node', 'cppcc-extract', ...args], { stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: {} });
}

describe('loading jieba', () => {
  it('does not happen for tables without keywords, summary, codebook or agree', async () => {
    for (const args of [[report, '-f', 'json'], [report, '-f', 'md', '-t', 'entries'], [report, '-f', 'csv', '-t', 'compare'], [report, '-f', 'csv', '-t', 'terms'], ['summary', report], ['codebook'], ['agree', report, report]]) {
      expect(await run(args), args.join(' ')).toBe(0);
    }
    expect(loads.count).toBe(0);
  });

  it('happens once keywords are asked for', async () => {
    expect(await run([report, '-f', 'md', '-t', 'entries', '--keywords'])).toBe(0);
    expect(loads.count).toBe(1);
  });
});
