#!/usr/bin/env node
// @ts-check
/**
 * Every bad input of issue 7, run through the built CLI (`node bin/cppcc-extract.cjs`, so build
 * first), each next to the good reference report in the same call: missing file, directory, no
 * permission, empty, whitespace only, binary, an image, undecodable bytes, a 100 MB file, a 1-line
 * 5 MB file, lines of 100 000 characters, deeply nested HTML and Markdown, a report with no
 * districts, text cut off mid-word (and mid-character).
 *
 *   node scripts/bad-inputs.mjs                 prints the README's Markdown table (input, message,
 *                                               exit code) on stdout, timings and defects on stderr
 *   node scripts/bad-inputs.mjs --write-readme  also puts the table between the bad-inputs markers
 *                                               of README.md
 *
 * Exits 1 when any input is handled other than README documents (see `problemsOf`) or took longer
 * than SLOW_SECONDS. test/reliability/bad-inputs.test.ts imports the same cases and checks, and
 * that README's table is what this script prints.
 *
 * Inputs are made in a fresh temporary folder that is the CLI's working directory, so that messages
 * show short relative names and the table is the same on every machine. A chmod 000 file does not
 * stop root, so as root the no-permission case runs the CLI as an unprivileged user (nobody); if that
 * is impossible the case says so instead of pretending.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'cppcc-extract.cjs');
export const README = join(ROOT, 'README.md');
const NAME = 'cppcc-extract';

/** A case slower than this is a defect: a corpus of thousands of files cannot wait longer per file. */
export const SLOW_SECONDS = 20;
/** Runs are stopped here; anything stopped is over SLOW_SECONDS, so the exact bound does not matter. */
export const KILL_SECONDS = 30;

export const MARKERS = { start: '<!-- bad-inputs:start -->', end: '<!-- bad-inputs:end -->' };
/** The good input given with every bad one: its output must come out complete regardless. */
export const GOOD = 'good.txt';

const REFERENCE = readFileSync(join(ROOT, 'fixtures', 'cq-cppcc-study-session-4.txt'));
const REFERENCE_TEXT = REFERENCE.toString('utf8');
/** The reference's text without its line breaks: one long paragraph-free line. */
const ONE_LINE = REFERENCE_TEXT.replace(/\r?\n/g, '');
const MB = 1024 * 1024;
/** The usual 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const NESTING = 10_000;

/** @param {string | Uint8Array} content */
const contents = (content) => (/** @type {string} */ path) => writeFileSync(path, content);

