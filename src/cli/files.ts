/**
 * The CLI's file handling: reading inputs (files or standard input), describing why a file could not
 * be used in a few words, and writing output safely — atomically to a file, and to standard output
 * without crashing when the reader has gone away — either at once or a piece at a time.
 */
import { randomBytes } from 'node:crypto';
import { close, open, readFile, readFileSync, rename, rm, rmSync, stat, statSync, writeFile } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

// Node's callback API, promised: node:fs/promises brings streams, readline and the directory and
// watcher modules with it, a few milliseconds of every call, and this file needs none of them.
const openFile = promisify(open);
const closeFile = promisify(close);
const readWholeFile = promisify(readFile);
const renameFile = promisify(rename);
const removeFile = promisify(rm);
const statFile = promisify(stat);
const writeToFile = promisify(writeFile);

export const STDIN = '-';
export const STDIN_NAME = '<stdin>';

/** The bytes of a file, or of standard input for '-' (which a worker thread does not have). */
export async function readInput(file: string, stdin: NodeJS.ReadableStream | undefined): Promise<Uint8Array> {
  // A file synchronously: an asynchronous read takes four turns of the event loop (open, stat,
  // read, close), each waiting for the extraction under way, and a corpus is thousands of small
  // files. Anything else (a FIFO, a device) may block, and Ctrl-C must still be heard meanwhile.
  if (file !== STDIN) return statSync(file).isFile() ? readFileSync(file) : readWholeFile(file);
  if (!stdin) throw new Error('standard input is not available here');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The input's bytes, or a one-line description of why it could not be read. */
export async function readOrProblem(file: string, stdin: NodeJS.ReadableStream | undefined): Promise<Uint8Array | string> {
  try {
    return await readInput(file, stdin);
  } catch (error) {
    return fileProblem(error);
  }
}

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && code in FILE_PROBLEMS) return FILE_PROBLEMS[code]!;
  return error instanceof Error ? error.message : String(error);
}

/** Same path, or the same file reached through a link. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([statFile(a), statFile(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Where output goes, a piece at a time. `write` resolves once the piece is handed on (the caller
 * waits, so a slow disk or reader holds back the work instead of filling memory); `finish` makes the
 * output final; `discard` leaves no trace of it where that is possible (a file), and must be called
 * when `finish` is not.
 */
export interface Output {
  write(text: string): Promise<void>;
  finish(): Promise<void>;
  discard(): Promise<void>;
  /** Standard output's reader went away (`| head`): nothing more is worth writing. */
  readonly readerGone: boolean;
}

/** Standard output, or a temporary file beside `path` that becomes `path` when finished. */
export function openOutput(path: string | undefined, stdout: NodeJS.WritableStream): Promise<Output> {
  return path === undefined ? Promise.resolve(new StdoutOutput(stdout)) : AtomicFile.open(path);
}

/** Writes beside the target and renames, so that a failed run never leaves a partial file behind. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const file = await AtomicFile.open(path);
  try {
    await file.write(text);
    await file.finish();
  } catch (error) {
    await file.discard();
    throw error;
  }
}

/** Temporary files not yet renamed or removed; a Ctrl-C removes them before the process ends. */
const pending = new Set<string>();

/**
 * 128 + the signal's number, as a shell reports a process that the signal ended. Only while a
 * temporary file exists is the signal handled here; otherwise Node's default (ending the process)
 * stays in place.
 */
const INTERRUPTS: readonly [NodeJS.Signals, number][] = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
];

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const path of pending) rmSync(path, { force: true });
  process.exit(INTERRUPTS.find(([name]) => name === signal)![1]);
}

function track(path: string): void {
  if (pending.size === 0) for (const [signal] of INTERRUPTS) process.on(signal, removePendingAndExit);
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) for (const [signal] of INTERRUPTS) process.off(signal, removePendingAndExit);
}

/** Characters an output file gathers before it writes: a corpus run makes thousands of small pieces, and each write waits for the disk. */
const FILE_BUFFER_CHARS = 1 << 20;

class AtomicFile implements Output {
  readonly readerGone = false;
  private buffered: string[] = [];
  private bufferedChars = 0;

  private constructor(
    private readonly target: string,
    private readonly temporary: string,
    private readonly fd: number,
  ) {}

  static async open(target: string): Promise<AtomicFile> {
    // Named after the target, so that a file a SIGKILL left behind says what it is.
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    // Tracked before it exists: a Ctrl-C the moment it appears must find it on the list.
    track(temporary);
    try {
      return new AtomicFile(target, temporary, await openFile(temporary, 'wx'));
    } catch (error) {
      untrack(temporary);
      throw error;
    }
  }

  async write(text: string): Promise<void> {
    this.buffered.push(text);
    this.bufferedChars += text.length;
    if (this.bufferedChars >= FILE_BUFFER_CHARS) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    await closeFile(this.fd);
    await renameFile(this.temporary, this.target);
    untrack(this.temporary);
  }

  private async flush(): Promise<void> {
    if (this.buffered.length === 0) return;
    const text = this.buffered.join('');
    this.buffered = [];
    this.bufferedChars = 0;
    await writeToFile(this.fd, text);
  }

  async discard(): Promise<void> {
    this.buffered = [];
    await closeFile(this.fd).catch(() => undefined);
    await removeFile(this.temporary, { force: true });
    untrack(this.temporary);
  }
}

class StdoutOutput implements Output {
  readerGone = false;

  constructor(private readonly stdout: NodeJS.WritableStream) {}

  async write(text: string): Promise<void> {
    if (this.readerGone || text === '') return;
    this.readerGone = await writeToStdout(this.stdout, text);
  }

  async finish(): Promise<void> {}

  async discard(): Promise<void> {}
}

/** Streams that have a listener keeping a late 'error' event from crashing the process. */
const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * Resolves once written, with whether the reader has gone away: a reader that went away (`| head`)
 * is not worth reporting, so EPIPE resolves too. The stream may emit 'error' after the write
 * callback has already been told, and an unheard 'error' event would crash the process, so one
 * listener stays attached for good; the one for this write goes once it has settled.
 */
export function writeToStdout(stdout: NodeJS.WritableStream, text: string): Promise<boolean> {
  if (!guarded.has(stdout)) {
    guarded.add(stdout);
    stdout.on('error', () => undefined);
  }
  return new Promise((resolvePromise, reject) => {
    const settle = (error?: Error | null) => {
      stdout.off('error', settle);
      if (!error) resolvePromise(false);
      else if ((error as NodeJS.ErrnoException).code === 'EPIPE') resolvePromise(true);
      else reject(error);
    };
    stdout.on('error', settle);
    stdout.write(text, settle);
  });
}
