/**
 * The crafted report of ./crafted.ts, with script and attribute payloads in its headline, a
 * district's passage, a speaker's quote and its file name, rendered and opened in headless
 * Chromium: nothing may run — no dialog, no console message, no error, no request — and
 * every payload must be on the page as text.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { extract } from '../../src/pipeline.js';
import { renderHtml } from '../../src/write/html.js';
import { openPage } from './chromium.js';
import { ATTRIBUTE_PAYLOAD as ATTRIBUTE, CRAFTED_PATH as PATH, CRAFTED_TEXT, SCRIPT_PAYLOAD as SCRIPT } from './crafted.js';

describe('a crafted report in Chromium', { timeout: 30_000 }, () => {
  let report: Report;
  const opened = openPage('crafted.html', async () => {
    report = await extract(CRAFTED_TEXT, { path: PATH });
    return renderHtml([report]);
  });
  const page = () => opened().page;

  it('carries the payloads where the test means them: a passage and a quote', () => {
    // The analysed text (Entry.text, quotes) has “ for the payload's ", the shown text keeps it.
    const tag = ATTRIBUTE.slice(1);
    const passage = report.entries.find((entry) => entry.district.name === '永川区')!;
    expect(passage.text).toContain(SCRIPT);
    expect(passage.text).toContain(tag);
    const quotes = report.entries.flatMap((entry) => entry.quotes.map((quote) => quote.text));
    expect(quotes.some((quote) => quote.includes(SCRIPT) && quote.includes(tag))).toBe(true);
    expect(report.blocks.filter((block) => block.text.includes(SCRIPT) && block.text.includes(ATTRIBUTE))).toHaveLength(2);
  });

  it('runs none of them, even when the reader hovers, sorts and filters', async () => {
    await page().locator('mark.metric').first().hover();
    await page().locator('table.districts thead button').first().click();
    await page().locator('input[data-filter]').fill(ATTRIBUTE);
    await page().waitForTimeout(300);
    expect(opened().activity).toEqual({ requests: [], console: [], errors: [], dialogs: [] });
    expect(await page().evaluate(() => ({ images: document.images.length, scripts: document.scripts.length }))).toEqual({ images: 0, scripts: 1 });
  });

  it('shows them as text', async () => {
    expect(await page().locator('h1').textContent()).toBe(`政协工作交流会${SCRIPT}举行`);
    const text = await page().locator('.text').innerText();
    expect(text).toContain(`230余次${SCRIPT}，${ATTRIBUTE}服务群众`);
    expect(text).toContain(`“要${SCRIPT}，也要${ATTRIBUTE}"。”`);
    expect(await page().locator('dl.facts').innerText()).toContain(PATH);
  });
});
