/**
 * Starts the bundled command line (dist/cli.cjs) with V8's code cache (dist/cli.cache).
 *
 * A CI script may call the tool once per report, so most of a call's time is start-up, and most of
 * that is V8 compiling the bundle and then each function the run reaches. `npm run bundle` runs the
 * bundle once on the reference report and saves the compiled code (`writeCodeCache`); each call
 * reads it back instead of compiling. A cache made by another Node or under other V8 flags is
 * rejected by V8, and one made from another build is not used (STAMP below): the bundle is then
 * compiled as usual, which is slower, never wrong.
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

/**
 * V8 checks a cache against the source's length, not its content: a cache left by an earlier
 * build would run that build's code. So the bundle opens with a build stamp (a hash of its
 * content, written by scripts/bundle.mjs), the cache file opens with the stamp of the bundle it
 * was made from, and a cache with another stamp is not used.
 */
const STAMP = /^\/\*build:([0-9a-f]{64})\*\//;

/** `code` with its build stamp `id` (64 hex digits) in front. */
export function stamped(code: string, id: string): string {
  return `/*build:${id}*/${code}`;
}

type Main = (argv: readonly string[], io?: CliIO) => Promise<number>;

export interface Bundle {
  readonly main: Main;
  readonly script: vm.Script;
  /** The bundle's build stamp. */
  readonly stamp: string;
  /** Whether a code cache of this very build was given to V8 (which may still reject it). */
  readonly cached: boolean;
}

/** Runs the command line on `argv` (as process.argv) and returns its exit code. */
export async function launch(argv: readonly string[]): Promise<number> {
  // The bundle answers --version too (src/cli/main.ts); answering here spares loading it.
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    const { version } = JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')) as { version: string };
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const { main } = loadBundle();
  tuneForShortRun();
  return main(argv);
}

/**
 * Most calls read one report of a few dozen kilobytes, over in tens of milliseconds: V8's
 * optimising compiler (TurboFan) then only costs, compiling on helper threads that the process
 * waits for at exit, in memory that every call must fault in. A call on the reference report takes
 * ~17 ms less without it, one on 50 kB ~70 ms less; from ~300 kB the optimised code pays back, so a
 * run of several inputs or of a long one turns it back on (tuneForLongRun in src/cli/tuning.ts).
 * Set after the bundle is compiled: V8 rejects a code cache made under other flags.
 */
function tuneForShortRun(): void {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--no-opt');
}

/** Runs the bundle on `argv` with `io`, then saves the code it compiled for `launch` to read. */
export async function writeCodeCache(argv: readonly string[], io: CliIO): Promise<number> {
  const { main, script, stamp } = loadBundle({ cache: null });
  const code = await main(argv, io);
  writeFileSync(CACHE, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]));
  return code;
}

function stampOf(source: string): string {
  const stamp = STAMP.exec(source)?.[1];
  if (!stamp) throw new Error(`${BUNDLE} has no build stamp: run \`npm run build\``);
  return stamp;
}

/** The cache file's code for `stamp`, or undefined when there is none or it belongs to another build. */
function cacheFor(path: string, stamp: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  return file.toString('latin1', 0, stamp.length) === stamp ? file.subarray(stamp.length) : undefined;
}

/**
 * Evaluates the CommonJS bundle as Node's own loader would, but with its code cache; `cache: null`
 * compiles without one. The paths are options for the tests.
 */
export function loadBundle({ bundle = BUNDLE, cache = CACHE }: { bundle?: string; cache?: string | null } = {}): Bundle {
  // scripts/bundle.mjs wraps the bundle in `(function (BUNDLE_PARAMETERS) {…})`.
  const source = readFileSync(bundle, 'latin1');
  const stamp = stampOf(source);
  const cachedData = cache === null ? undefined : cacheFor(cache, stamp);
  const script = new vm.Script(source, { filename: bundle, cachedData });
  const module = { exports: {} as { main: Main } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, join(bundle, '..'));
  return { main: module.exports.main, script, stamp, cached: cachedData !== undefined };
}
