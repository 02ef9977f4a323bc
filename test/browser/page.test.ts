/**
 * The HTML page of the reference report in headless Chromium, opened from disk as a user would:
 * it loads with no console output and no requests, and the table, filter, chart and the link
 * from a metric to its place in the text work. Saves screenshots at laptop and phone widths in
 * test-artifacts/ for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { extract } from '../../src/pipeline.js';
import { renderHtml } from '../../src/write/html.js';
import { openPage } from './chromium.js';

const ROOT = new URL('../../', import.meta.url);
const FIXTURE = 'fixtures/cq-cppcc-study-session-4.txt';
const ARTIFACTS = fileURLToPath(new URL('test-artifacts/', ROOT));

describe('the reference report page in Chromium', { timeout: 30_000 }, () => {
  let report: Report;
  const opened = openPage('report.html', async () => {
    report = await extract(readFileSync(new URL(FIXTURE, ROOT)), { path: FIXTURE });
    return renderHtml([report]);
  });
  const page = () => opened().page;

  const rows = () => page().locator('table.districts tbody tr:not([hidden])');
  const column = (index: number) =>
    page().$$eval('table.districts tbody tr:not([hidden])', (trs, i) => trs.map((tr) => (tr as HTMLTableRowElement).cells[i]!.textContent!.trim()), index);
  const sortBy = (header: string) => page().locator('table.districts thead button', { hasText: header }).click();
  const filter = (text: string) => page().locator('input[data-filter]').fill(text);

  it('loads from disk with the report title, no console output and no requests', async () => {
    expect(await page().title()).toBe('深入研讨聚共识 汇智聚力促发展');
    expect(await page().locator('html').getAttribute('lang')).toMatch(/^zh/);
    expect(opened().activity).toEqual({ requests: [], console: [], errors: [], dialogs: [] });
  });

  it('shows one row per district, 38 in all', async () => {
    expect(await rows().count()).toBe(38);
  });

  it('sorts by the column whose header is clicked, and reverses on a second click', async () => {
    const codes = await column(2);
    const ascending = [...codes].sort();
    expect(codes).not.toEqual(ascending);
    await sortBy('代码');
    expect(await column(2)).toEqual(ascending);
    await sortBy('代码');
    expect(await column(2)).toEqual([...ascending].reverse());
    await sortBy('区县');
    expect(await column(1)).not.toEqual(await column(2));
    await sortBy('序');
    expect((await column(0)).map(Number)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it('narrows the rows to those whose district, speaker or category matches the filter', async () => {
    await filter('永川');
    expect(await column(1)).toEqual(['永川区']);
    await filter('副主席');
    expect(await rows().count()).toBe(report.entries.filter((e) => e.speakers.some((s) => s.title.includes('副主席'))).length);
    await filter('people');
    const peopleDistricts = [...new Set(report.metrics.filter((m) => m.category === 'people').map((m) => m.district))];
    expect((await column(1)).sort()).toEqual(peopleDistricts.sort());
    expect(await page().locator('[id$="-shown"]').textContent()).toBe(String(peopleDistricts.length));
    await filter('');
    expect(await rows().count()).toBe(38);
  });

  it("scrolls to 永川区's 230余次 in the text and flashes it when clicked in the table", async () => {
    await page().evaluate(() => window.scrollTo(0, 0));
    const link = page().locator('table.districts tr', { hasText: '永川区' }).locator('a.metric-link', { hasText: '230余次' });
    const id = (await link.getAttribute('href'))!.slice(1);
    const mark = page().locator(`[id="${id}"]`);
    expect(await mark.textContent()).toBe('230余次');
    expect(await mark.evaluate((element) => element.tagName)).toBe('MARK');
    await link.click();
    await expect.poll(() => mark.evaluate((element) => element.classList.contains('flash'))).toBe(true);
    await expect
      .poll(() =>
        mark.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
        }),
      )
      .toBe(true);
  });

  it('shows a tooltip with value, unit, qualifier, category and period on a metric', async () => {
    await page().locator('mark.metric', { hasText: '230余次' }).hover();
    const tip = page().locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.textContent();
    for (const part of ['230', '次', 'over', 'activities', '2022年以来']) expect(text).toContain(part);
  });

  it('charts people by default, one bar per district with a people metric, and switches category', async () => {
    const bars = (category: string) => page().locator(`figure[data-category="${category}"]:not([hidden]) .bar`);
    const districtsWith = (category: string) => [...new Set(report.metrics.filter((m) => m.category === category).map((m) => m.district))].sort();
    const barDistricts = async (category: string) => (await bars(category).evaluateAll((els) => els.map((el) => el.getAttribute('data-district')!))).sort();

    expect(await barDistricts('people')).toEqual(districtsWith('people'));
    expect(await bars('people').first().textContent()).toMatch(/[≥≈]/);
    await page().locator('select[data-chart-select]').selectOption('activities');
    expect(await bars('people').count()).toBe(0);
    // Activities come in 次, 场 and 场次: one chart per unit, so a district may have a bar in more than one.
    expect([...new Set(await barDistricts('activities'))]).toEqual(districtsWith('activities'));
    await page().locator('select[data-chart-select]').selectOption('people');
  });

  it('saves screenshots at laptop and phone widths, and still has made no request and logged nothing', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page().evaluate(() => window.scrollTo(0, 0));
    await page().screenshot({ path: `${ARTIFACTS}report-page.png`, fullPage: true });
    await page().setViewportSize({ width: 390, height: 844 });
    await page().evaluate(() => window.scrollTo(0, 0));
    await page().screenshot({ path: `${ARTIFACTS}report-page-phone.png` });
    // At phone width nothing may stick out sideways except inside a scroll box.
    expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(opened().activity).toEqual({ requests: [], console: [], errors: [], dialogs: [] });
  });
});
