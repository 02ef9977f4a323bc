/**
 * A worker thread of a corpus run (src/cli/corpus.ts): it is told the input and output options
 * once, then extracts each input it is sent and posts back its outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { reportStream } from '../write/index.js';
import { runJob, type Job, type WorkerSetup } from './corpus.js';

const { options, render } = workerData as WorkerSetup;
const stream = render ? await reportStream(render) : undefined;

parentPort!.on('message', (job: Job) => {
  void runJob(job, options, stream, undefined).then((outcome) => parentPort!.postMessage(outcome));
});
