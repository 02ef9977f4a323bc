/**
 * Output safety under interruption (issue 7): `-o` writes a temporary file beside the target and
 * renames it into place, so a run stopped by Ctrl-C (SIGINT) or a kill (SIGKILL) leaves the target
 * either as it was or complete — never half-written. After SIGINT nothing else may be left behind;
 * after SIGKILL, which no process can catch, a leftover temporary file is acceptable if its name
 * says what it is (the target's name, ending in .tmp).
 *
 * The run is the reference report given as many inputs, so that there is a long time to interrupt
 * (reading) and a large output (about 13 MB of JSON) whose writing takes long enough to interrupt
 * too. Each signal is sent at two moments: while the inputs are read, and the instant the temporary
 * output file appears in the folder (watched with fs.watch), i.e. while it is being written.
 *
 * Needs dist/ (`npm test` builds first).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'cppcc-extract.cjs');
const REFERENCE = join(ROOT, 'fixtures', 'cq-cppcc-study-session-4.txt');

const INPUT_COUNT = 120;
const INPUTS = Array.from({ length: INPUT_COUNT }, (_, i) => `report-${String(i + 1).padStart(3, '0')}.txt`);
const TARGET = 'out.json';
/** What an earlier run left in the target; an interrupted run must leave it so or replace it whole. */
const OLD = '{ "schemaVersion": 1, "generator": "an earlier run", "reports": [] }\n';
/** Long enough for the run to start reading (node's start-up is well under this) and short of its end. */
const WHILE_READING_MS = 1000;
/** A run that the signal never reached is given up on after this. */
const RUN_LIMIT_MS = 60_000;

type Moment = 'while reading the inputs' | 'while writing the output';

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether the temporary output file was seen before the signal was sent. */
  sawTemporary: boolean;
  content: string;
  leftovers: string[];
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cppcc-interrupt-'));
  for (const input of INPUTS) copyFileSync(REFERENCE, join(dir, input));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Files in the folder other than the inputs and the target. */
function leftovers(): string[] {
  return readdirSync(dir).filter((name) => name !== TARGET && !INPUTS.includes(name));
}

/** Runs the CLI with `-o out.json` over a pre-existing target and sends `signal` at `moment`. */
function interrupt(signal: NodeJS.Signals, moment: Moment): Promise<Interrupted> {
  // What an earlier case left behind is its finding, not this one's.
  for (const name of leftovers()) rmSync(join(dir, name), { force: true });
  writeFileSync(join(dir, TARGET), OLD);
  return new Promise((resolve, reject) => {
    let sawTemporary = false;
    const child = spawn(process.execPath, [BIN, ...INPUTS, '-o', TARGET], { cwd: dir, stdio: 'ignore' });
    const send = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    const watcher =
      moment === 'while writing the output'
        ? watch(dir, (_event, name) => {
            if (name && name !== TARGET && !INPUTS.includes(name)) {
              sawTemporary = true;
              send();
            }
          })
        : undefined;
    const timers = [
      ...(moment === 'while reading the inputs' ? [setTimeout(send, WHILE_READING_MS)] : []),
      setTimeout(() => child.kill('SIGKILL'), RUN_LIMIT_MS),
    ];
    child.on('error', reject);
    child.on('close', (code, closedBy) => {
      watcher?.close();
      timers.forEach(clearTimeout);
      resolve({ code, signal: closedBy, sawTemporary, content: readFileSync(join(dir, TARGET), 'utf8'), leftovers: leftovers() });
    });
  });
}

/** The target is the old file or a complete new output; a description of it otherwise. */
function targetProblem(content: string): string | null {
  if (content === OLD) return null;
  try {
    const output = JSON.parse(content) as { reports?: unknown[] };
    return output.reports?.length === INPUT_COUNT ? null : `JSON with ${output.reports?.length} reports instead of ${INPUT_COUNT}`;
  } catch {
    return `neither the old file nor valid JSON: ${content.length} characters ending “${content.slice(-40)}”`;
  }
}

/** A temporary file that says what it is: named after the target, ending in .tmp. */
const NAMED_TEMPORARY = new RegExp(`${TARGET.replace('.', '\\.')}.*\\.tmp$`);

describe('an interrupted run with -o', () => {
  const cases: [NodeJS.Signals, Moment][] = [
    ['SIGINT', 'while reading the inputs'],
    ['SIGINT', 'while writing the output'],
    ['SIGKILL', 'while reading the inputs'],
    ['SIGKILL', 'while writing the output'],
  ];

  it.each(cases)('%s %s leaves the old file or the complete new one', { timeout: RUN_LIMIT_MS + 30_000 }, async (signal, moment) => {
    const run = await interrupt(signal, moment);
    // Otherwise the run finished first and nothing was tested.
    expect(run.signal === signal || (signal === 'SIGINT' && run.code === 130), `ended with code ${run.code}, signal ${run.signal}`).toBe(true);
    if (moment === 'while writing the output') expect(run.sawTemporary, 'the temporary output file appeared').toBe(true);
    expect(targetProblem(run.content)).toBeNull();
    if (signal === 'SIGINT') expect(run.leftovers, 'files left behind after SIGINT').toEqual([]);
    else expect(run.leftovers.filter((name) => !NAMED_TEMPORARY.test(name)), 'leftovers that are not clearly temporary').toEqual([]);
  });
});
