/**
 * statisticsRows(): a statistics table's data rows as sentences, each character mapped to its cell
 * or its column heading; anything else that is laid out as a table is left to be read cell by cell.
 */
import { describe, expect, it } from 'vitest';
import { SourceSlice, type MappedText } from '../../src/model/text.js';
import { statisticsRows } from '../../src/read/table.js';

/** Cells from rows of `|`-separated text laid out in one source string, so that every cell has a real position. */
function cellsOf(lines: string[]): { source: string; rows: MappedText[][] } {
  const source = lines.join('\n');
  let at = 0;
  const rows = lines.map((line) => {
    const cells: MappedText[] = [];
    let start = at;
    for (const cell of line.split('|')) {
      cells.push(new SourceSlice(cell, start));
      start += cell.length + 1;
    }
    at += line.length + 1;
    return cells;
  });
  return { source, rows };
}

/** The source characters a row's text maps to, as a string. */
const mappedBack = (source: string, row: MappedText) => Array.from(row.map, (index) => source[index]).join('');

describe('statisticsRows', () => {
  it('reads each data row as a sentence: the name, then each heading with its figure and the heading’s unit', () => {
    const { rows } = cellsOf(['区|提案数（件）|立案数(件)|办结率', '黄浦区|312|286|100%', '徐汇区|298|265|99.2%']);
    expect(statisticsRows(rows)?.map((row) => row.text)).toEqual(['黄浦区：提案数312件；立案数286件；办结率100%。', '徐汇区：提案数298件；立案数265件；办结率99.2%。']);
  });

  it('maps a figure to its cell and a unit to its heading; joining marks to the cell before them', () => {
    const { source, rows } = cellsOf(['区|提案数（件）', '黄浦区|312']);
    const [row] = statisticsRows(rows)!;
    expect(row!.text).toBe('黄浦区：提案数312件。');
    expect(mappedBack(source, row!)).toBe('黄浦区区提案数312件2');
    expect(source.indexOf('312')).toBe(row!.map[row!.text.indexOf('312')]);
  });

  it('skips a column that numbers the rows, and names the row by its first cell that is not a figure', () => {
    const { rows } = cellsOf(['序号|县（市、区）|委员工作室（个）', '1|余姚市|28', '2|慈溪市|31']);
    expect(statisticsRows(rows)?.map((row) => row.text)).toEqual(['余姚市：委员工作室28个。', '慈溪市：委员工作室31个。']);
  });

  it('gives a figure with its own qualifier the heading’s unit, and leaves a heading’s bracketed aside out', () => {
    const { rows } = cellsOf(['县（市、区）|覆盖乡镇（街道）（个）|接待群众（人次）', '余姚市|21|3500余']);
    expect(statisticsRows(rows)?.map((row) => row.text)).toEqual(['余姚市：覆盖乡镇21个；接待群众3500余人次。']);
  });

  it('gives a figure the measure word its heading counts in (参与人数, 活动次数), or the one its heading always counts in (提案数: 件)', () => {
    const { source, rows } = cellsOf(['市州|提案数|立案数|参与人数|活动次数|办结率', '湘潭市|456|401|1200|35|98%']);
    const [row] = statisticsRows(rows)!;
    expect(row!.text).toBe('湘潭市：提案数456件；立案数401件；参与人数1200人；活动次数35次；办结率98%。');
    // 件, which no cell or heading writes, stands at its heading's 数; 人 and 次 are their headings' own.
    const mappedAt = (written: string) => row!.map[row!.text.indexOf(written) + written.length - 1];
    expect(mappedAt('456件')).toBe(source.indexOf('提案数') + 2);
    expect(mappedAt('1200人')).toBe(source.indexOf('参与人数') + 2);
    expect(mappedAt('35次')).toBe(source.indexOf('活动次数') + 2);
  });

  it('adds no unit to a cell that has one, nor to an empty cell', () => {
    const { rows } = cellsOf(['区|协商活动|资金（万元）', '黄浦区|46场|', '徐汇区|30余场|120']);
    expect(statisticsRows(rows)?.map((row) => row.text)).toEqual(['黄浦区：协商活动46场。', '徐汇区：协商活动30余场；资金120万元。']);
  });

  it.each([
    ['a table that lays out prose', ['区政协主席王某某介绍，今年以来区政协开展协商议事活动46场，参与群众2000余人次。', '详见附件']],
    ['a table without figures', ['姓名|职务', '王某某|区政协主席', '李某某|区政协副主席']],
    ['figures in the heading row', ['2023|2024', '312|298']],
    ['a heading row alone', ['区|提案数（件）']],
  ])('is null for %s', (_case, lines) => {
    expect(statisticsRows(cellsOf(lines).rows)).toBeNull();
  });
});
