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
  return {
    InputError,
    extract: async (input: Uint8Array | string, options: { path?: string } = {}) => {
      const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
      if (text.length === 0) throw new InputError('empty', 'empty file');
      if (text.includes('CRASH')) throw new TypeError('boom');
      const warnings = text.includes('WARN') ? [{ code: 'segment.unassigned', message: '段落未归属任何区县', line: 3, column: 7 }] : [];
      return sampleReport({ path: options.path, warnings });
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
  env?: Record<string, string>;
  stdin?: string;
  stdout?: Writable;
}

async function runCli(args: string[], options: RunOptions = {}) {
  const stdout = options.stdout ?? new Sink(options.tty);
  const stderr = new Sink();
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

  it('exits 2 when the extension names no format, or HTML', async () => {
    const unknown = await runCli([report, '-o', join(dir, 'out.xlsx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/cannot tell the output format .*out\.xlsx.*--format/);
    const html = await runCli([report, '-o', join(dir, 'out.html')]);
    expect(html.code).toBe(2);
    expect(html.stderr).toMatch(/HTML output is not yet supported/);
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
