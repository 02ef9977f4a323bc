/**
 * The installed command end to end: spawns `node bin/cppcc-extract.cjs` against the built dist/
 * (`npm test` builds first) and the reference report, and checks what a shell user or CI script
 * sees: exit codes, one-line error messages, and output that other tools can read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'cppcc-extract.cjs');
const FIXTURE = 'fixtures/cq-cppcc-study-session-4.txt';
const FIXTURE_NAME = 'cq-cppcc-study-session-4.txt';
const ANSI = /\u001b\[/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env = { ...process.env, ...options.env };
  if (!options.env?.['NO_COLOR']) delete env['NO_COLOR'];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: options.input, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

interface JsonOutput {
  schemaVersion: number;
  reports: { source: { path: string }; entries: unknown[] }[];
}

let dir: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (or `npm test`, which builds first)');
  }
  dir = mkdtempSync(join(tmpdir(), 'cppcc-e2e-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('information', () => {
  it('--version prints the version only', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help documents the exit codes and the commands', () => {
    const run = cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: cppcc-extract \[options\] <files\.\.\.>/);
    expect(run.stdout).toMatch(/Exit codes:\n\s+0\s+success\n\s+1\s+.+\n(.+\n)*\s+2\s+usage error/);
    for (const command of ['summary', 'codebook', 'agree']) expect(run.stdout).toMatch(new RegExp(`\n {2}${command} `));
  });

  it('each command has its own help', () => {
    const run = cli(['agree', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: cppcc-extract agree \[options\] <coded> <report>/);
    expect(run.stdout).toMatch(/Cohen's kappa/);
  });
});

describe('extraction', () => {
  it('writes JSON to a pipe by default, one report per input', () => {
    const run = cli([FIXTURE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as JsonOutput;
    expect(output.schemaVersion).toBe(1);
    expect(output.reports).toHaveLength(1);
    expect(output.reports[0]!.source.path.endsWith(FIXTURE_NAME)).toBe(true);
    expect(output.reports[0]!.entries.length).toBeGreaterThan(0);
  });

  it('reads standard input for -', () => {
    const run = cli(['-'], { input: readFileSync(join(ROOT, FIXTURE)) });
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as JsonOutput;
    expect(output.reports[0]!.source.path).toBe('<stdin>');
    expect(output.reports[0]!.entries.length).toBeGreaterThan(0);
  });

  it('-o out.csv writes CSV, inferred from the extension, with nothing on stdout', () => {
    const outDir = mkdtempSync(join(dir, 'csv-'));
    const out = join(outDir, 'out.csv');
    const run = cli([FIXTURE, '-o', out]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const rows = parse(readFileSync(out, 'utf8')) as string[][];
    expect(rows[0]!.slice(0, 6)).toEqual(['report', 'entry', 'district', 'code', 'section', 'value']);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((row) => row[0]!.endsWith(FIXTURE_NAME))).toBe(true);
    expect(readdirSync(outDir)).toEqual(['out.csv']);
  });

  it('writes the table without escape codes when stdout is not a terminal', () => {
    const run = cli([FIXTURE, '-f', 'table'], { env: { NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/district\s+code\s+speaker\s+title\s+metrics/);
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('exits quietly when the reader stops early (| head)', () => {
    const inputs = Array.from({ length: 10 }, () => FIXTURE);
    const script = `"${process.execPath}" "${BIN}" ${inputs.join(' ')} -f json | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('0\n');
  });
});

describe('bad inputs', () => {
  it('a missing file: exit 2 and one line naming it', () => {
    const run = cli(['no-such-report.txt']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('cppcc-extract: no-such-report.txt: no such file or directory\n');
  });

  it('one good and one missing file: exit 1, and the good one is still written', () => {
    const run = cli([FIXTURE, 'no-such-report.txt']);
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual(['cppcc-extract: no-such-report.txt: no such file or directory']);
    const output = JSON.parse(run.stdout) as JsonOutput;
    expect(output.reports).toHaveLength(1);
    expect(output.reports[0]!.source.path.endsWith(FIXTURE_NAME)).toBe(true);
  });

  it('a directory: exit 2 and one line', () => {
    const run = cli(['fixtures']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('cppcc-extract: fixtures: is a directory\n');
  });

  it('an empty file: exit 2 and one line naming it', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const run = cli([empty]);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^cppcc-extract: ${empty}: .*empty`));
  });

  it('an unknown option: exit 2 with a message', () => {
    const run = cli([FIXTURE, '--frmat', 'csv']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cppcc-extract: unknown option '--frmat'/);
  });

  it('an output that is an input: exit 2, input untouched', () => {
    const before = readFileSync(join(ROOT, FIXTURE), 'utf8');
    const run = cli([FIXTURE, '-o', FIXTURE, '-f', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing to overwrite input file/);
    expect(readFileSync(join(ROOT, FIXTURE), 'utf8')).toBe(before);
  });
});

describe('analysis on the reference report', () => {
  const GOLD = 'test/reference/gold.json';
  const SCORER = 'test/analyze/fixtures/score.mjs';
  /** The metrics' precision and recall, as printed on the line both outputs start with `metrics:`. */
  const scores = (text: string) => /^metrics: .*P=(\d\.\d{3}) R=(\d\.\d{3})/m.exec(text)?.slice(1);

  it('summary: sections, coverage 38/38, people totals and the top term', () => {
    const run = cli(['summary', FIXTURE]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/\ncoverage +38\/38 重庆市 districts and counties\n/);
    expect(run.stdout).not.toMatch(/\nmissing /);
    expect(run.stdout).toMatch(/\ntotal people +≥ 10000 人\ntotal people +≈ 2000 人次\n/);
    expect(run.stdout).toMatch(/\nterm +渝事好商量 \(8\): 垫江县、万州区、涪陵区、沙坪坝区、潼南区、北碚区、长寿区、荣昌区\n/);
  });

  it('-t compare -f md: a Markdown table with 38 rows', () => {
    const run = cli([FIXTURE, '-t', 'compare', '-f', 'md']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('| district | code | section | activities | people | money | facilities | coverage | outputs | problems | members | percent |');
    expect(lines).toHaveLength(40);
    expect(lines[2]).toMatch(/^\| 黔江区 \| 500114 \| 1 \|/);
  });

  it('-t entries --keywords: 涪陵区 has 老旧小区 among its keywords', () => {
    const run = cli([FIXTURE, '-t', 'entries', '--keywords', '-f', 'csv']);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row['district'] === '涪陵区')!['keywords']!.split('、')).toContain('老旧小区');
  });

  it('--excel -o out.csv: BOM and CRLF, as Excel wants', () => {
    const out = join(mkdtempSync(join(dir, 'excel-')), 'out.csv');
    expect(cli([FIXTURE, '-t', 'quotes', '--excel', '-o', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFreport,entry,district,speaker,line,quote\r\n')).toBe(true);
    expect(text).toContain('江津区,杨利,50,');
  });

  it('agree with the gold prints the precision and recall of the reference scorer', () => {
    const json = join(mkdtempSync(join(dir, 'agree-')), 'out.json');
    expect(cli([FIXTURE, '-o', json]).code).toBe(0);
    const scorer = spawnSync(process.execPath, [SCORER, GOLD, json], { cwd: ROOT, encoding: 'utf8' });
    for (const other of [FIXTURE, json]) {
      const run = cli(['agree', GOLD, other]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(scores(run.stdout)).toEqual(scores(scorer.stdout));
    }
  });

  it('agree on a coding with misses and extras prints the same precision and recall as the scorer, and each disagreement', () => {
    const folder = mkdtempSync(join(dir, 'perturbed-'));
    const json = join(folder, 'out.json');
    expect(cli([FIXTURE, '-o', json]).code).toBe(0);
    const output = JSON.parse(readFileSync(json, 'utf8')) as { reports: { metrics: { district: string; value: number }[] }[] };
    const metrics = output.reports[0]!.metrics;
    output.reports[0]!.metrics = [...metrics.filter((m) => m.value !== 230), { ...metrics[0]!, district: '忠县', value: 99 }];
    const coded = join(folder, 'coded.json');
    writeFileSync(coded, JSON.stringify(output));
    const scorer = spawnSync(process.execPath, [SCORER, GOLD, coded], { cwd: ROOT, encoding: 'utf8' });
    const run = cli(['agree', GOLD, coded]);
    expect(scores(run.stdout)).toEqual(scores(scorer.stdout));
    expect(scores(run.stdout)).toEqual(['0.964', '0.964']);
    expect(run.stdout).toMatch(/\n\s*154\s+missing\s+永川区\s+230\s+次\s+考察调研 230 余次\s*\n/);
    expect(run.stdout).toMatch(/\n\s*134\s+extra\s+忠县\s+99\s+名\s+百名\s*\n/);
  });

  it('codebook: Markdown on standard output', () => {
    const run = cli(['codebook']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Coding scheme\n[^]*\n## Agreement\n/);
  });
});
