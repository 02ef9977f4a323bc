/**
 * The command line: argument parsing, reading inputs, error reporting and exit codes around the
 * library's `extract` and `render`. `main` returns the exit code instead of exiting, so tests can
 * run it in-process with their own streams and environment.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { InputFormat, Report } from '../model/report.js';
import { extract, InputError } from '../pipeline.js';
import { VERSION } from '../version.js';
import {
  formatFromPath,
  OUTPUT_FORMATS,
  render,
  TABLE_KINDS,
  UnsupportedFormatError,
  type OutputFormat,
  type TableKind,
} from '../write/index.js';

export const EXIT_OK = 0;
/** Some input failed, or --strict found a warning: there is output, but not all of it is sound. */
export const EXIT_PARTIAL = 1;
/** Nothing usable was produced: bad usage, no input could be processed, or the output failed. */
export const EXIT_USAGE = 2;

const NAME = 'cppcc-extract';
const STDIN = '-';
const STDIN_NAME = '<stdin>';
const INPUT_FORMATS: readonly InputFormat[] = ['txt', 'md', 'html'];

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: Readonly<Record<string, string | undefined>>;
}

interface CliOptions {
  format?: OutputFormat;
  table?: TableKind;
  output?: string;
  bom?: boolean;
  encoding?: string;
  inputFormat?: InputFormat;
  strict?: boolean;
  color: boolean;
}

/** A mistake in how the command was called, reported before any input is read. */
class UsageError extends Error {}

