/**
 * A worker thread of a corpus run (src/cli/corpus.ts): it is told the input and output options
 * once, then extracts each input it is sent and posts back its outcome. A long input's worker
 * (src/cli/long-input.ts) is sent one input and posts its outcome, then one part per request.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { reportStream } from '../write/index.js';
import { runJob, startJob, type Job, type WorkerSetup } from './corpus.js';
import type { LongInputMessage } from './long-input.js';

const { options, render, long } = workerData as WorkerSetup;
const stream = render ? await reportStream(render) : undefined;
const post = (message: LongInputMessage) => parentPort!.postMessage(message);

if (long) {
  parentPort!.once('message', async (job: Job) => {
    const outcome = await startJob(job, options, stream, undefined);
    if ('problem' in outcome || !outcome.parts) return post({ outcome });
    const { parts, ...fields } = outcome;
    const iterator = parts[Symbol.asyncIterator]();
    parentPort!.on('message', async () => {
      try {
        const next = await iterator.next();
        post(next.done ? { done: true } : { part: next.value });
      } catch (error) {
        post({ failed: error instanceof Error ? error.message : String(error) });
      }
    });
    post({ outcome: fields });
  });
} else {
  parentPort!.on('message', (job: Job) => {
    void runJob(job, options, stream, undefined).then((outcome) => parentPort!.postMessage(outcome));
  });
}
