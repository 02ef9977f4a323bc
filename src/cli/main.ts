/**
 * The command line: argument parsing, reading inputs, error reporting and exit codes around the
 * library's `extract`, the analyses and the writers. The default action extracts and writes tables;
 * `summary`, `codebook` and `agree` are subcommands. `main` returns the exit code instead of
 * exiting, so tests can run it in-process with their own streams and environment.
 */
import { extname } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { agreement } from '../analyze/agree.js';
import { CodedFileError, codedFromCsv, codedFromJson, codedFromReport, type CodedSet } from '../analyze/coded.js';
import { entryKeywords } from '../analyze/keywords.js';
import type { InputFormat, Report } from '../model/report.js';
import { extract, InputError } from '../pipeline.js';
import { VERSION } from '../version.js';
import { AGREEMENT_FORMATS, renderAgreement, type AgreementFormat } from '../write/agreement.js';
import {
  defaultTable,
  formatFromPath,
  jsonHasTable,
  OUTPUT_FORMATS,
  render,
  renderCodebook,
  TABLE_KINDS,
  tableNeedsKeywords,
  tableShowsKeywords,
  type OutputFormat,
  type TableKind,
} from '../write/index.js';
import { fileProblem, isSameFile, readInput, STDIN, STDIN_NAME, writeFileAtomically, writeToStdout } from './files.js';

export const EXIT_OK = 0;
/** Some input failed, or --strict found a warning: there is output, but not all of it is sound. */
export const EXIT_PARTIAL = 1;
/** Nothing usable was produced: bad usage, no input could be processed, or the output failed. */
export const EXIT_USAGE = 2;

const NAME = 'cppcc-extract';
const INPUT_FORMATS: readonly InputFormat[] = ['txt', 'md', 'html'];
/** The summary is for reading: a terminal view, or a table to paste. */
const SUMMARY_FORMATS: readonly OutputFormat[] = ['table', 'md', 'csv'];

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: Readonly<Record<string, string | undefined>>;
}

interface InputOptions {
  encoding?: string;
  inputFormat?: InputFormat;
}

interface OutputOptions {
  output?: string;
  color: boolean;
}

interface ExtractOptions extends InputOptions, OutputOptions {
  format?: OutputFormat;
  table?: TableKind;
  bom?: boolean;
  excel?: boolean;
  keywords?: boolean;
  strict?: boolean;
}

interface AgreeOptions extends InputOptions, OutputOptions {
  format: AgreementFormat;
}

/** A mistake in how the command was called, reported before any input is read. */
class UsageError extends Error {}

