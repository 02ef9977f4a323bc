/**
 * The default command and `summary`: extract every input and write the chosen format and table.
 *
 * Where the format allows (src/write's `reportStream`), each report's piece is written as soon as
 * it and those before it are done, so that memory stays flat over a corpus; otherwise the reports
 * are gathered and rendered at the end. Either way the output appears only whole: a file is written
 * under a temporary name and renamed at the end, and standard output gets nothing when no input
 * could be used.
 */
import { availableParallelism } from 'node:os';
import type { Report, Warning } from '../model/report.js';
import { defaultTable, formatFromPath, jsonHasTable, OUTPUT_FORMATS, render, reportStream, tableNeedsKeywords, tableShowsKeywords, type OutputFormat, type RenderOptions, type TableKind } from '../write/index.js';
import { colorOn, complainer, isTerminal, refuseToOverwriteInput, UsageError, type OutputOptions } from './common.js';
import { extractAll, type InputOptions } from './corpus.js';
import { fileProblem, openOutput, STDIN, type Output } from './files.js';
import { EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, type CliIO } from './io.js';
import { Progress } from './progress.js';

export interface ExtractOptions extends InputOptions, OutputOptions {
  format?: OutputFormat;
  table?: TableKind;
  bom?: boolean;
  excel?: boolean;
  keywords?: boolean;
  strict?: boolean;
  jobs?: number;
}

interface Settings {
  format: OutputFormat;
  table: TableKind;
  color: boolean;
}

/** Below this many inputs, starting worker threads (each loads and warms up the pipeline) costs more than it gains. */
const INPUTS_FOR_WORKERS = 16;

/** The output could not be written: reported as such, unlike a bug. */
class OutputFailure extends Error {
  constructor(readonly reason: unknown) {
    super(fileProblem(reason));
  }
}

export async function runExtract(
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
  const wantsKeywords = (tabular && tableNeedsKeywords(table)) || (options.keywords === true && showsKeywords);

  const rendering: RenderOptions = { format, table, bom: options.bom, excel: options.excel, color: settings.color };
  // Keywords are weighed across all reports (TF-IDF), so they rule out streaming.
  const stream = wantsKeywords ? undefined : await reportStream(rendering);

  let output: Output;
  try {
    output = await openOutput(options.output, io.stdout);
  } catch (error) {
    say(`${options.output}: ${fileProblem(error)}`);
    return EXIT_USAGE;
  }
  const outputFailed = (error: unknown) => Promise.reject(new OutputFailure(error));
  const put = (text: string) => output.write(text).catch(outputFailed);

  const progress = files.length > 1 && io.stderr.isTTY === true ? new Progress(io.stderr, files.length) : undefined;
  const tell = (message: string) => (progress ? progress.interrupt(() => say(message)) : say(message));
  const jobs = options.jobs ?? (files.length >= INPUTS_FOR_WORKERS ? availableParallelism() : 1);
  const reports: Report[] = [];
  const warnings: string[] = [];
  let extracted = 0;
  let unusable = 0;
  try {
    for await (const outcome of extractAll(files, { options, render: stream ? rendering : undefined, stream, jobs }, files.includes(STDIN) ? io.stdin : undefined)) {
      progress?.advance(outcome.size);
      if ('problem' in outcome) {
        unusable++;
        tell(`${outcome.name}: ${outcome.problem}`);
        continue;
      }
      extracted++;
      const told = (found: readonly Warning[]) => {
        if (!options.strict) return;
        for (const warning of found) {
          const where = [outcome.path, warning.line, warning.column].filter((part) => part !== null).join(':');
          warnings.push(`${where}: warning ${warning.code}: ${warning.message}`);
        }
      };
      if (!stream) {
        told(outcome.warnings);
        reports.push(outcome.report!);
        continue;
      }
      let before = extracted === 1 ? stream.head : stream.separator;
      try {
        for await (const part of outcome.parts ?? [{ piece: outcome.piece!, warnings: outcome.warnings }]) {
          told(part.warnings);
          await put(before + part.piece);
          before = '';
          if (output.readerGone) break;
        }
      } catch (error) {
        if (error instanceof OutputFailure) throw error;
        // A bug, or a worker out of memory, part of the way through a long input: the parts already
        // written stay, the input is told as failed, and the others go on.
        unusable++;
        tell(`${outcome.name}: internal error after part of it was written: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (output.readerGone) break;
    }
    progress?.clear();
    if (extracted === 0) {
      await output.discard();
      return EXIT_USAGE;
    }
    if (stream) await put(stream.tail);
    else {
      const keywords = wantsKeywords ? await (await import('../analyze/keywords.js')).entryKeywords(reports) : undefined;
      await put(await render(reports, { ...rendering, keywords }));
    }
    await output.finish().catch(outputFailed);
  } catch (error) {
    progress?.clear();
    await output.discard();
    if (!(error instanceof OutputFailure)) throw error;
    say(`${options.output ?? 'standard output'}: ${error.message}`);
    return EXIT_USAGE;
  }

  for (const line of warnings) say(line);
  return unusable > 0 || warnings.length > 0 ? EXIT_PARTIAL : EXIT_OK;
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

function outputFormatOf(output: string): OutputFormat {
  const format = formatFromPath(output);
  if (format === undefined) {
    throw new UsageError(`cannot tell the output format from '${output}'; use --format ${OUTPUT_FORMATS.join('|')}`);
  }
  return format;
}
