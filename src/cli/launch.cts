/**
 * Starts the bundled command line (dist/cli.cjs) with V8's code cache (dist/cli.cache).
 *
 * A CI script may call the tool once per report, so most of a call's time is start-up, and most of
 * that is V8 compiling the bundle and then each function the run reaches. `npm run bundle` runs the
 * bundle once on the reference report and saves the compiled code (`writeCodeCache`); each call
 * reads it back instead of compiling. A cache made by another Node or under other V8 flags is
 * rejected by V8, and the bundle is then compiled as usual: slower, never wrong.
 *
 * CommonJS, like the shim in bin/, because Node loads a CommonJS module faster than an ES module,
 * and it imports only Node's own modules: it runs on every call before anything else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import type { CliIO } from './io.js';

const DIST = join(__dirname, '..');
const BUNDLE = join(DIST, 'cli.cjs');
const CACHE = join(DIST, 'cli.cache');

/** What Node passes a CommonJS module, and the bundle's function takes. */
export const BUNDLE_PARAMETERS = 'exports, require, module, __filename, __dirname';

type Main = (argv: readonly string[], io?: CliIO) => Promise<number>;

/** Runs the command line on `argv` (as process.argv) and returns its exit code. */
export async function launch(argv: readonly string[]): Promise<number> {
  // The bundle answers --version too (src/cli/main.ts); answering here spares loading it.
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    const { version } = JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')) as { version: string };
    process.stdout.write(`${version}\n`);
    return 0;
  }
  return loadBundle(readCache()).main(argv);
}

/** Runs the bundle on `argv` with `io`, then saves the code it compiled for `launch` to read. */
export async function writeCodeCache(argv: readonly string[], io: CliIO): Promise<number> {
  const { main, script } = loadBundle(undefined);
  const code = await main(argv, io);
  writeFileSync(CACHE, script.createCachedData());
  return code;
}

export function readCache(): Buffer | undefined {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/** Evaluates the CommonJS bundle as Node's own loader would, but with `cachedData`. */
export function loadBundle(cachedData: Buffer | undefined): { main: Main; script: vm.Script } {
  // scripts/bundle.mjs wraps the bundle in `(function (BUNDLE_PARAMETERS) {…})`.
  const script = new vm.Script(readFileSync(BUNDLE, 'latin1'), { filename: BUNDLE, cachedData });
  const module = { exports: {} as { main: Main } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, DIST);
  return { main: module.exports.main, script };
}
