/**
 * Extracting the inputs of one run, in input order: one after another on this thread, or on a pool
 * of worker threads when there are many. Either way each input gives one outcome — its report (or,
 * when the output is streamed, the report's piece of output, rendered where it was extracted, so
 * that only text crosses between threads), or a one-line reason it could not be used — and the
 * outcomes come out in input order, so the output is the same byte for byte whatever the number of
 * threads. At most a few outcomes per worker wait to be written, so memory stays flat.
 */
import type { Worker } from 'node:worker_threads';
import type { InputFormat, Report, Warning } from '../model/report.js';
import { extract, extractParts, InputError, PART_CHARS, type PartOptions } from '../pipeline.js';
import type { RenderOptions, ReportStream } from '../write/index.js';
import { readOrProblem, STDIN, STDIN_NAME } from './files.js';
import { extractLongInput, isLongInput, LONG_INPUT_BYTES } from './long-input.js';
import { SHORT_INPUT_BYTES, tuneForLongRun } from './tuning.js';

export interface InputOptions {
  encoding?: string;
  inputFormat?: InputFormat;
  /** Inputs larger than this many bytes are refused (--max-size, given in MiB); the pipeline's limit when not given. */
  maxSize?: number;
}

/** One input as handed to whoever extracts it; standard input arrives as its bytes, since only the main thread can read it. */
export interface Job {
  index: number;
  file: string;
  bytes?: Uint8Array;
}

interface OutcomeBase {
  index: number;
  /** The input as messages name it. */
  name: string;
  /** Bytes read, for the progress bar's rate. */
  size: number;
}

export interface Failed extends OutcomeBase {
  problem: string;
}

export interface Extracted extends OutcomeBase {
  path: string;
  warnings: Warning[];
  /** The report's piece of a streamed output; `report` otherwise. */
  piece?: string;
  report?: Report;
  /**
   * Instead of `piece` and `warnings`, where the stream is partwise and the outcome was made on this
   * thread: each part's piece and warnings, extracted as they are asked for, so that a long input
   * never has more than one part's objects in memory.
   */
  parts?: AsyncIterable<Part>;
}

export interface Part {
  piece: string;
  warnings: Warning[];
}

export type Outcome = Failed | Extracted;

/** What a worker needs to know at start: it builds its own report stream, as functions cannot be sent to it. */
export interface WorkerSetup {
  options: InputOptions;
  render: RenderOptions | undefined;
  /** A long input's worker (long-input.ts). */
  long?: boolean;
}

export interface Plan extends WorkerSetup {
  /** Streams render into pieces; undefined means outcomes carry whole reports. */
  stream: ReportStream | undefined;
  /** Worker threads; 1 extracts on this thread. */
  jobs: number;
}

/** Inputs each worker holds at once: one being extracted and one ready, so that it never waits for the main thread. */
const QUEUED_PER_WORKER = 2;
/** Outcomes per worker that may wait to be written before no more work is handed out. */
const WINDOW_PER_WORKER = 4;
/**
 * A worker's young generation, in MB. V8's default lets each isolate's nursery grow to tens of
 * megabytes; a report's garbage is short-lived and small, so a smaller one costs no time and keeps
 * a corpus run's peak memory down (30 MB of reports, two workers: ~200 MB peak by default, ~150-165 MB with this).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

export function nameOf(file: string): string {
  return file === STDIN ? STDIN_NAME : file;
}

/** The report, or a one-line description of why this input could not be used; `input` is its bytes when they have been read. */
export async function extractInput(file: string, options: InputOptions, input: NodeJS.ReadableStream | Uint8Array | undefined): Promise<Report | string> {
  const bytes = input instanceof Uint8Array ? input : await readOrProblem(file, input);
  if (typeof bytes === 'string') return bytes;
  try {
    return await extract(bytes, extractOptions(file, options));
  } catch (error) {
    return problemOf(error);
  }
}

/** Without --input-format, the pipeline tells the format from the path's extension. */
function extractOptions(file: string, options: InputOptions): PartOptions {
  return { path: nameOf(file), format: options.inputFormat, encoding: options.encoding, maxBytes: options.maxSize };
}

function problemOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  // A bug, not bad input: still one line, so that the other inputs of a corpus run get through.
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * One input's outcome. With a partwise stream the input is extracted in parts (extractParts): the
 * first part now, so that bad input is told at once, the others as `parts` is read.
 */
export async function startJob(job: Job, options: InputOptions, stream: ReportStream | undefined, stdin: NodeJS.ReadableStream | undefined): Promise<Outcome> {
  const name = nameOf(job.file);
  const reports = await readParts(job, options, stream?.partwise === true, stdin);
  if (typeof reports === 'string') return { index: job.index, name, size: 0, problem: reports };
  let first: Report;
  try {
    first = (await reports.next()).value as Report;
  } catch (error) {
    return { index: job.index, name, size: 0, problem: problemOf(error) };
  }
  const extracted = { index: job.index, name, size: first.source.bytes, path: first.source.path };
  if (!stream) return { ...extracted, warnings: first.warnings, report: first };
  let piece: string;
  try {
    piece = stream.piece(first);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { index: job.index, name, size: 0, problem: TOO_LONG_TO_WRITE };
  }
  return { ...extracted, warnings: [], parts: piecesOf({ piece, warnings: first.warnings }, reports, stream) };
}

/** V8's strings stop short of a gigabyte; a report of a hundred megabytes does not fit in one JSON document. */
const TOO_LONG_TO_WRITE = 'its report is too long to write whole in this format; JSON Lines (-f jsonl) and CSV are written part by part';