const HELP_FOOTER = `
Each command has its own help: ${NAME} <command> --help.

Inputs:
  .md/.markdown files are read as Markdown, .html/.htm as HTML, anything else as
  plain text (override with --input-format). The encoding (UTF-8, UTF-16,
  GB18030, Big5) is detected unless --encoding is given. '-' reads standard input.

Output:
  The default format is 'table' on a terminal and 'json' otherwise. With -o, the
  format follows the file's extension (.json .jsonl .ndjson .csv .md .html .txt) unless
  -f is given. Colour is used only on a terminal, and never when NO_COLOR is set.
  Tables: metrics, entries, numbers, compare (districts × categories), terms
  (terms × districts), quotes, keywords, summary. With -f json, -t compare
  writes the comparison as JSON; the other tables are views of the JSON output.

Exit codes:
  0  success
  1  some input could not be processed (the others are still written),
     or --strict found warnings
  2  usage error, no input could be processed, or the output could not be written

Examples:
  ${NAME} report.txt
  ${NAME} corpus/*.txt -o metrics.csv --excel
  ${NAME} report.txt -f md -t compare
  ${NAME} report.txt -t entries --keywords
  ${NAME} agree coded.csv report.txt
  cat report.txt | ${NAME} - --strict > report.json
`;

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(io, (result) => {
    code = result;
  });
  try {
    await program.parseAsync(argv, { from: 'node' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  return code;
}

function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

function buildProgram(io: CliIO, done: (code: number) => void): Command {
  // Subcommands copy these settings when they are created, so they come first.
  const program = new Command(NAME)
    .description('Split CPPCC (政协) work reports into district entries and extract every metric with its source position.')
    .usage('[options] <files...>')
    .enablePositionalOptions()
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${NAME}: ${text.replace(/^error: /, '')}`),
    })
    .showHelpAfterError(`(${NAME} --help for usage)`);

  withInputOptions(
    program
      .argument('<files...>', `report files; '${STDIN}' reads standard input`)
      .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS))
      .addOption(
        new Option('-t, --table <table>', 'rows for table, csv and md (default: entries for table, metrics otherwise)').choices(TABLE_KINDS),
      )
      .option('-o, --output <file>', 'write to <file> instead of standard output')
      .option('--bom', 'CSV: start with a byte order mark, so that Excel reads it as UTF-8')
      .option('--excel', "CSV for Excel: BOM, CRLF, and cells starting with = + - @ behind a '")
      .option('--keywords', "add each entry's keywords (TF-IDF) to the entries and compare tables")
      .option('--strict', 'exit 1 if any report has warnings')
      .option('--no-color', 'do not colour the output'),
  )
    .addHelpText('after', HELP_FOOTER)
    .action(async (files: string[], options: ExtractOptions) => done(await runExtract(files, options, io, { formats: OUTPUT_FORMATS })));

  withInputOptions(
    program
      .command('summary')
      .summary('event, sections, coverage, totals and top terms of each report')
      .description("each report's event, dates, venue, sections with their entry counts, coverage, totals by category and top terms; then the same across reports")
      .argument('<files...>', `report files; '${STDIN}' reads standard input`)
      .addOption(new Option('-f, --format <format>', 'output format (default: table)').choices(SUMMARY_FORMATS))
      .option('-o, --output <file>', 'write to <file> instead of standard output')
      .option('--no-color', 'do not colour the output'),
  ).action(async (files: string[], options: ExtractOptions) =>
    done(await runExtract(files, { ...options, table: 'summary' }, io, { formats: SUMMARY_FORMATS, fallback: 'table' })),
  );

  program
    .command('codebook')
    .summary('the coding scheme, as Markdown')
    .description('print the coding scheme (fields, categories, qualifiers, units, what is not a metric) as Markdown')
    .option('-o, --output <file>', 'write to <file> instead of standard output')
    .action(async (options: { output?: string }) => done(await emit(renderCodebook(), options.output, io)));

  withInputOptions(
    program
      .command('agree')
      .summary('precision, recall and kappa of two codings of a report')
      .description(
        'compare the metrics of two codings of one report: precision, recall and F1 overall and per category, ' +
          "Cohen's kappa for category among matched metrics, and every disagreement with its line. " +
          'Metrics match by (district, value, unit). Exit 0 when both could be read, 2 otherwise.',
      )
      .argument('<coded>', "hand-coded metrics: CSV with the metrics table's columns, JSON output of this tool, or a gold file")
      .argument('<report>', 'the report to extract, or a second coded file (.csv or .json)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(AGREEMENT_FORMATS).default('table'))
      .option('-o, --output <file>', 'write to <file> instead of standard output')
      .option('--no-color', 'do not colour the output'),
  ).action(async (coded: string, other: string, options: AgreeOptions) => done(await runAgree(coded, other, options, io)));

  return program;
}

function withInputOptions(command: Command): Command {
  return command
    .option('--encoding <name>', 'input encoding, e.g. gb18030 (default: detect)')
    .addOption(new Option('--input-format <format>', 'input format (default: from the extension)').choices(INPUT_FORMATS));
}

interface Settings {
  format: OutputFormat;
  table: TableKind;
  color: boolean;
}

async function runExtract(
  files: readonly string[],
  options: ExtractOptions,
  io: CliIO,
  allowed: { formats: readonly OutputFormat[]; fallback?: OutputFormat },
): Promise<number> {
  const say = complainer(io);
  let settings: Settings;
  try {
    settings = await resolveSettings(files, options, io, allowed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(error.message);
    return EXIT_USAGE;
  }
  const { format, table } = settings;
  const tabular = format !== 'json' && format !== 'jsonl' && format !== 'html';
  if (options.table && !tabular && !(format === 'json' && jsonHasTable(options.table))) say(`--table has no effect with --format ${format}`);
  const showsKeywords = tabular ? tableShowsKeywords(table) : format === 'json' && jsonHasTable(table);
  if (options.keywords && !showsKeywords) say(`--keywords has no effect with ${tabular ? `--table ${table}` : `--format ${format}`}`);

  const reports: Report[] = [];
  for (const file of files) {
    const name = file === STDIN ? STDIN_NAME : file;
    const result = await extractInput(file, name, options, io);
    if (typeof result === 'string') say(`${name}: ${result}`);
    else reports.push(result);
  }
  if (reports.length === 0) return EXIT_USAGE;

  const wantsKeywords = (tabular && tableNeedsKeywords(table)) || (options.keywords === true && showsKeywords);
  const keywords = wantsKeywords ? await entryKeywords(reports) : undefined;
  const text = render(reports, { format, table, bom: options.bom, excel: options.excel, color: settings.color, keywords });
  if ((await emit(text, options.output, io)) !== EXIT_OK) return EXIT_USAGE;

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

async function resolveSettings(
  files: readonly string[],
  options: ExtractOptions,
  io: CliIO,
  allowed: { formats: readonly OutputFormat[]; fallback?: OutputFormat },
): Promise<Settings> {
  if (files.filter((file) => file === STDIN).length > 1) {
    throw new UsageError(`standard input ('${STDIN}') can be read only once`);
  }
  if (options.output) await refuseToOverwriteInput(options.output, files);

  const tty = isTerminal(options, io);
  const format = options.format ?? (options.excel ? 'csv' : options.output ? outputFormatOf(options.output) : (allowed.fallback ?? (tty ? 'table' : 'json')));
  if (!allowed.formats.includes(format)) throw new UsageError(`this command writes ${allowed.formats.join(', ')}, not ${format}`);
  if (options.excel && format !== 'csv') throw new UsageError(`--excel writes CSV; it cannot be combined with --format ${format}`);
  return { format, table: options.table ?? defaultTable(format), color: colorOn(options, io) };
}

function isTerminal(options: OutputOptions, io: CliIO): boolean {
  return io.stdout.isTTY === true && !options.output;
}

/** Only on a terminal, not with --no-color, and not when NO_COLOR is set to something (https://no-color.org). */
function colorOn(options: OutputOptions, io: CliIO): boolean {
  return isTerminal(options, io) && options.color && !io.env['NO_COLOR'];
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

/** The report, or a one-line description of why this input could not be used. */
async function extractInput(file: string, name: string, options: InputOptions, io: CliIO): Promise<Report | string> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file, io.stdin);
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

async function runAgree(codedPath: string, otherPath: string, options: AgreeOptions, io: CliIO): Promise<number> {
  const say = complainer(io);
  if (codedPath === STDIN && otherPath === STDIN) {
    say(`standard input ('${STDIN}') can be read only once`);
    return EXIT_USAGE;
  }
  if (options.output) {
    try {
      await refuseToOverwriteInput(options.output, [codedPath, otherPath]);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      say(error.message);
      return EXIT_USAGE;
    }
  }
  const codings: CodedSet[] = [];
  for (const path of [codedPath, otherPath]) {
    const name = path === STDIN ? STDIN_NAME : path;
    const coding = await loadCoding(path, name, options, io);
    if (typeof coding === 'string') say(`${name}: ${coding}`);
    else codings.push(coding);
  }
  if (codings.length < 2) return EXIT_USAGE;
  const text = renderAgreement(agreement(codings[0]!, codings[1]!), options.format, { color: colorOn(options, io) });
  return emit(text, options.output, io);
}

/** A coded file (.csv, .json) as it is; anything else is a report, and the tool codes it. */
async function loadCoding(path: string, name: string, options: InputOptions, io: CliIO): Promise<CodedSet | string> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') {
    const report = await extractInput(path, name, options, io);
    return typeof report === 'string' ? report : codedFromReport(report, name);
  }
  let text: string;
  try {
    // TextDecoder drops a byte order mark, which spreadsheet programs like to write.
    text = new TextDecoder('utf-8').decode(await readInput(path, io.stdin));
  } catch (error) {
    return fileProblem(error);
  }
  try {
    return extension === '.csv' ? codedFromCsv(text, name) : codedFromJson(text, name);
  } catch (error) {
    if (error instanceof CodedFileError) return error.message;
    throw error;
  }
}

/** Writes the text to the output file or standard output: EXIT_OK, or EXIT_USAGE after saying why not. */
async function emit(text: string, output: string | undefined, io: CliIO): Promise<number> {
  try {
    if (output) await writeFileAtomically(output, text);
    else await writeToStdout(io.stdout, text);
    return EXIT_OK;
  } catch (error) {
    complainer(io)(`${output ?? 'standard output'}: ${fileProblem(error)}`);
    return EXIT_USAGE;
  }
}

function complainer(io: CliIO): (message: string) => void {
  return (message) => io.stderr.write(`${NAME}: ${message}\n`);
}