/** `content` written over and over until the file holds at least `bytes`. */
const repeatedUpTo = (/** @type {string | Uint8Array} */ content, /** @type {number} */ bytes) => (/** @type {string} */ path) => {
  const chunk = Buffer.from(content);
  const fd = openSync(path, 'w');
  try {
    for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
};

/** The reference's text re-laid as `count` lines of exactly `width` code points each. */
function linesOf(/** @type {number} */ width, /** @type {number} */ count) {
  const chars = [...ONE_LINE.repeat(Math.ceil((width * count) / ONE_LINE.length))];
  return Array.from({ length: count }, (_, i) => chars.slice(i * width, (i + 1) * width).join('')).join('\n') + '\n';
}

/** The reference cut right after the first character of the first 政协 past its middle. */
function cutMidWord() {
  const at = REFERENCE_TEXT.indexOf('政协', REFERENCE_TEXT.length >> 1);
  return REFERENCE_TEXT.slice(0, at + 1);
}

/** The reference's bytes cut after the first byte of a three-byte UTF-8 character past its middle. */
function cutMidCharacter() {
  let at = REFERENCE.length >> 1;
  while ((REFERENCE[at] ?? 0) < 0xe0) at++;
  return REFERENCE.subarray(0, at + 1);
}

/**
 * A report of the genre that names no district or county at all. (The reference's lead alone is not
 * one: it names its venue, 石柱土家族自治县委党校.)
 */
const NO_DISTRICTS = [
  '市政协召开专题协商会',
  '',
  '□ 本报记者 程颖',
  '',
  '日前，市政协召开专题协商会，围绕优化营商环境建言献策。与会委员提出意见建议 40 余条，形成协商报告 3 篇。',
  '',
  '会议要求，各专门委员会要加强跟踪问效，推动协商成果转化落地。',
  '',
].join('\n');

const NESTED_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>研讨班</title></head><body>${'<div>'.repeat(NESTING)}${REFERENCE_TEXT.split(/\n+/)
  .map((line) => `<p>${line}</p>`)
  .join('')}${'</div>'.repeat(NESTING)}</body></html>\n`;
const NESTED_MARKDOWN = `${'>'.repeat(NESTING)} ${REFERENCE_TEXT.split('\n')[0]}\n\n${REFERENCE_TEXT}`;

/**
 * @typedef {object} BadInput
 * @property {string} input what the README's table calls it
 * @property {string} file its name in the working folder, which its message must show
 * @property {((path: string) => void) | null} make creates it; null for a file that must not exist
 * @property {'rejected' | 'accepted' | 'either'} outcome what README documents for it: refused with a
 *   one-line message (exit 1, or 2 when alone), processed (exit 0, or 1 under --strict with a
 *   warning), or either of those — for inputs that are valid text but may reasonably be refused
 *   (sizes, nesting) as long as the refusal is clear
 * @property {string[]} [flags] extra CLI options
 * @property {boolean} [alone] without the good input
 * @property {string} [warning] a warning code the report must carry when it is processed
 * @property {boolean} [unprivileged] must run as a user that a chmod 000 file stops
 * @property {'json' | 'csv'} [output] json by default; csv (entries table) where JSON of the whole
 *   input would be larger than is sensible to hold in memory to check
 */

/** @type {readonly BadInput[]} */
export const BAD_INPUTS = [
  { input: 'missing file', file: 'missing.txt', make: null, outcome: 'rejected' },
  { input: 'missing file, given alone', file: 'missing.txt', make: null, outcome: 'rejected', alone: true },
  { input: 'directory', file: 'folder', make: (path) => mkdirSync(path), outcome: 'rejected' },
  {
    input: 'no permission (chmod 000)',
    file: 'locked.txt',
    make: (path) => {
      writeFileSync(path, REFERENCE);
      chmodSync(path, 0o000);
    },
    outcome: 'rejected',
    unprivileged: true,
  },
  { input: 'empty file', file: 'empty.txt', make: contents(''), outcome: 'rejected' },
  { input: 'whitespace only', file: 'blank.txt', make: contents(' \n\t\r\n　\n\n'), outcome: 'rejected' },
  { input: 'binary data (NUL bytes)', file: 'data.bin', make: contents(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)), outcome: 'rejected' },
  { input: 'an image (PNG)', file: 'photo.png', make: contents(PNG), outcome: 'rejected' },
  {
    input: 'undecodable bytes (Latin-1 text)',
    file: 'latin-1.txt',
    make: contents(Buffer.from('Café, crème brûlée : 100 % pur beurre, déjà vu à Noël.\n'.repeat(3), 'latin1')),
    outcome: 'rejected',
  },
  { input: '100 MB file (the reference over and over)', file: 'huge.txt', make: repeatedUpTo(REFERENCE, 100 * MB), outcome: 'either', output: 'csv' },
  { input: '5 MB on one line, no line breaks', file: 'one-line.txt', make: repeatedUpTo(ONE_LINE, 5 * MB), outcome: 'either' },
  { input: 'lines of 100 000 characters', file: 'long-lines.txt', make: contents(linesOf(100_000, 3)), outcome: 'either' },
  { input: `HTML nested ${NESTING.toLocaleString('en-US')} deep`, file: 'nested.html', make: contents(NESTED_HTML), outcome: 'either' },
  { input: `Markdown nested ${NESTING.toLocaleString('en-US')} deep`, file: 'nested.md', make: contents(NESTED_MARKDOWN), outcome: 'either' },
  { input: 'report with no districts', file: 'no-districts.txt', make: contents(NO_DISTRICTS), outcome: 'accepted', warning: 'no-districts' },
  { input: 'report with no districts, `--strict`', file: 'no-districts.txt', make: contents(NO_DISTRICTS), outcome: 'accepted', warning: 'no-districts', flags: ['--strict'] },
  { input: 'text cut off mid-word', file: 'cut-mid-word.txt', make: contents(cutMidWord()), outcome: 'accepted', warning: 'truncated' },
  { input: 'text cut off mid-word, `--strict`', file: 'cut-mid-word.txt', make: contents(cutMidWord()), outcome: 'accepted', warning: 'truncated', flags: ['--strict'] },
  { input: 'text cut off mid-character (UTF-8)', file: 'cut-mid-character.txt', make: contents(cutMidCharacter()), outcome: 'accepted', warning: 'truncated' },
];

/**
 * @typedef {object} Workspace
 * @property {string} root
 * @property {string} dir the CLI's working directory, holding the inputs
 * @property {Map<string, string | null>} good the good input's own output, by output kind
 * @property {number} runs
 */

/** @returns {Workspace} */
export function createWorkspace() {
  if (!exists(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const root = mkdtempSync(join(tmpdir(), 'cppcc-bad-inputs-'));
  const dir = join(root, 'work');
  mkdirSync(dir);
  // Readable by the unprivileged user of the no-permission case.
  chmodSync(root, 0o755);
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, GOOD), REFERENCE);
  return { root, dir, good: new Map(), runs: 0 };
}

export function removeWorkspace(/** @type {Workspace} */ workspace) {
  rmSync(workspace.root, { recursive: true, force: true });
}

function exists(/** @type {string} */ path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {object} Run
 * @property {number | null} code
 * @property {string | null} signal the signal that ended the process, if one did
 * @property {boolean} killed stopped by us after KILL_SECONDS
 * @property {string[]} stderr its non-empty lines
 * @property {string} stdout
 * @property {number} seconds
 */

/**
 * @param {Workspace} workspace
 * @param {string[]} args
 * @param {{ uid?: number, gid?: number }} user
 * @returns {Run}
 */
function runCli(workspace, args, user = {}) {
  const stdoutPath = join(workspace.root, `stdout-${workspace.runs++}`);
  const fd = openSync(stdoutPath, 'w');
  const env = { ...process.env };
  delete env['NO_COLOR'];
  const started = performance.now();
  let result;
  try {
    result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: workspace.dir,
      env,
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
      timeout: KILL_SECONDS * 1000,
      killSignal: 'SIGKILL',
      maxBuffer: 64 * MB,
      ...user,
    });
  } finally {
    closeSync(fd);
  }
  const seconds = (performance.now() - started) / 1000;
  const stdout = readFileSync(stdoutPath, 'utf8');
  rmSync(stdoutPath);
  return {
    code: result.status,
    signal: result.signal,
    killed: /** @type {NodeJS.ErrnoException | undefined} */ (result.error)?.code === 'ETIMEDOUT',
    stderr: (result.stderr ?? '').split('\n').filter((line) => line !== ''),
    stdout,
    seconds,
  };
}

/**
 * The reports in an output, by source path: each as comparable text, with its warning codes
 * (null for CSV, which has none). Null when the output does not parse: the run broke it.
 * @param {'json' | 'csv'} output
 * @param {string} text
 * @returns {Map<string, { text: string, warnings: string[] | null }> | null}
 */
function reportsIn(output, text) {
  /** @type {Map<string, { text: string, warnings: string[] | null }>} */
  const reports = new Map();
  try {
    if (output === 'json') {
      for (const report of JSON.parse(text).reports) {
        reports.set(report.source.path, { text: JSON.stringify(report), warnings: report.warnings.map((/** @type {{ code: string }} */ warning) => warning.code) });
      }
    } else {
      /** @type {string[][]} */
      const [, ...rows] = parse(text, { bom: true });
      for (const row of rows) {
        const path = row[0] ?? '';
        const text = reports.get(path)?.text;
        reports.set(path, { text: text === undefined ? JSON.stringify(row) : `${text}\n${JSON.stringify(row)}`, warnings: null });
      }
    }
  } catch {
    return null;
  }
  return reports;
}

/** @param {'json' | 'csv'} output */
function outputArgs(output) {
  return output === 'json' ? ['-f', 'json'] : ['-f', 'csv', '-t', 'entries'];
}

/** The good input's own output, alone, the yardstick for "still complete". */
function goodAlone(/** @type {Workspace} */ workspace, /** @type {'json' | 'csv'} */ output) {
  if (!workspace.good.has(output)) {
    const run = runCli(workspace, [...outputArgs(output), GOOD]);
    const text = run.code === 0 ? reportsIn(output, run.stdout)?.get(GOOD)?.text : undefined;
    if (text === undefined) throw new Error(`the good input alone failed (exit ${run.code}): ${run.stderr.join(' / ')}`);
    workspace.good.set(output, text);
  }
  return workspace.good.get(output);
}

/**
 * Who runs a case that needs a chmod 000 file to stop the reader: the current user, unless that is
 * root, whom nothing stops; then nobody (65534), or a note saying why the case cannot be observed.
 * @param {Workspace} workspace
 * @returns {{ user: { uid?: number, gid?: number } } | { note: string }}
 */
function unprivilegedUser(workspace) {
  if (process.getuid?.() !== 0) return { user: {} };
  const nobody = { uid: 65534, gid: 65534 };
  const probe = spawnSync(process.execPath, [BIN, '--version'], { cwd: workspace.dir, ...nobody, encoding: 'utf8' });
  if (probe.status === 0) return { user: nobody };
  return { note: `not observed: running as root, which a chmod 000 file does not stop, and the CLI cannot run as nobody (${probe.error?.message ?? probe.stderr.trim()})` };
}

/**
 * @typedef {object} Observation
 * @property {BadInput} case
 * @property {number | null} code the exit code, null when ended by a signal
 * @property {string | null} signal the signal that ended it: ours when killed, else a crash (SIGABRT …)
 * @property {boolean} killed stopped by us after KILL_SECONDS
 * @property {string[]} stderr
 * @property {number} seconds
 * @property {boolean} processed the bad input's report is in the output
 * @property {string[] | null} warnings that report's warning codes, when known
 * @property {boolean | null} goodComplete the good input's report is exactly its report alone (null when alone)
 * @property {string | null} note why the case could not be observed as meant
 */

/**
 * Makes the case's input, runs it with the good input, and removes it again.
 * @param {Workspace} workspace
 * @param {BadInput} badInput
 * @returns {Observation}
 */
export function observe(workspace, badInput) {
  const output = badInput.output ?? 'json';
  const path = join(workspace.dir, badInput.file);
  const base = { case: badInput, code: null, signal: null, killed: false, stderr: [], seconds: 0, processed: false, warnings: null, goodComplete: null };
  const runner = badInput.unprivileged ? unprivilegedUser(workspace) : { user: {} };
  if ('note' in runner) return { ...base, note: runner.note };
  const expectedGood = badInput.alone ? null : goodAlone(workspace, output);
  try {
    badInput.make?.(path);
    const run = runCli(workspace, [...(badInput.flags ?? []), ...outputArgs(output), badInput.file, ...(badInput.alone ? [] : [GOOD])], runner.user);
    const reports = reportsIn(output, run.stdout);
    const own = reports?.get(badInput.file);
    return {
      ...base,
      code: run.code,
      signal: run.signal,
      killed: run.killed,
      stderr: run.stderr,
      seconds: run.seconds,
      processed: own !== undefined,
      warnings: own?.warnings ?? null,
      goodComplete: expectedGood === null ? null : reports?.get(GOOD)?.text === expectedGood,
      note: null,
    };
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Everything about an observation that differs from what README documents, as sentences; empty when
 * the input was handled as documented, in time.
 * @param {Observation} observation
 * @returns {string[]}
 */
export function problemsOf(observation) {
  const { case: badInput, code, stderr } = observation;
  if (observation.note) return [];
  /** @type {string[]} */
  const problems = [];
  // Stopped, it could show nothing else: no exit code, and no output for the good input either.
  if (observation.killed) return [`still running after ${KILL_SECONDS} s (stopped there; the limit is ${SLOW_SECONDS} s)`];
  if (observation.signal) problems.push(`died of ${observation.signal}`);
  if (observation.seconds > SLOW_SECONDS) problems.push(`took ${observation.seconds.toFixed(1)} s (more than ${SLOW_SECONDS} s)`);
  if (observation.goodComplete === false) problems.push(`the good input's output is missing or incomplete`);

  const strict = badInput.flags?.includes('--strict') ?? false;
  if (badInput.outcome === 'rejected' && observation.processed) problems.push('was processed, but should be refused');
  if (badInput.outcome === 'accepted' && !observation.processed) problems.push(`was refused (${stderr[0] ?? 'no message'}), but should be processed`);

  const expectedCode = observation.processed ? (strict && badInput.warning ? 1 : 0) : badInput.alone ? 2 : 1;
  if (code !== expectedCode) problems.push(`exit code ${code}, documented ${expectedCode}`);

  const prefix = `${NAME}: ${badInput.file}`;
  // `cppcc-extract: file: message`, or with a position for a warning: `cppcc-extract: file:3:14: warning …`.
  const naming = (/** @type {string} */ line) => line.startsWith(`${prefix}: `) || /^:\d+:\d+: /.test(line.slice(prefix.length));
  if (!observation.processed && stderr.length !== 1) problems.push(`${stderr.length} lines on stderr, not one message`);
  if (!observation.processed || strict) {
    if (stderr.length === 0) problems.push('no message on stderr');
    for (const line of stderr.filter((line) => !naming(line))) problems.push(`a message that does not start with '${prefix}:': ${line}`);
  }
  for (const line of stderr.filter((line) => /internal error|^\s+at |^\w*Error\b/.test(line))) problems.push(`a crash, not a message: ${line}`);
  if (observation.processed && badInput.warning && observation.warnings && !observation.warnings.includes(badInput.warning)) {
    problems.push(`no ${badInput.warning} warning (warnings: ${observation.warnings.join(', ') || 'none'})`);
  }
  return problems;
}