const HELP_FOOTER = `
Inputs:
  .md/.markdown files are read as Markdown, .html/.htm as HTML, anything else as
  plain text (override with --input-format). The encoding (UTF-8, UTF-16,
  GB18030, Big5) is detected unless --encoding is given. '-' reads standard input.

Output:
  The default format is 'table' on a terminal and 'json' otherwise. With -o, the
  format follows the file's extension (.json .jsonl .ndjson .csv .md .txt) unless
  -f is given. Colour is used only on a terminal, and never when NO_COLOR is set.

Exit codes:
  0  success
  1  some input could not be processed (the others are still written),
     or --strict found warnings
  2  usage error, no input could be processed, or the output could not be written

Examples:
  ${NAME} report.txt
  ${NAME} corpus/*.txt -o metrics.csv --bom
  ${NAME} report.txt -f md -t entries
  cat report.txt | ${NAME} - --strict > report.json
`;

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const program = buildProgram(io);
  try {
    program.parse(argv, { from: 'node' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  return run(program.args, program.opts<CliOptions>(), io);
}

function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

function buildProgram(io: CliIO): Command {
  return new Command(NAME)
    .description('Split CPPCC (政协) work reports into district entries and extract every metric with its source position.')
    .argument('<files...>', `report files; '${STDIN}' reads standard input`)
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS))
    .addOption(
      new Option('-t, --table <table>', 'rows for table, csv and md (default: entries for table, metrics otherwise)').choices(
        TABLE_KINDS,
      ),
    )
    .option('-o, --output <file>', 'write to <file> instead of standard output')
    .option('--bom', 'CSV: start with a byte order mark, so that Excel reads it as UTF-8')
    .option('--encoding <name>', 'input encoding, e.g. gb18030 (default: detect)')
    .addOption(new Option('--input-format <format>', 'input format (default: from the extension)').choices(INPUT_FORMATS))
    .option('--strict', 'exit 1 if any report has warnings')
    .option('--no-color', 'do not colour the output')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP_FOOTER)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${NAME}: ${text.replace(/^error: /, '')}`),
    })
    .showHelpAfterError(`(${NAME} --help for usage)`);
}

interface Settings {
  format: OutputFormat;
  color: boolean;
}

async function run(files: readonly string[], options: CliOptions, io: CliIO): Promise<number> {
  const say = (message: string) => io.stderr.write(`${NAME}: ${message}\n`);

  let settings: Settings;
  try {
    settings = await resolveSettings(files, options, io);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof UnsupportedFormatError)) throw error;
    say(error.message);
    return EXIT_USAGE;
  }
  if (options.table && (settings.format === 'json' || settings.format === 'jsonl')) {
    say(`--table has no effect with --format ${settings.format}`);
  }

  const reports: Report[] = [];
  for (const file of files) {
    const name = file === STDIN ? STDIN_NAME : file;
    const result = await extractInput(file, name, options, io);
    if (typeof result === 'string') say(`${name}: ${result}`);
    else reports.push(result);
  }
  if (reports.length === 0) return EXIT_USAGE;

  const text = render(reports, { format: settings.format, table: options.table, bom: options.bom, color: settings.color });
  try {
    if (options.output) await writeFileAtomically(options.output, text);
    else await writeToStdout(io.stdout, text);
  } catch (error) {
    say(`${options.output ?? 'standard output'}: ${fileProblem(error)}`);
    return EXIT_USAGE;
  }

  let code = reports.length < files.length ? EXIT_PARTIAL : EXIT_OK;
  if (options.strict) {
    for (const report of reports) {
      for (const warning of report.warnings) {
        const where = [report.source.path, warning.line, warning.column].filter((part) => part !== null).join(':');
        say(`${where}: warning ${warning.code}: ${warning.message}`);
        code = EXIT_PARTIAL;
      }
    }
  }
  return code;
}

async function resolveSettings(files: readonly string[], options: CliOptions, io: CliIO): Promise<Settings> {
  if (files.filter((file) => file === STDIN).length > 1) {
    throw new UsageError(`standard input ('${STDIN}') can be read only once`);
  }
  if (options.output) await refuseToOverwriteInput(options.output, files);

  const tty = io.stdout.isTTY === true && !options.output;
  return {
    format: options.format ?? (options.output ? outputFormatOf(options.output) : tty ? 'table' : 'json'),
    // NO_COLOR counts only when set to something (https://no-color.org).
    color: tty && options.color && !io.env['NO_COLOR'],
  };
}

function outputFormatOf(output: string): OutputFormat {
  const format = formatFromPath(output);
  if (format === undefined) {
    throw new UsageError(`cannot tell the output format from '${output}'; use --format ${OUTPUT_FORMATS.join('|')}`);
  }
  return format;
}

async function refuseToOverwriteInput(output: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    if (file !== STDIN && (await isSameFile(output, file))) {
      throw new UsageError(`refusing to overwrite input file '${file}' with the output`);
    }
  }
}

/** Same path, or the same file reached through a link. */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The report, or a one-line description of why this input could not be used. */
async function extractInput(file: string, name: string, options: CliOptions, io: CliIO): Promise<Report | string> {
  let bytes: Uint8Array;
  try {
    bytes = file === STDIN ? await readAll(io.stdin) : await readFile(file);
  } catch (error) {
    return fileProblem(error);
  }
  try {
    // Without --input-format, extract() tells the format from the path's extension.
    return await extract(bytes, { path: name, format: options.inputFormat, encoding: options.encoding });
  } catch (error) {
    if (error instanceof InputError) return error.message;
    // A bug, not bad input: still one line, so that the other inputs of a corpus run get through.
    return `internal error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && code in FILE_PROBLEMS) return FILE_PROBLEMS[code]!;
  return error instanceof Error ? error.message : String(error);
}

/** Writes beside the target and renames, so that a failed run never leaves a partial file behind. */
async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Resolves once written. A reader that went away (`| head`) is not worth reporting, so EPIPE
 * resolves too. The error listener stays attached: the stream emits 'error' after the write
 * callback has already been told, and an unheard 'error' event would crash the process.
 */
function writeToStdout(stdout: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const settle = (error?: Error | null) => {
      if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') resolvePromise();
      else reject(error);
    };
    stdout.on('error', settle);
    stdout.write(text, settle);
  });
}
