/**
 * The CLI's file handling: reading inputs (files or standard input), describing why a file could not
 * be used in a few words, and writing output safely — atomically to a file, and to standard output
 * without crashing when the reader has gone away.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export const STDIN = '-';
export const STDIN_NAME = '<stdin>';

/** The bytes of a file, or of standard input for '-'. */
export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  if (file !== STDIN) return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
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
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Writes beside the target and renames, so that a failed run never leaves a partial file behind. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
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
export function writeToStdout(stdout: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const settle = (error?: Error | null) => {
      if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') resolvePromise();
      else reject(error);
    };
    stdout.on('error', settle);
    stdout.write(text, settle);
  });
}
