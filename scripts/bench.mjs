#!/usr/bin/env node
/**
 * `npm run bench`: is cppcc-extract fast on one report and on ten thousand (issue 6)? Prints one
 * table row per target with the measured value and PASS or FAIL:
 *
 *   start-up    `--version`, and a full run on the reference report, each as a ratio to `node -e ""`
 *               measured in the same run (medians of interleaved runs, so that a busy machine
 *               slows all three alike);
 *   throughput  MB/s of the whole pipeline (decode → read → segment → extract → JSON Lines) over a
 *               generated corpus, as a ratio to @node-rs/jieba's `cut` over the same text in this
 *               process, the two taking turns; then the command line's corpus run with two worker
 *               threads against one, each run twice in turn;
 *   memory      peak RSS of the corpus run, and of a run on one 100 MB file;
 *   scaling     time for 1×, 2×, 4× and 8× the corpus: the cost must grow linearly; a line fitted
 *               through the four times shows what is fixed (start-up, warm-up) and what grows.
 *
 * The corpus (≥ 50 MB) is made of real report text — the reference report, its variants and the
 * layout fixtures — taken apart into headlines, bylines, captions, headings and paragraphs, then put
 * together again into new reports: paragraphs shuffled between reports, re-wrapped at other widths,
 * laid out the ways e-paper text arrives, some in GB18030 or with CRLF. The random generator is
 * seeded, so every run measures the same corpus. It is written to a temporary folder and removed.
 *
 *   npm run build && npm run bench        # the real thing: a few minutes
 *   node scripts/bench.mjs --quick        # everything scaled down, for a smoke test; ignore its verdicts
 *   node scripts/bench.mjs --keep         # leave the corpus in place and print where it is
 *
 * Needs dist/ (`npm run build`). Uses only Node, this package and its dependencies.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'cppcc-extract.cjs');
const REFERENCE = join(ROOT, 'fixtures', 'cq-cppcc-study-session-4.txt');
const SOURCES = [join(ROOT, 'fixtures'), join(ROOT, 'fixtures', 'variants'), join(ROOT, 'test', 'fixtures', 'layouts')];
const MB = 1e6;

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const KEEP = args.has('--keep');

/** Sizes of the real run and of the smoke test. */
const SCALE = QUICK
  ? { startupRuns: 3, corpusBytes: 1 * MB, bigFileBytes: 2 * MB, scalingBytes: 0.25 * MB }
  : { startupRuns: 15, corpusBytes: 50 * MB, bigFileBytes: 100 * MB, scalingBytes: 50 * MB };

const TARGETS = {
  version: 1.2,
  fullRun: 1.5,
  vsJieba: 2,
  workers: 1.6,
  corpusRss: 200,
  /** × file size, + the constant below. */
  bigFileRssFactor: 4,
  bigFileRssConstant: 100,
  scaling: [7, 9],
};

if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}

const { extract } = await import(join(ROOT, 'dist', 'index.js'));
const { reportStream } = await import(join(ROOT, 'dist', 'write', 'index.js'));

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus

/** Blocks of every source report, by kind, in two pools: simplified and traditional characters. */
async function collectBlocks() {
  const pools = { simplified: new Map(), traditional: new Map() };
  for (const folder of SOURCES) {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (!statSync(path).isFile() || name.endsWith('.json')) continue;
      const report = await extract(readFileSync(path), { path });
      const pool = /traditional/.test(name) ? pools.traditional : pools.simplified;
      for (const block of report.blocks) {
        if (!pool.has(block.kind)) pool.set(block.kind, []);
        pool.get(block.kind).push(block.text);
      }
    }
  }
  return pools;
}

/** Splits text into lines of `width` characters, as an e-paper column does. */
function wrap(text, width) {
  const chars = [...text];
  const lines = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines;
}

/** The ways report text arrives: lines as the paper had them, each followed by a blank line (PDF), or whole paragraphs. */
const LAYOUTS = [
  (paragraph, width) => wrap(paragraph, width).flatMap((line) => [line, '']),
  (paragraph, width) => [...wrap(paragraph, width), ''],
  (paragraph) => [`\u3000\u3000${paragraph}`],
  (paragraph) => [paragraph, ''],
];

