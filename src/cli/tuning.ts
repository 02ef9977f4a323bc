/**
 * V8 tuning for runs long enough to gain from it.
 *
 * The optimising compiler inlines less than V8's default (920 bytes of bytecode per function): the
 * pipeline is many large functions, and inlining them costs each thread more compile time than it
 * gains — a corpus run on two workers (20 MB) took ~10 % less time and CPU, interleaved runs
 * measured. V8's flags are the process's, so worker threads started afterwards share them.
 *
 * Set when a run reads several inputs or a long one, not at start-up: loading node:v8 costs a call
 * on one report ~2 ms, and V8 rejects a code cache made under other flags (launch.cts makes and
 * reads its cache without this one), so a run sets it only after the bundle has been compiled.
 */
let tuned = false;

export async function tuneForLongRun(): Promise<void> {
  if (tuned) return;
  tuned = true;
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=230');
}
