/**
 * The CLI in-process, with the extraction pipeline replaced by hand-made reports, so that what only
 * the CLI decides (terminal detection, NO_COLOR, --strict, stdout errors, safe -o writes, usage
 * errors) is tested without depending on extraction quality. End-to-end runs are in e2e.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

vi.mock('../../src/pipeline.js', async () => {
  const { sampleReport } = await import('../write/sample-report.js');
  class InputError extends Error {
    constructor(
      readonly code: string,
      message: string,
    ) {
      super(message);
    }
  }
  const extract = async (input: Uint8Array | string, options: { path?: string } = {}) => {
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
    if (text.length === 0) throw new InputError('empty', 'empty file');
    if (text.includes('CRASH')) throw new TypeError('boom');
    const warnings = text.includes('WARN') ? [{ code: 'segment.unassigned', message: '段落未归属任何区县', line: 3, column: 7 }] : [];
    const report = sampleReport({ path: options.path, warnings });
    // What JSON.stringify does with a report of a hundred megabytes: V8's strings stop short of a gigabyte.
    if (text.includes('HUGE')) return Object.assign(report, { toJSON: () => 'x'.repeat(2 ** 30) });
    return report;
  };
  return {
    InputError,
    extract,
    PART_CHARS: 1 << 20,
    // The hand-made reports are short: one part each.
    extractParts: async function* (input: Uint8Array | string, options: { path?: string } = {}) {
      yield await extract(input, options);
    },
  };
});

const ANSI = /\u001b\[/;

class Sink extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super({
      write: (chunk: Buffer, _encoding, done) => {
        this.text += chunk.toString('utf8');
        done();
      },
    });
  }
}

/** A stdout whose reader has gone away, or that fails in another way. */
class BrokenSink extends Writable {
  constructor(code: string) {
    super({ write: (_chunk, _encoding, done) => done(Object.assign(new Error(`write ${code}`), { code })) });
  }
}

interface RunOptions {
  tty?: boolean;
  /** Standard error is a terminal: a corpus run draws its progress bar there. */
  stderrTty?: boolean;
  env?: Record<string, string>;
  stdin?: string;
  stdout?: Writable;
}

async function runCli(args: string[], options: RunOptions = {}) {
  const stdout = options.stdout ?? new Sink(options.tty);
  const stderr = new Sink(options.stderrTty);
  const code = await main(['node', 'cppcc-extract', ...args], {
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    stdout,
    stderr,
    env: options.env ?? {},
  });
  return { code, stdout: stdout instanceof Sink ? stdout.text : '', stderr: stderr.text };
}

let dir: string;
let report: string;
let warned: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cppcc-cli-'));
  report = join(dir, 'report.txt');
  warned = join(dir, 'warned.txt');
  writeFileSync(report, '永川区政协主席文良印则表示，考察调研 230 余次。\n');
  writeFileSync(warned, 'WARN\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('default format and colour', () => {
  it('writes JSON when stdout is not a terminal', async () => {
    const { code, stdout } = await runCli([report]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).reports[0].source.path).toBe(report);
  });

  it('writes the coloured table view on a terminal', async () => {
    const { code, stdout } = await runCli([report], { tty: true });
    expect(code).toBe(0);
    expect(stdout).toMatch(ANSI);
    expect(stdout).toContain('永川区');
  });

  it('does not colour when NO_COLOR is set', async () => {
    const { stdout } = await runCli([report], { tty: true, env: { NO_COLOR: '1' } });
    expect(stdout).toContain('永川区');
    expect(stdout).not.toMatch(ANSI);
  });

  it('ignores an empty NO_COLOR, as no-color.org asks', async () => {
    expect((await runCli([report], { tty: true, env: { NO_COLOR: '' } })).stdout).toMatch(ANSI);
  });

  it('does not colour with --no-color', async () => {
    expect((await runCli([report, '--no-color'], { tty: true })).stdout).not.toMatch(ANSI);
  });

  it('does not colour a table written to a file, even from a terminal', async () => {
    const out = join(dir, 'view.txt');
    await runCli([report, '-o', out], { tty: true });
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('永川区');
    expect(text).not.toMatch(ANSI);
  });
});

