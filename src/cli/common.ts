/**
 * What the commands share: usage errors, one-line complaints on standard error, when colour is on,
 * refusing to overwrite an input, and writing a finished text to a file or standard output.
 */
import { fileProblem, isSameFile, STDIN, writeFileAtomically, writeToStdout } from './files.js';
import { EXIT_OK, EXIT_USAGE, NAME, type CliIO } from './io.js';

/** A mistake in how the command was called, reported before any input is read. */
export class UsageError extends Error {}

export interface OutputOptions {
  output?: string;
  color: boolean;
}

export function complainer(io: CliIO): (message: string) => void {
  return (message) => io.stderr.write(`${NAME}: ${message}\n`);
}

export function isTerminal(options: OutputOptions, io: CliIO): boolean {
  return io.stdout.isTTY === true && !options.output;
}

/** Only on a terminal, not with --no-color, and not when NO_COLOR is set to something (https://no-color.org). */
export function colorOn(options: OutputOptions, io: CliIO): boolean {
  return isTerminal(options, io) && options.color && !io.env['NO_COLOR'];
}

export async function refuseToOverwriteInput(output: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    if (file !== STDIN && (await isSameFile(output, file))) {
      throw new UsageError(`refusing to overwrite input file '${file}' with the output`);
    }
  }
}

/** Writes the text to the output file or standard output: EXIT_OK, or EXIT_USAGE after saying why not. */
export async function emit(text: string, output: string | undefined, io: CliIO): Promise<number> {
  try {
    if (output) await writeFileAtomically(output, text);
    else await writeToStdout(io.stdout, text);
    return EXIT_OK;
  } catch (error) {
    complainer(io)(`${output ?? 'standard output'}: ${fileProblem(error)}`);
    return EXIT_USAGE;
  }
}
