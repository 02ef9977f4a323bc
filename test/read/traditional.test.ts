/**
 * A report in traditional characters is read before it is converted (src/read/traditional.ts runs
 * after the reader): its page furniture and its dateline must be recognised in either script.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

describe('extract: a Hong Kong paper\'s report in traditional characters', () => {
  const source = [
    '佛山政協委員扎根基層',
    '',
    '【大公報訊】記者何嘉欣佛山報道：佛山各區政協推動協商平台向鎮街延伸，委員扎根基層為民解困。',
    '',
    '三水區政協組織醫衛界委員下鄉義診，去年共開展義診活動48場，服務群眾萬餘人次。',
    '',
    '（下轉A6版）',
    '',
    '責任編輯：鄭嘉儀　美術編輯：黃敏',
  ].join('\n');

  it('names the reporter of the dateline, and keeps the jump line and the editors\' credit out of sections, passages and warnings', async () => {
    const report = await extract(source);
    expect(report.meta.reporter).toBe('何嘉欣');
    expect(report.sections).toEqual([]);
    expect(report.entries.map((entry) => [entry.district.name, entry.lines])).toEqual([['三水区', [5, 5]]]);
    expect(report.warnings).toEqual([]);
  });
});