/** A table cell: pipes escaped, a message as code unless it holds a backtick. */
function cell(/** @type {string} */ text, /** @type {boolean} */ code = false) {
  const escaped = text.replace(/\|/g, '\\|');
  return code && !text.includes('`') ? `\`${escaped}\`` : escaped;
}

/** The message column: the first line on stderr, or what happened when there was none. */
function messageOf(/** @type {Observation} */ observation) {
  if (observation.note) return cell(`(${observation.note})`);
  if (observation.killed) return cell(`(none: still running after ${KILL_SECONDS} s, when the check stops it)`);
  const [first, ...rest] = observation.stderr;
  if (first !== undefined) return `${cell(first, true)}${rest.length ? ` (and ${rest.length} more line${rest.length > 1 ? 's' : ''})` : ''}`;
  if (!observation.processed) return '(none)';
  const codes = [...new Set(observation.warnings ?? [])];
  const warnings = codes.length ? `; warnings in the report: ${codes.map((code) => `\`${code}\``).join(', ')}` : '';
  return `(none: processed${warnings})`;
}

/** The README table: one row per bad input. */
export function markdownTable(/** @type {readonly Observation[]} */ observations) {
  const rows = observations.map((observation) => `| ${cell(observation.case.input)} | ${messageOf(observation)} | ${observation.code ?? (observation.signal && !observation.killed ? observation.signal : '—')} |`);
  return ['| input | message | exit code |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The text between README's markers, trimmed; null when the markers are missing. */
export function tableInReadme(/** @type {string} */ readme) {
  const start = readme.indexOf(MARKERS.start);
  const end = readme.indexOf(MARKERS.end);
  if (start < 0 || end < start) return null;
  return readme.slice(start + MARKERS.start.length, end).trim();
}

function withTable(/** @type {string} */ readme, /** @type {string} */ table) {
  const start = readme.indexOf(MARKERS.start);
  const end = readme.indexOf(MARKERS.end);
  if (start < 0 || end < start) throw new Error(`README.md has no ${MARKERS.start} … ${MARKERS.end} markers`);
  return `${readme.slice(0, start + MARKERS.start.length)}\n${table}\n${readme.slice(end)}`;
}

function main(/** @type {string[]} */ args) {
  const workspace = createWorkspace();
  /** @type {Observation[]} */
  const observations = [];
  let defects = 0;
  try {
    for (const badInput of BAD_INPUTS) {
      const observation = observe(workspace, badInput);
      observations.push(observation);
      const problems = problemsOf(observation);
      defects += problems.length;
      const status = observation.note ? `NOT OBSERVED: ${observation.note}` : problems.length ? `DEFECT: ${problems.join('; ')}` : 'ok';
      process.stderr.write(`${observation.seconds.toFixed(1).padStart(5)} s  ${badInput.input}: ${status}\n`);
    }
  } finally {
    removeWorkspace(workspace);
  }
  const table = markdownTable(observations);
  process.stdout.write(`${table}\n`);
  if (args.includes('--write-readme')) {
    writeFileSync(README, withTable(readFileSync(README, 'utf8'), table));
    process.stderr.write('README.md updated\n');
  }
  process.stderr.write(defects ? `${defects} problem(s) found\n` : 'every bad input handled as documented\n');
  return defects ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
