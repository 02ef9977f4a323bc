#!/usr/bin/env node
/**
 * `npm run bundle` (after tsc): what bin/cppcc-extract.cjs starts.
 *
 *   dist/cli.cjs     the command line in one CommonJS file, ASCII only; dist/cli/launch.cjs
 *                    evaluates it with V8's code cache, which Node 20 offers for scripts, not for
 *                    ES modules;
 *   dist/cli.cache   that code cache, made by running the bundle once on the reference report,
 *                    with the build stamp of the bundle it belongs to;
 *   dist/vendor/*.cjs  the libraries only some calls need (the Markdown and HTML parsers, opencc-js,
 *                    csv-parse), each group in a CommonJS file of its own that the bundle requires
 *                    when such a call comes;
 *   dist/worker.js   the corpus mode's worker thread, one ES module.
 *
 * Modules the call does not need stay unevaluated inside the bundle (esbuild wraps each lazily
 * imported module in a function), so the Markdown and HTML readers, the HTML page and the analyses
 * cost nothing until used; jieba, a native module, is not bundled at all. The vendor libraries
 * (more than half of what would be bundled) are kept out of it: every call reads the whole bundle
 * and holds it as a string, and on a machine where memory is slow to fault in each megabyte costs
 * milliseconds.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REFERENCE = 'fixtures/cq-cppcc-study-session-4.txt';
const { BUNDLE_PARAMETERS, stamped, writeCodeCache } = await import(new URL('../dist/cli/launch.cjs', import.meta.url).href);

/**
 * commander requires node:child_process when it loads, only to run executable subcommands, which
 * this tool has none of; loading it (with net and dgram behind it) costs a few milliseconds of
 * every call. Its importer gets a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * esbuild's ASCII charset escapes strings, names and plain template literals, but leaves regular
 * expressions and tagged templates (html`…`, String.raw`…`) as written. A one-byte source is read (as latin1) and scanned several times faster than
 * one with a single Chinese character in it, so those are escaped too: \uXXXX stands for the same
 * character in a regular expression and in a template's cooked text. A template read through
 * String.raw would see the escape instead, so none may hold such characters; test/cli/build.test.ts
 * compares the bundle's output with the sources'.
 */
function asciiOnly(code) {
  return code.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The libraries kept out of the bundle, by the file they go to: for each package our code imports,
 * whether it imports the default export (`import remarkParse from 'remark-parse'`) or names
 * (`import { unified } from 'unified'`). Imports from a package in a "type": "module" folder see a
 * CommonJS module's exports as its default, as Node would, so a default import needs the default
 * itself as the stand-in's exports.
 */
const VENDOR = {
  markup: { unified: 'named', 'remark-parse': 'default', 'remark-gfm': 'default', 'rehype-parse': 'default' },
  opencc: { 'opencc-js/t2cn': 'named' },
  csv: { 'csv-parse/sync': 'named' },
};
const vendorEntries = Object.entries(VENDOR).flatMap(([file, packages]) => Object.entries(packages).map(([name, imported], index) => ({ file, name, imported, index })));

/** Each vendor file exports the namespace of each of its packages as p0, p1, …; the bundle's imports of a package get a stand-in that requires it. */
const vendorImports = {
  name: 'vendor-imports',
  setup(esbuild) {
    const filter = new RegExp(`^(?:${vendorEntries.map(({ name }) => name.replace(/[/.-]/g, '\\$&')).join('|')})$`);
    esbuild.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'vendor' }));
    esbuild.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendor' }, (args) => ({ path: args.path, external: true }));
    esbuild.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => {
      const { file, imported, index } = vendorEntries.find(({ name }) => name === args.path);
      return { contents: `module.exports = require('./vendor/${file}.cjs').p${index}${imported === 'default' ? '.default' : ''};`, loader: 'js' };
    });
  },
};

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['@node-rs/*'],
  logLevel: 'warning',
};

const cli = await build({
  ...common,
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/cli.cjs',
  write: false,
  format: 'cjs',
  // import() of jieba and worker_threads becomes require(): a script run by vm has no module loader for import().
  supported: { 'dynamic-import': false },
  charset: 'ascii',
  // import.meta.url in the sources (package.json, the worker's file) becomes the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  // The file is the function the launcher calls, as Node's loader would wrap it: read as it is, no copy joins it to a wrapper.
  banner: { js: `(function (${BUNDLE_PARAMETERS}) {'use strict';const __bundleUrl = require('node:url').pathToFileURL(__filename).href;` },
  footer: { js: '})' },
  plugins: [lazyChildProcess, vendorImports],
});
// The old cache goes first: should making the new one fail, no cache is better than a stale one.
rmSync(join(ROOT, 'dist', 'cli.cache'), { force: true });
const code = asciiOnly(cli.outputFiles[0].text);
writeFileSync(join(ROOT, 'dist', 'cli.cjs'), stamped(code, createHash('sha256').update(code).digest('hex')));

for (const file of Object.keys(VENDOR)) {
  const exports = vendorEntries.filter((entry) => entry.file === file).map(({ name, index }) => `export * as p${index} from '${name}';`);
  await build({
    ...common,
    stdin: { contents: exports.join('\n'), resolveDir: ROOT, loader: 'js' },
    outfile: `dist/vendor/${file}.cjs`,
    format: 'cjs',
  });
}

await build({
  ...common,
  entryPoints: ['dist/cli/worker.js'],
  outfile: 'dist/worker.js',
  format: 'esm',
  charset: 'utf8',
  // Bundled CommonJS dependencies call require(), which an ES module does not have.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const exitCode = await writeCodeCache(['node', 'cppcc-extract', `${ROOT}${REFERENCE}`, '-f', 'json'], {
  stdin: Readable.from([]),
  stdout: sink(),
  stderr: process.stderr,
  env: {},
});
if (exitCode !== 0) {
  console.error(`bundle: the run that makes the code cache exited ${exitCode}`);
  process.exit(1);
}
