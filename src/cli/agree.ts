/**
 * `cppcc-extract agree`: the agreement of two codings of one report, each a coded file (CSV or JSON)
 * or a report the tool codes itself.
 */
import { extname } from 'node:path';
import { agreement } from '../analyze/agree.js';
import { CodedFileError, codedFromCsv, codedFromJson, codedFromReport, type CodedSet } from '../analyze/coded.js';
import { renderAgreement, type AgreementFormat } from '../write/agreement.js';
import { colorOn, complainer, emit, refuseToOverwriteInput, UsageError, type OutputOptions } from './common.js';
import { extractInput, nameOf, type InputOptions } from './corpus.js';
import { readOrProblem, STDIN } from './files.js';
import { EXIT_USAGE, type CliIO } from './io.js';

export interface AgreeOptions extends InputOptions, OutputOptions {
  format: AgreementFormat;
}

export async function runAgree(codedPath: string, otherPath: string, options: AgreeOptions, io: CliIO): Promise<number> {
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
    const coding = await loadCoding(path, options, io);
    if (typeof coding === 'string') say(`${nameOf(path)}: ${coding}`);
    else codings.push(coding);
  }
  if (codings.length < 2) return EXIT_USAGE;
  const text = renderAgreement(agreement(codings[0]!, codings[1]!), options.format, { color: colorOn(options, io) });
  return emit(text, options.output, io);
}

/** A coded file (.csv, .json) as it is; anything else is a report, and the tool codes it. */
async function loadCoding(path: string, options: InputOptions, io: CliIO): Promise<CodedSet | string> {
  const name = nameOf(path);
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') {
    const report = await extractInput(path, options, path === STDIN ? io.stdin : undefined);
    return typeof report === 'string' ? report : codedFromReport(report, name);
  }
  const bytes = await readOrProblem(path, path === STDIN ? io.stdin : undefined);
  if (typeof bytes === 'string') return bytes;
  // TextDecoder drops a byte order mark, which spreadsheet programs like to write.
  const text = new TextDecoder('utf-8').decode(bytes);
  try {
    return extension === '.csv' ? codedFromCsv(text, name) : codedFromJson(text, name);
  } catch (error) {
    if (error instanceof CodedFileError) return error.message;
    throw error;
  }
}
