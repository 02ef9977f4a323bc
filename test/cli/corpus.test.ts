/**
 * Corpus runs of the built command (`npm test` builds first): many inputs, extracted on worker
 * threads or on one, streamed to the output in input order. The output must be the same byte for
 * byte whatever the number of threads, a bad input must cost only its own report, and standard
 * input must arrive at its place even though workers cannot read it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_INPUT_BYTES } from '../../src/cli/long-input.js';
import { extractParts, MAX_REPORT_BYTES } from '../../src/pipeline.js';
import { jsonlReport } from '../../src/write/jsonl.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'cppcc-extract.cjs');
const REFERENCE = join(ROOT, 'fixtures', 'cq-cppcc-study-session-4.txt');
const VARIANTS = join(ROOT, 'fixtures', 'variants');

let dir: string;
/** The reference and its variants, several times over, with a missing file among them. */
let inputs: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cppcc-corpus-'));
  const sources = [REFERENCE, ...readdirSync(VARIANTS).map((name) => join(VARIANTS, name))];
  inputs = Array.from({ length: 24 }, (_, i) => {
    const source = sources[i % sources.length]!;
    const name = `r${String(i + 1).padStart(2, '0')}-${source.slice(source.lastIndexOf('/') + 1)}`;
    copyFileSync(source, join(dir, name));
    return name;
  });
  inputs.splice(7, 0, 'missing.txt');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], input?: Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test spawns the command line on a corpus, several times: seconds on a busy machine.
describe('a corpus run', { timeout: 60_000 }, () => {
  it.each(['json', 'jsonl', 'csv'])('writes the same %s with two worker threads as with one', (format) => {
    const out = (jobs: string) => {
      const file = `out-${jobs}.${format}`;
      const run = cli([...inputs, '-f', format, '-o', file, '--jobs', jobs]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('cppcc-extract: missing.txt: no such file or directory\n');
      return readFileSync(join(dir, file), 'utf8');
    };
    const one = out('1');
    expect(out('2')).toBe(one);
    if (format === 'json') {
      const paths = (JSON.parse(one) as { reports: { source: { path: string } }[] }).reports.map((report) => report.source.path);
      expect(paths).toEqual(inputs.filter((name) => name !== 'missing.txt'));
    }
  });

  it('uses worker threads by default for many inputs, with the same result', () => {
    const single = cli([...inputs, '-f', 'jsonl', '--jobs', '1']);
    const pooled = cli([...inputs, '-f', 'jsonl']);
    expect(pooled).toEqual(single);
  });

  it('reads standard input in the main thread and puts its report at its place', () => {
    const withStdin = [...inputs.slice(0, 3), '-', ...inputs.slice(3)];
    const run = cli([...withStdin, '-f', 'json', '--jobs', '2'], readFileSync(REFERENCE));
    expect(run.code).toBe(1);
    const paths = (JSON.parse(run.stdout) as { reports: { source: { path: string } }[] }).reports.map((report) => report.source.path);
    expect(paths).toEqual(withStdin.filter((name) => name !== 'missing.txt').map((name) => (name === '-' ? '<stdin>' : name)));
  });

  it('refuses an input over --max-size, and says how to let it through', () => {
    const run = cli([inputs[0]!, inputs[1]!, '--max-size', '0.01', '-f', 'jsonl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^cppcc-extract: ${inputs[0]}: .*over the 0\\.0 MiB limit.*--max-size`));
    expect(cli([inputs[0]!, '--max-size', '1', '-f', 'jsonl']).code).toBe(0);
    expect(cli([inputs[0]!, '--max-size', '0']).stderr).toMatch(/option '--max-size <MiB>' argument '0' is invalid/);
  });

  it("documents the pipeline's own limit as the default of --max-size", () => {
    expect(cli(['--help']).stdout).toMatch(new RegExp(`--max-size <MiB> +refuse an input larger than this, in MiB\\s+\\(default: ${MAX_REPORT_BYTES / 1024 / 1024}\\)`));
  });

  it('streams a long input part by part from a worker of its own, as the library tells it, at its place among the others', async () => {
    const long = 'long.txt';
    const paragraphs = readFileSync(join(VARIANTS, 'reference-one-paragraph-per-line.txt'), 'utf8');
    const text = Array.from({ length: Math.ceil((LONG_INPUT_BYTES * 1.1) / Buffer.byteLength(paragraphs)) }, () => paragraphs).join('\n\n');
    writeFileSync(join(dir, long), text);
    let expected = '';
    for await (const part of extractParts(text, { path: long, maxBytes: Infinity })) expected += jsonlReport(part);
    const single = cli([inputs[0]!, long, inputs[1]!, '-f', 'jsonl', '--max-size', '64', '--jobs', '1']);
    expect(single.code).toBe(0);
    const [first, second] = [inputs[0]!, inputs[1]!].map((name) => cli([name, '-f', 'jsonl']).stdout);
    expect(single.stdout).toBe(first! + expected + second!);
    expect(cli([inputs[0]!, long, inputs[1]!, '-f', 'jsonl', '--jobs', '2'])).toEqual(single);
    // A JSON document needs the report whole: the long input is read as one, as extract() reads it.
    const json = JSON.parse(cli([long, '-f', 'json']).stdout) as { reports: { metrics: unknown[] }[] };
    expect(json.reports[0]!.metrics).toHaveLength(expected.split('\n').length - 1);
    rmSync(join(dir, long));
  }, 120_000);

  it('leaves no temporary file behind', () => {
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
