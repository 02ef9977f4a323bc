/**
 * The commands, their options and their help, as commander sees them. The default action extracts
 * and writes tables; `summary`, `codebook` and `agree` are subcommands. Each action imports the
 * code it runs when it runs, so that parsing the arguments of one command never loads another's.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { InputFormat } from '../model/report.js';
import { VERSION } from '../version.js';
import { AGREEMENT_FORMATS, OUTPUT_FORMATS, TABLE_KINDS, type OutputFormat } from '../write/index.js';
import { STDIN } from './files.js';
import { EXIT_OK, EXIT_USAGE, NAME, type CliIO } from './io.js';
import type { AgreeOptions } from './agree.js';
import type { ExtractOptions } from './extract.js';

const INPUT_FORMATS: readonly InputFormat[] = ['txt', 'md', 'html'];
/** The summary is for reading: a terminal view, or a table to paste. */
const SUMMARY_FORMATS: readonly OutputFormat[] = ['table', 'md', 'csv'];

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

Corpora:
  json, jsonl and csv (tables metrics, entries, numbers, quotes) are written one
  report at a time, in input order, so memory stays flat however many files are
  given. With 16 or more inputs, reports are extracted on one worker thread per
  core (--jobs sets the number; the output is the same). On a terminal, a
  progress bar goes to standard error.

Exit codes:
  0  success
  1  some input could not be processed (the others are still written),
     or --strict found warnings
  2  usage error, no input could be processed, or the output could not be written

Examples:
  ${NAME} report.txt
  ${NAME} corpus/*.txt -o metrics.csv --excel
  ${NAME} corpus/*.txt -f jsonl -o metrics.jsonl
  ${NAME} report.txt -f md -t compare
  ${NAME} report.txt -t entries --keywords
  ${NAME} agree coded.csv report.txt
  cat report.txt | ${NAME} - --strict > report.json
`;

export async function runProgram(argv: readonly string[], io: CliIO): Promise<number> {
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
      .option('--no-color', 'do not colour the output')
      .addOption(new Option('-j, --jobs <n>', 'worker threads that extract reports (default: one per core with 16 or more inputs)').argParser(positiveInteger)),
  )
    .addHelpText('after', HELP_FOOTER)
    .action(async (files: string[], options: ExtractOptions) =>
      done(await (await import('./extract.js')).runExtract(files, options, io, { formats: OUTPUT_FORMATS })),
    );

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
    done(await (await import('./extract.js')).runExtract(files, { ...options, table: 'summary' }, io, { formats: SUMMARY_FORMATS, fallback: 'table' })),
  );

  program
    .command('codebook')
    .summary('the coding scheme, as Markdown')
    .description('print the coding scheme (fields, categories, qualifiers, units, what is not a metric) as Markdown')
    .option('-o, --output <file>', 'write to <file> instead of standard output')
    .action(async (options: { output?: string }) => {
      const [{ renderCodebook }, { emit }] = await Promise.all([import('../write/codebook.js'), import('./common.js')]);
      done(await emit(renderCodebook(), options.output, io));
    });

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
  ).action(async (coded: string, other: string, options: AgreeOptions) => done(await (await import('./agree.js')).runAgree(coded, other, options, io)));

  return program;
}

function withInputOptions(command: Command): Command {
  return command
    .option('--encoding <name>', 'input encoding, e.g. gb18030 (default: detect)')
    .addOption(new Option('--input-format <format>', 'input format (default: from the extension)').choices(INPUT_FORMATS))
    .addOption(
      // The default is the pipeline's MAX_REPORT_BYTES, written out so that help does not load the
      // pipeline; test/cli/corpus.test.ts keeps the two equal.
      new Option('--max-size <MiB>', 'refuse an input larger than this, in MiB (default: 64)').argParser(mebibytes),
    );
}

const MIB = 1024 * 1024;

function mebibytes(value: string): number {
  const size = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value) || size <= 0) throw new InvalidArgumentError('a size in MiB above 0 is expected, e.g. 200.');
  return Math.round(size * MIB);
}

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('a whole number from 1 up is expected.');
  return Number(value);
}