/** The input's reports part by part, or why it cannot be read; only the parts hold its bytes, and let them go once decoded. */
async function readParts(job: Job, options: InputOptions, partwise: boolean, stdin: NodeJS.ReadableStream | undefined): Promise<AsyncGenerator<Report> | string> {
  const bytes = job.bytes ?? (await readOrProblem(job.file, stdin));
  if (typeof bytes === 'string') return bytes;
  if (bytes.length > SHORT_INPUT_BYTES) await tuneForLongRun();
  // Only a long input is read in parts, so that a file gives the same report in every format.
  const partChars = partwise && bytes.length > LONG_INPUT_BYTES ? PART_CHARS : Infinity;
  return extractParts(bytes, { ...extractOptions(job.file, options), partChars });
}

/** Takes the first part as its piece, not its report, so that the report is not held while the others are made. */
async function* piecesOf(first: Part, rest: AsyncGenerator<Report>, stream: ReportStream): AsyncGenerator<Part> {
  yield first;
  for await (const report of rest) yield { piece: stream.piece(report), warnings: report.warnings };
}

/** One input's outcome as plain data, for a worker to post: the parts' pieces joined. */
export async function runJob(job: Job, options: InputOptions, stream: ReportStream | undefined, stdin: NodeJS.ReadableStream | undefined): Promise<Outcome> {
  const outcome = await startJob(job, options, stream, stdin);
  if ('problem' in outcome || !outcome.parts) return outcome;
  const { parts, ...rest } = outcome;
  let piece = '';
  const warnings: Warning[] = [];
  for await (const part of parts) {
    piece += part.piece;
    warnings.push(...part.warnings);
  }
  return { ...rest, piece, warnings };
}

/** Every input's outcome, in input order. */
export function extractAll(files: readonly string[], plan: Plan, stdin: NodeJS.ReadableStream | undefined): AsyncGenerator<Outcome> {
  return plan.jobs > 1 && files.length > 1 ? pooled(files, plan, stdin) : inTurn(files, plan, stdin);
}

/** A long file whose output can be written part by part is read in a worker of its own (long-input.ts). */
function inOwnWorker(plan: Plan, file: string): boolean {
  return plan.stream?.partwise === true && file !== STDIN && isLongInput(file);
}

async function* inTurn(files: readonly string[], plan: Plan, stdin: NodeJS.ReadableStream | undefined): AsyncGenerator<Outcome> {
  const setup: WorkerSetup = { options: plan.options, render: plan.render };
  if (files.length > 1) await tuneForLongRun();
  for (let index = 0; index < files.length; index++) {
    const job = { index, file: files[index]! };
    yield await (inOwnWorker(plan, job.file) ? extractLongInput(job, setup) : startJob(job, plan.options, plan.stream, stdin));
  }
}

async function* pooled(files: readonly string[], plan: Plan, stdin: NodeJS.ReadableStream | undefined): AsyncGenerator<Outcome> {
  const setup: WorkerSetup = { options: plan.options, render: plan.render };
  const size = Math.min(plan.jobs, files.length);
  const window = size * WINDOW_PER_WORKER;
  const finished = new Map<number, Outcome>();
  /** Long inputs, each read in parts in a worker of its own when its turn comes (long-input.ts). */
  const local = new Set<number>();
  /** The inputs each live worker holds, and whether it has delivered anything yet. */
  const workers = new Map<Worker, { held: Set<number>; delivered: boolean }>();
  let stdinRead: Uint8Array | string | undefined;
  let sent = 0;
  let wanted = 0;
  let wake: (() => void) | undefined;
  let broken: Error | undefined;

  const arrive = (outcome: Outcome) => {
    finished.set(outcome.index, outcome);
    wake?.();
  };
  const feed = (worker: Worker) => {
    const { held } = workers.get(worker)!;
    while (held.size < QUEUED_PER_WORKER && sent < files.length && sent < wanted + window) {
      const index = sent++;
      const job: Job = { index, file: files[index]! };
      if (job.file === STDIN) {
        const read = stdinRead;
        if (typeof read === 'string') {
          arrive({ index, name: STDIN_NAME, size: 0, problem: read });
          continue;
        }
        job.bytes = read;
      }
      if (inOwnWorker(plan, job.file)) {
        local.add(index);
        continue;
      }
      held.add(job.index);
      worker.postMessage(job);
    }
  };
  await tuneForLongRun();
  // Loaded here: a run of a few inputs never starts a worker, and need not load the module.
  const { Worker } = await import('node:worker_threads');
  const start = (): Worker => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const state = { held: new Set<number>(), delivered: false };
    workers.set(worker, state);
    worker.on('message', (outcome: Outcome) => {
      state.held.delete(outcome.index);
      state.delivered = true;
      arrive(outcome);
      feed(worker);
    });
    // A worker that dies while working (out of memory, a bug outside extract) fails only the inputs
    // it held, and a new one takes its place; one that cannot even start is not replaced.
    worker.on('error', (error) => {
      workers.delete(worker);
      for (const index of state.held) arrive({ index, name: nameOf(files[index]!), size: 0, problem: `internal error: ${error.message}` });
      if (state.delivered) feed(start());
      else broken = error;
      wake?.();
    });
    return worker;
  };

  try {
    if (files.includes(STDIN)) stdinRead = await readOrProblem(STDIN, stdin);
    for (let i = 0; i < size; i++) feed(start());
    while (wanted < files.length) {
      if (local.delete(wanted)) finished.set(wanted, await extractLongInput({ index: wanted, file: files[wanted]! }, setup));
      const outcome = finished.get(wanted);
      if (outcome) {
        finished.delete(wanted++);
        for (const worker of workers.keys()) feed(worker);
        yield outcome;
      } else if (workers.size === 0 && broken) {
        throw broken;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    await Promise.all([...workers.keys()].map((worker) => worker.terminate()));
  }
}
