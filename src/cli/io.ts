/**
 * What every part of the command line shares and nothing heavy: the streams it talks to and the
 * exit codes it answers with. Kept apart so that the entry point can load it without the commands.
 */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  /** A progress bar is drawn here on a terminal only. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
/** Some input failed, or --strict found a warning: there is output, but not all of it is sound. */
export const EXIT_PARTIAL = 1;
/** Nothing usable was produced: bad usage, no input could be processed, or the output failed. */
export const EXIT_USAGE = 2;

export const NAME = 'cppcc-extract';