/** One report: a headline, perhaps a subtitle and captions, a byline, then sections of paragraphs drawn from all sources. */
function composeReport(pool, next) {
  const pick = (kind) => {
    const list = pool.get(kind) ?? pool.get('paragraph');
    return list[Math.floor(next() * list.length)];
  };
  const layout = LAYOUTS[Math.floor(next() * LAYOUTS.length)];
  const width = 14 + Math.floor(next() * 23);
  const lines = [pick('title')];
  if (next() < 0.7) lines.push(pick('subtitle'));
  for (let i = Math.floor(next() * 3); i > 0; i--) lines.push(pick('caption'));
  lines.push(pick('byline'), '');
  const sections = 1 + Math.floor(next() * 4);
  for (let s = 0; s < sections; s++) {
    if (s > 0 || next() < 0.5) lines.push(...pick('heading').split(' '), '');
    for (let p = 4 + Math.floor(next() * 16); p > 0; p--) lines.push(...layout(pick('paragraph'), width));
  }
  return lines.join('\n');
}

/** Bytes of one report file: mostly UTF-8; some GB18030, some UTF-8 with a BOM and CRLF, as Windows tools save. */
function encodeReport(text, next) {
  const roll = next();
  if (roll < 0.1) return iconv.encode(text, 'gb18030');
  if (roll < 0.15) return Buffer.from(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'utf8');
  return Buffer.from(text, 'utf8');
}

/** Writes reports of about `bytes` in total into `folder`; returns their paths. */
function writeCorpus(pools, folder, bytes, seed) {
  mkdirSync(folder, { recursive: true });
  const next = random(seed);
  const paths = [];
  let total = 0;
  while (total < bytes) {
    const pool = next() < 0.05 ? pools.traditional : pools.simplified;
    const data = encodeReport(composeReport(pool, next), next);
    const path = join(folder, `r${String(paths.length + 1).padStart(5, '0')}.txt`);
    writeFileSync(path, data);
    paths.push(path);
    total += data.length;
  }
  return { paths, bytes: total };
}

/** One report of about `bytes`: many reports' text one after another, as a year of a newspaper pasted into one file. */
function writeBigFile(pools, path, bytes, seed) {
  const next = random(seed);
  const parts = [];
  let total = 0;
  while (total < bytes) {
    const text = composeReport(pools.simplified, next);
    parts.push(text);
    total += Buffer.byteLength(text) + 2;
  }
  writeFileSync(path, parts.join('\n\n'));
  return total;
}

// ---------------------------------------------------------------------------------------------
// Measuring

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function timeRun(argv) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Medians of `runs` runs of each command, taken in turn, so that a busy moment slows all of them. */
function startup(runs) {
  const commands = {
    node: ['-e', ''],
    version: [BIN, '--version'],
    fullRun: [BIN, REFERENCE, '-f', 'json'],
  };
  const times = Object.fromEntries(Object.keys(commands).map((key) => [key, []]));
  for (const argv of Object.values(commands)) timeRun(argv); // the file cache, once
  for (let i = 0; i < runs; i++) for (const [key, argv] of Object.entries(commands)) times[key].push(timeRun(argv));
  return Object.fromEntries(Object.entries(times).map(([key, values]) => [key, median(values)]));
}

/** Time and peak RSS of a CLI run; the preload reports the process's own peak, worker threads included. */
function cliRun(folder, argv) {
  const rssFile = join(folder, `rss-${process.hrtime.bigint()}.txt`);
  const preload = join(folder, 'peak-rss.cjs');
  if (!existsSync(preload)) {
    writeFileSync(preload, "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  }
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-r', preload, BIN, ...argv], {
      cwd: folder,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`cppcc-extract ${argv.slice(-6).join(' ')} exited ${code}: ${stderr.slice(0, 2000)}`));
      const rssMb = (Number(readFileSync(rssFile, 'utf8')) * 1024) / (1024 * 1024);
      rmSync(rssFile);
      resolve({ seconds, rssMb });
    });
  });
}

/**
 * The pipeline and jieba over the same texts, in this process, each after a warm-up on the first
 * twentieth. They take turns, a tenth of the corpus each, so that a machine that slows down or
 * speeds up during the run affects both alike.
 */
