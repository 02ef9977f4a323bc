/**
 * The command line's entry point. `main` returns the exit code instead of exiting, so tests can run
 * it in-process with their own streams and environment.
 *
 * A CI script may call the tool once per report, so start-up time counts: `--version` is answered
 * from the package version alone (by the installed command's launcher, src/cli/launch.cts, before
 * it loads this bundle; here for callers of `main`), and every other call loads the command
 * definitions (src/cli/program.ts), which in turn load each command's code only when that command runs.
 */
import { VERSION } from '../version.js';
import { EXIT_OK, type CliIO } from './io.js';

export { EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, type CliIO } from './io.js';

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  return (await import('./program.js')).runProgram(argv, io);
}

function processIO(): CliIO {
  return {
    // A getter: Node makes process.stdin on first use, which costs milliseconds, and only `-` reads it.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  };
}