describe('inputs', () => {
  it('reads standard input for -', async () => {
    const { code, stdout } = await runCli(['-'], { stdin: '永川区政协主席文良印则表示' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).reports[0].source.path).toBe('<stdin>');
  });

  it('refuses to read standard input twice', async () => {
    const { code, stderr } = await runCli(['-', '-']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cppcc-extract: .*only once\n$/);
  });

  it('reports a pipeline bug as one line for that input and carries on', async () => {
    const crash = join(dir, 'crash.txt');
    writeFileSync(crash, 'CRASH');
    const { code, stdout, stderr } = await runCli([crash, report]);
    expect(code).toBe(1);
    expect(stderr).toBe(`cppcc-extract: ${crash}: internal error: boom\n`);
    expect(JSON.parse(stdout).reports).toHaveLength(1);
  });

  it('says which report is too long to write as one JSON document, writes the others, and suggests JSON Lines', async () => {
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, 'HUGE');
    const { code, stdout, stderr } = await runCli([huge, report, '-f', 'json']);
    expect(code).toBe(1);
    expect(stderr).toBe(`cppcc-extract: ${huge}: its report is too long to write whole in this format; JSON Lines (-f jsonl) and CSV are written part by part\n`);
    expect(JSON.parse(stdout).reports).toHaveLength(1);
  });
});

