/**
 * V8 tuning for runs long enough to gain from it: several inputs, or one longer than
 * SHORT_INPUT_BYTES.
 *
 * The optimising compiler, which the launcher (src/cli/launch.cts) turns off for what is most often
 * a call on one short report, is turned back on. It inlines less than V8's default (920 bytes of
 * bytecode per function): the pipeline is many large functions, and inlining them costs each thread
 * more compile time than it gains — a corpus run on two workers (20 MB) took ~10 % less time and
 * CPU, interleaved runs measured. V8's flags are the process's, so worker threads started
 * afterwards share them.
 *
 * Set once the run is known to be long, after the bundle has been compiled: V8 rejects a code cache
 * made under other flags (launch.cts makes and reads its cache under V8's defaults).
 */
let tuned = false;

/** An input longer than this is a long run on its own: the optimising compiler pays back from about 300 kB. */
export const SHORT_INPUT_BYTES = 256 * 1024;

export async function tuneForLongRun(): Promise<void> {
  if (tuned) return;
  tuned = true;
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--opt --max-inlined-bytecode-size-cumulative=230');
}