async function throughput(paths) {
  const inputs = paths.map((path) => ({ path, bytes: readFileSync(path), text: '' }));
  for (const input of inputs) input.text = decodeText(input.bytes);
  const bytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
  const warm = inputs.slice(0, Math.max(1, Math.floor(inputs.length / 20)));

  const stream = await reportStream({ format: 'jsonl' });
  const pipeline = async (list) => {
    let written = 0;
    for (const input of list) written += stream.piece(await extract(input.bytes, { path: input.path })).length;
    return written;
  };
  const require = createRequire(join(ROOT, 'package.json'));
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict');
  const jieba = Jieba.withDict(dict);
  const cut = (list) => list.reduce((words, input) => words + jieba.cut(input.text, false).length, 0);

  await pipeline(warm);
  cut(warm);
  let pipelineSeconds = 0;
  let jiebaSeconds = 0;
  const turn = Math.ceil(inputs.length / 10);
  for (let from = 0; from < inputs.length; from += turn) {
    const slice = inputs.slice(from, from + turn);
    let started = process.hrtime.bigint();
    await pipeline(slice);
    pipelineSeconds += Number(process.hrtime.bigint() - started) / 1e9;
    started = process.hrtime.bigint();
    cut(slice);
    jiebaSeconds += Number(process.hrtime.bigint() - started) / 1e9;
  }
  return { bytes, pipelineMBps: bytes / MB / pipelineSeconds, jiebaMBps: bytes / MB / jiebaSeconds };
}