describe('--strict', () => {
  it('exits 1 and names each warning when a report has warnings, after writing the output', async () => {
    const { code, stdout, stderr } = await runCli([report, warned, '--strict']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).reports).toHaveLength(2);
    expect(stderr).toBe(`cppcc-extract: ${warned}:3:7: warning segment.unassigned: 段落未归属任何区县\n`);
  });

  it('exits 0 when there are no warnings', async () => {
    expect((await runCli([report, '--strict'])).code).toBe(0);
  });

  it('leaves warnings alone without --strict', async () => {
    const { code, stderr } = await runCli([warned]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('standard output', () => {
  it('exits quietly when the reader has gone away (EPIPE)', async () => {
    const { code, stderr } = await runCli([report], { stdout: new BrokenSink('EPIPE') });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('reports any other write error and exits 2', async () => {
    const { code, stderr } = await runCli([report], { stdout: new BrokenSink('ENOSPC') });
    expect(code).toBe(2);
    expect(stderr).toBe('cppcc-extract: standard output: write ENOSPC\n');
  });

  it('says when --table has no effect', async () => {
    const { code, stderr } = await runCli([report, '-f', 'json', '-t', 'numbers']);
    expect(code).toBe(0);
    expect(stderr).toBe('cppcc-extract: --table has no effect with --format json\n');
  });

  it('writes the comparison as JSON for -f json -t compare', async () => {
    const { code, stdout, stderr } = await runCli([report, '-f', 'json', '-t', 'compare']);
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 1, table: 'compare', reports: [report] });
  });

  it('says when --keywords has no effect', async () => {
    expect((await runCli([report, '-f', 'json', '--keywords'])).stderr).toBe('cppcc-extract: --keywords has no effect with --format json\n');
    expect((await runCli([report, '-f', 'csv', '-t', 'metrics', '--keywords'])).stderr).toBe('cppcc-extract: --keywords has no effect with --table metrics\n');
  });
});

describe('-o', () => {
  it('writes the file through a temporary file that does not stay behind', async () => {
    const outDir = join(dir, 'out');
    mkdirSync(outDir);
    const { code, stdout } = await runCli([report, '-o', join(outDir, 'metrics.md')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readdirSync(outDir)).toEqual(['metrics.md']);
    expect(readFileSync(join(outDir, 'metrics.md'), 'utf8')).toMatch(/^\| report \| entry \|/);
  });

  it('lets -f win over the extension', async () => {
    const out = join(dir, 'forced.csv');
    await runCli([report, '-o', out, '-f', 'json']);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
  });

  it('refuses to overwrite an input, also through a symbolic link', async () => {
    const link = join(dir, 'link.txt');
    symlinkSync(report, link);
    const before = readFileSync(report, 'utf8');
    for (const args of [[report, '-o', report, '-f', 'json'], [link, '-o', report, '-f', 'json']]) {
      const { code, stderr } = await runCli(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^cppcc-extract: refusing to overwrite input file '.*'/);
    }
    expect(readFileSync(report, 'utf8')).toBe(before);
  });

  it('exits 2 with one line, and leaves nothing behind, when the folder does not exist', async () => {
    const out = join(dir, 'missing', 'out.csv');
    const { code, stderr } = await runCli([report, '-o', out]);
    expect(code).toBe(2);
    expect(stderr).toBe(`cppcc-extract: ${out}: no such file or directory\n`);
  });

  it('exits 2 when the extension names no format', async () => {
    const unknown = await runCli([report, '-o', join(dir, 'out.xlsx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/cannot tell the output format .*out\.xlsx.*--format/);
  });

  it('writes the HTML page for -o out.html', async () => {
    const out = join(dir, 'out.html');
    const { code } = await runCli([report, '-o', out]);
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>[^]*<\/html>\n?$/);
  });
});

describe('--excel and --keywords', () => {
  it('--excel writes CSV for Excel, without being told the format', async () => {
    const { code, stdout } = await runCli([report, '--excel', '-t', 'entries']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\uFEFFreport,id,section,district,.*\r\n/);
  });

  it('--excel with a format other than CSV is a usage error', async () => {
    const { code, stdout, stderr } = await runCli([report, '--excel', '-f', 'md']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('cppcc-extract: --excel writes CSV; it cannot be combined with --format md\n');
  });

  it('--keywords adds a keywords column; -t keywords lists them', async () => {
    const entries = await runCli([report, '-f', 'csv', '-t', 'entries', '--keywords']);
    expect(entries.stdout.split('\n')[0]).toMatch(/,figures,keywords$/);
    const keywords = await runCli([report, '-f', 'md', '-t', 'keywords']);
    expect(keywords.code).toBe(0);
    expect(keywords.stdout).toMatch(/^\| report \| entry \| district \| rank \| keyword \| weight \|\n/);
    expect(keywords.stdout).toContain('| 永川区 | 1 |');
  });
});

describe('summary', () => {
  it('writes the summary view, also when not on a terminal', async () => {
    const { code, stdout, stderr } = await runCli(['summary', report]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(new RegExp(`^${report}\ntitle +深入研讨聚共识`));
    expect(stdout).toMatch(/\ntotal activities +≥ 266 次\n/);
  });

  it('writes Markdown or CSV when asked, and refuses formats it has no shape for', async () => {
    expect((await runCli(['summary', report, '-f', 'md'])).stdout).toMatch(/^\| report \| item \| value \|/);
    const json = await runCli(['summary', report, '-f', 'json']);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/argument 'json' is invalid/);
    const out = await runCli(['summary', report, '-o', join(dir, 'summary.json')]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('cppcc-extract: this command writes table, md, csv, not json\n');
  });

  it('exits 1 when some input fails and 2 when none can be read, as the main command does', async () => {
    expect((await runCli(['summary', report, join(dir, 'missing.txt')])).code).toBe(1);
    expect((await runCli(['summary', join(dir, 'missing.txt')])).code).toBe(2);
  });
});

describe('codebook', () => {
  it('prints the coding scheme as Markdown, or writes it to a file', async () => {
    const { code, stdout } = await runCli(['codebook']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Coding scheme\n/);
    const out = join(dir, 'codebook.md');
    expect((await runCli(['codebook', '-o', out])).stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(stdout);
  });
});

describe('agree', () => {
  const codedA = () => {
    const path = join(dir, 'coder-a.csv');
    writeFileSync(path, 'district,value,unit,category,line\n永川区,230,次,activities,154\n永川区,36,次,activities,154\n');
    return path;
  };

  it('compares a coded CSV with the tool on a report', async () => {
    const { code, stdout, stderr } = await runCli(['agree', codedA(), report]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('metrics: 2/2 matched, 1 extra; P=0.667 R=1.000 F1=0.800');
    expect(stdout).toMatch(/300\s+extra\s+60000000\s+元/);
  });

  it('compares two coded files, in the format asked', async () => {
    const codedB = join(dir, 'coder-b.csv');
    writeFileSync(codedB, '\uFEFFdistrict,value,unit,category\r\n永川区,230,次,outputs\r\n');
    const { code, stdout } = await runCli(['agree', codedA(), codedB, '-f', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ precision: 1, recall: 0.5, categoriesAgreed: 0, reference: codedA(), other: codedB });
  });

  it('exits 2 with one line per file it cannot use', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'district,value\n永川区,3\n');
    const { code, stdout, stderr } = await runCli(['agree', bad, join(dir, 'missing.json')]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(`cppcc-extract: ${bad}: the CSV has no column unit, category\ncppcc-extract: ${join(dir, 'missing.json')}: no such file or directory\n`);
    expect((await runCli(['agree', '-', '-'])).code).toBe(2);
    expect((await runCli(['agree', codedA()])).stderr).toMatch(/missing required argument 'report'/);
  });
});

describe('a corpus', () => {
  const inputs = () => ['a', 'b', 'c'].map((name) => {
    const path = join(dir, `${name}.txt`);
    writeFileSync(path, `${name} 永川区政协主席文良印则表示\n`);
    return path;
  });

  it('is written one report at a time, as one JSON document, in input order, past an input that fails', async () => {
    const [a, b, c] = inputs();
    const missing = join(dir, 'missing.txt');
    const { code, stdout, stderr } = await runCli([a!, missing, b!, c!, '-f', 'json']);
    expect([code, stderr]).toEqual([1, `cppcc-extract: ${missing}: no such file or directory\n`]);
    expect(JSON.parse(stdout).reports.map((report: { source: { path: string } }) => report.source.path)).toEqual([a, b, c]);
  });

  it('has one CSV header however many reports, and one JSON line per metric', async () => {
    const files = inputs();
    const csv = (await runCli([...files, '-f', 'csv'])).stdout.split('\n');
    expect(csv.filter((line) => line.startsWith('report,'))).toHaveLength(1);
    expect(new Set(csv.slice(1, -1).map((line) => line.split(',')[0]))).toEqual(new Set(files));
    const jsonl = (await runCli([...files, '-f', 'jsonl'])).stdout.trimEnd().split('\n');
    expect(jsonl.map((line) => JSON.parse(line).report)).toEqual(files.flatMap((file) => [file, file, file]));
  });

  it('writes nothing to standard output, and exits 2, when no input can be used', async () => {
    const { code, stdout } = await runCli([join(dir, 'missing.txt'), join(dir, 'gone.txt'), '-f', 'json']);
    expect([code, stdout]).toEqual([2, '']);
  });

  it('draws a progress bar on a terminal stderr, clears it, and keeps messages on their own lines', async () => {
    const [a, b] = inputs();
    const missing = join(dir, 'missing.txt');
    const { stdout, stderr } = await runCli([a!, missing, b!, '-f', 'json'], { stderrTty: true });
    expect(JSON.parse(stdout).reports).toHaveLength(2);
    expect(stderr).toMatch(/\r\[#*-*\] 1\/3 reports .* MB\/s {2}ETA /);
    expect(stderr).toContain(`\r\u001b[Kcppcc-extract: ${missing}: no such file or directory\n`);
    expect(stderr).toMatch(/3\/3 reports[^\n]*\r\u001b\[K$/);
  });

  it('draws no progress bar when stderr is not a terminal, or for one input', async () => {
    const [a, b] = inputs();
    expect((await runCli([a!, b!, '-f', 'json'])).stderr).toBe('');
    expect((await runCli([a!, '-f', 'json'], { stderrTty: true })).stderr).toBe('');
  });

  it('takes --jobs as a whole number from 1 up', async () => {
    const [a] = inputs();
    expect((await runCli([a!, '--jobs', '1', '-f', 'json'])).code).toBe(0);
    for (const jobs of ['0', '-1', 'two', '1.5']) {
      const { code, stderr } = await runCli([a!, '--jobs', jobs]);
      expect(code, jobs).toBe(2);
      expect(stderr).toMatch(/option '-j, --jobs <n>' argument .* is invalid/);
    }
  });
});

describe('usage errors', () => {
  it.each([
    [['--frmat', 'csv'], /unknown option '--frmat'/],
    [['-f', 'xml'], /argument 'xml' is invalid/],
    [['-t', 'rows'], /argument 'rows' is invalid/],
    [['--input-format', 'pdf'], /argument 'pdf' is invalid/],
  ])('%j exits 2 with a message', async (args, message) => {
    const { code, stdout, stderr } = await runCli([report, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^cppcc-extract: /);
    expect(stderr).toMatch(message);
  });

  it('exits 2 when no file is given', async () => {
    const { code, stderr } = await runCli([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing required argument 'files'/);
  });
});
