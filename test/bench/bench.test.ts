/**
 * `npm run bench` works end to end: the quick run (everything scaled down) prints the table with a
 * row per target. Its measurements and verdicts are not checked: timings belong to the benchmark,
 * not to a test on a shared machine. Needs dist/ (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ROWS = [
  /^start-up: --version ÷ node -e ""\s+\S+×\s+≤ 1\.2×\s+(PASS|FAIL)/m,
  /^start-up: reference report ÷ node -e ""\s+\S+×\s+≤ 1\.5×\s+(PASS|FAIL)/m,
  /^throughput: pipeline ÷ jieba cut, 1 thread\s+\S+×\s+≥ 2×\s+(PASS|FAIL)\s+\S+ vs \S+ MB\/s/m,
  /^throughput: 2 workers ÷ 1 thread, CLI\s+\S+×\s+≥ 1\.6×\s+(PASS|FAIL)\s+.*same bytes/m,
  /^memory: corpus run, peak RSS\s+\d+ MB\s+≤ 200 MB\s+(PASS|FAIL)/m,
  /^memory: one big file, peak RSS\s+\d+ MB\s+≤ \d+ MB\s+(PASS|FAIL)/m,
  /^scaling: time\(8×\) ÷ time\(1×\)\s+\S+\s+7–9\s+(PASS|FAIL)\s+1×, 2×, 4×, 8×: /m,
];

describe('npm run bench', () => {
  it('--quick prints the table: a header and one row per target', { timeout: 300_000 }, () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench.mjs'), '--quick'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^target\s+measured\s+goal\s+result\s+detail\n-+\n/);
    for (const row of ROWS) expect(run.stdout).toMatch(row);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2 + ROWS.length);
  });
});