/** The text jieba is given: what the pipeline decodes, without its layout repair. */
function decodeText(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Least squares through (x, y) points: a growth that is linear but starts from a fixed cost (start-up,
 * the compiler warming up) shows as an intercept, which the ratio time(8×) ÷ time(1×) alone hides.
 */
function straightLine(points) {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const slope = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return { slope, intercept: meanY - slope * meanX };
}

// ---------------------------------------------------------------------------------------------
// The table

const rows = [];
function row(target, measured, goal, pass, detail = '') {
  rows.push({ target, measured, goal, result: pass === null ? '—' : pass ? 'PASS' : 'FAIL', detail });
}

function printTable() {
  const header = { target: 'target', measured: 'measured', goal: 'goal', result: 'result', detail: 'detail' };
  const all = [header, ...rows];
  const width = (key) => Math.max(...all.map((r) => [...r[key]].length));
  const widths = { target: width('target'), measured: width('measured'), goal: width('goal'), result: width('result') };
  const line = (r) => `${r.target.padEnd(widths.target)}  ${r.measured.padStart(widths.measured)}  ${r.goal.padEnd(widths.goal)}  ${r.result.padEnd(widths.result)}  ${r.detail}`.trimEnd();
  console.log(line(header));
  console.log('-'.repeat(line(header).length + 20));
  for (const r of rows) console.log(line(r));
}

const fixed = (value, digits = 2) => value.toFixed(digits);
const log = (message) => process.stderr.write(`bench: ${message}\n`);

const folder = mkdtempSync(join(tmpdir(), 'cppcc-bench-'));
try {
  log(`${QUICK ? 'quick run: sizes scaled down, verdicts not meaningful; ' : ''}working in ${folder}`);

  log(`start-up: ${SCALE.startupRuns} runs of each command`);
  const times = startup(SCALE.startupRuns);
  const versionRatio = times.version / times.node;
  const fullRatio = times.fullRun / times.node;
  row('start-up: --version ÷ node -e ""', `${fixed(versionRatio)}×`, `≤ ${TARGETS.version}×`, versionRatio <= TARGETS.version, `${fixed(times.version, 0)} ms vs ${fixed(times.node, 0)} ms`);
  row('start-up: reference report ÷ node -e ""', `${fixed(fullRatio)}×`, `≤ ${TARGETS.fullRun}×`, fullRatio <= TARGETS.fullRun, `${fixed(times.fullRun, 0)} ms vs ${fixed(times.node, 0)} ms`);

  log('corpus: taking the fixtures apart');
  const pools = await collectBlocks();
  const corpus = writeCorpus(pools, join(folder, 'corpus'), SCALE.corpusBytes, 20240722);
  log(`corpus: ${corpus.paths.length} reports, ${fixed(corpus.bytes / MB, 1)} MB`);

  log('throughput: pipeline and jieba in this process');
  const speed = await throughput(corpus.paths);
  const vsJieba = speed.pipelineMBps / speed.jiebaMBps;
  row('throughput: pipeline ÷ jieba cut, 1 thread', `${fixed(vsJieba)}×`, `≥ ${TARGETS.vsJieba}×`, vsJieba >= TARGETS.vsJieba, `${fixed(speed.pipelineMBps)} vs ${fixed(speed.jiebaMBps)} MB/s`);

  const files = corpus.paths.map((path) => join('corpus', path.slice(join(folder, 'corpus').length + 1)));
  // In turn, twice each: the faster of each pair counts, and the larger peak memory of the two-worker runs.
  const runs = { one: [], two: [] };
  for (let round = 1; round <= 2; round++) {
    log(`throughput: corpus run, one thread (${round} of 2)`);
    runs.one.push(await cliRun(folder, [...files, '-f', 'jsonl', '-o', 'one.jsonl', '--jobs', '1']));
    log(`throughput: corpus run, two worker threads (${round} of 2)`);
    runs.two.push(await cliRun(folder, [...files, '-f', 'jsonl', '-o', 'two.jsonl', '--jobs', '2']));
  }
  const fastest = (list) => list.reduce((best, run) => (run.seconds < best.seconds ? run : best));
  const one = fastest(runs.one);
  const two = { seconds: fastest(runs.two).seconds, rssMb: Math.max(...runs.two.map((run) => run.rssMb)) };
  const same = readFileSync(join(folder, 'one.jsonl')).equals(readFileSync(join(folder, 'two.jsonl')));
  const workerGain = one.seconds / two.seconds;
  row(
    'throughput: 2 workers ÷ 1 thread, CLI',
    `${fixed(workerGain)}×`,
    `≥ ${TARGETS.workers}×`,
    workerGain >= TARGETS.workers && same,
    `${fixed(corpus.bytes / MB / one.seconds)} → ${fixed(corpus.bytes / MB / two.seconds)} MB/s${same ? ', same bytes' : ', OUTPUTS DIFFER'}`,
  );

  row('memory: corpus run, peak RSS', `${fixed(two.rssMb, 0)} MB`, `≤ ${TARGETS.corpusRss} MB`, two.rssMb <= TARGETS.corpusRss, `2 workers, ${corpus.paths.length} reports, ${fixed(corpus.bytes / MB, 1)} MB`);

  log(`memory: one file of ${fixed(SCALE.bigFileBytes / MB, 0)} MB`);
  const bigBytes = writeBigFile(pools, join(folder, 'big.txt'), SCALE.bigFileBytes, 7);
  // One report this size is refused unless the limit is raised: the run is about memory, not about that limit.
  const big = await cliRun(folder, ['big.txt', '-f', 'jsonl', '-o', 'big.jsonl', '--max-size', String(Math.ceil((2 * bigBytes) / 2 ** 20))]);
  const bigLimit = (TARGETS.bigFileRssFactor * bigBytes) / (1024 * 1024) + TARGETS.bigFileRssConstant;
  row('memory: one big file, peak RSS', `${fixed(big.rssMb, 0)} MB`, `≤ ${fixed(bigLimit, 0)} MB`, big.rssMb <= bigLimit, `${fixed(bigBytes / MB, 1)} MB file in ${fixed(big.seconds, 1)} s`);
  rmSync(join(folder, 'big.txt'));

  const scaling = corpus.bytes >= SCALE.scalingBytes ? files : files.slice(0, Math.ceil((files.length * SCALE.scalingBytes) / corpus.bytes));
  const seconds = {};
  for (const times of [1, 2, 4, 8]) {
    log(`scaling: ${times}× the corpus`);
    const list = Array.from({ length: times }, () => scaling).flat();
    seconds[times] = (await cliRun(folder, [...list, '-f', 'jsonl', '-o', `scaling-${times}.jsonl`])).seconds;
    rmSync(join(folder, `scaling-${times}.jsonl`));
  }
  const growth = seconds[8] / seconds[1];
  const fit = straightLine(Object.entries(seconds).map(([times, value]) => [Number(times), value]));
  row(
    'scaling: time(8×) ÷ time(1×)',
    fixed(growth),
    `${TARGETS.scaling[0]}–${TARGETS.scaling[1]}`,
    growth >= TARGETS.scaling[0] && growth <= TARGETS.scaling[1],
    `1×, 2×, 4×, 8×: ${[1, 2, 4, 8].map((times) => fixed(seconds[times], 1)).join(', ')} s; fit: ${fixed(fit.intercept, 1)} s + ${fixed(fit.slope, 1)} s per ×`,
  );

  printTable();
} finally {
  if (KEEP) log(`kept ${folder}`);
  else rmSync(folder, { recursive: true, force: true });
}
