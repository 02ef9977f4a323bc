/**
 * A long input (more than LONG_INPUT_BYTES) read part by part (the pipeline's extractParts) in a
 * worker thread of its own, one part per request from the output: the main thread holds one
 * part's piece at a time, and the worker's heap is capped near what the parts need. Uncapped, V8
 * lets a heap that turns over a few hundred megabytes of short-lived objects grow to several times
 * what is alive (a 100 MB report: ~900 MB peak on the main thread, ~500 MB capped).
 */
import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { PART_CHARS } from '../pipeline.js';
import type { Job, Outcome, Part, WorkerSetup } from './corpus.js';
import { fileProblem } from './files.js';
import { tuneForLongRun } from './tuning.js';

/** Inputs longer than this are read in parts, in a worker of their own. */
export const LONG_INPUT_BYTES = 4 * PART_CHARS;

/** A long input's worker: its old generation holds the decoded text (at most twice the bytes), the gazetteer and a part. */
const heapLimitMb = (bytes: number) => Math.max(256, Math.ceil((1.5 * bytes) / 2 ** 20) + 150);

export function isLongInput(file: string): boolean {
  try {
    return statSync(file).size > LONG_INPUT_BYTES;
  } catch {
    return false; // whoever reads it tells what is wrong with it
  }
}

/** What a long input's worker posts: the outcome first (without its parts), then each part asked for, then that there are no more. */
export type LongInputMessage = { outcome: Outcome } | { part: Part } | { done: true } | { failed: string };

export async function extractLongInput(job: Job, setup: WorkerSetup): Promise<Outcome> {
  let bytes: number;
  try {
    bytes = statSync(job.file).size;
  } catch (error) {
    // Gone, or unreadable, since it was found long: told as any input that cannot be read.
    return { index: job.index, name: job.file, size: 0, problem: fileProblem(error) };
  }
  await tuneForLongRun();
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(new URL('./worker.js', import.meta.url), {
    workerData: { ...setup, long: true } satisfies WorkerSetup,
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb(bytes), maxYoungGenerationSizeMb: 8 },
  });
  const next = inbox(worker);
  worker.postMessage(job);
  let first: LongInputMessage;
  try {
    first = await next();
  } catch (error) {
    await worker.terminate();
    return { index: job.index, name: job.file, size: 0, problem: `internal error: ${(error as Error).message}` };
  }
  if (!('outcome' in first) || 'problem' in first.outcome) {
    await worker.terminate();
    return 'outcome' in first ? first.outcome : { index: job.index, name: job.file, size: 0, problem: 'internal error: no outcome' };
  }
  return { ...first.outcome, parts: partsFrom(worker, next) };
}

async function* partsFrom(worker: Worker, next: () => Promise<LongInputMessage>): AsyncGenerator<Part> {
  try {
    for (;;) {
      worker.postMessage('next');
      const message = await next();
      if ('done' in message) return;
      if ('failed' in message) throw new Error(message.failed);
      if ('part' in message) yield message.part;
    }
  } finally {
    await worker.terminate();
  }
}

/** The worker's messages in order; a worker that fails or stops makes the waiting call reject. */
function inbox(worker: Worker): () => Promise<LongInputMessage> {
  const arrived: LongInputMessage[] = [];
  let waiting: { resolve: (message: LongInputMessage) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  worker.on('message', (message: LongInputMessage) => {
    if (waiting) waiting.resolve(message);
    else arrived.push(message);
    waiting = undefined;
  });
  const fail = (error: Error) => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = undefined;
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the worker stopped (exit code ${code})`)));
  return () => {
    const message = arrived.shift();
    if (message) return Promise.resolve(message);
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => (waiting = { resolve, reject }));
  };
}
