/**
 * statisticsRows(): a statistics table's data rows as sentences, each character mapped to its cell
 * or its column heading; anything else that is laid out as a table is left to be read cell by cell.
 * isTableCaption(): the lines over a table that caption it, which the readers keep out of the passages.
 */
import { describe, expect, it } from 'vitest';
import { SourceSlice, type MappedText } from '../../src/model/text.js';
import { readHtml } from '../../src/read/html.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { closeUp } from '../../src/read/spacing.js';
import { isTableCaption, statisticsRows } from '../../src/read/table.js';

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
    expect(statisticsRows(rows)?.map((row) => row.text)).toEqual(['黄浦区：提案数312件，立案数286件，办结率100%。', '徐汇区：提案数298件，立案数265件，办结率99.2%。']);
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
    expect(statisticsRows(rows)?.map((row) => row.text)).toEqual(['余姚市：覆盖乡镇21个，接待群众3500余人次。']);
  });

  it('gives a figure the measure word its heading counts in (参与人数, 活动次数), or the one its heading always counts in (提案数: 件)', () => {
    const { source, rows } = cellsOf(['市州|提案数|立案数|参与人数|活动次数|办结率', '湘潭市|456|401|1200|35|98%']);
    const [row] = statisticsRows(rows)!;
    expect(row!.text).toBe('湘潭市：提案数456件，立案数401件，参与人数1200人，活动次数35次，办结率98%。');
    // 件, which no cell or heading writes, stands at its heading's 数; 人 and 次 are their headings' own.
    const mappedAt = (written: string) => row!.map[row!.text.indexOf(written) + written.length - 1];
    expect(mappedAt('456件')).toBe(source.indexOf('提案数') + 2);
    expect(mappedAt('1200人')).toBe(source.indexOf('参与人数') + 2);
    expect(mappedAt('35次')).toBe(source.indexOf('活动次数') + 2);
  });

  it('adds no unit to a cell that has one, nor to an empty cell', () => {
    const { rows } = cellsOf(['区|协商活动|资金（万元）', '黄浦区|46场|', '徐汇区|30余场|120']);
    expect(statisticsRows(rows)?.map((row) => row.text)).toEqual(['黄浦区：协商活动46场。', '徐汇区：协商活动30余场，资金120万元。']);
  });

  it('takes a heading’s unit after a slash (协商活动/场, 资金／万元), mapped to the heading', () => {
    const { source, rows } = cellsOf(['单位|协商活动/场|提案/件|资金／万元|参与委员/人次', '三元区|41|156|120|1,260']);
    const [row] = statisticsRows(rows)!;
    expect(row!.text).toBe('三元区：协商活动41场，提案156件，资金120万元，参与委员1,260人次。');
    expect(row!.map[row!.text.indexOf('41场') + 2]).toBe(source.indexOf('/场') + 1);
  });

  it('takes a measure word set apart from the heading’s words by a space or a line break (协商活动 场), but not a noun (社情民意 / 信息)', () => {
    // The readers close up the space between Chinese characters, as here; the source keeps it.
    const { source, rows } = cellsOf(['区县|协商活动 场|参与委员\n人次|社情民意\n信息', '东湖区|12|1260|56']);
    const [row] = statisticsRows(rows.map((cells) => cells.map(closeUp)))!;
    expect(row!.text).toBe('东湖区：协商活动12场，参与委员1260人次，社情民意信息56。');
    expect(row!.map[row!.text.indexOf('12场') + 2]).toBe(source.indexOf(' 场') + 1);
  });

  it('takes the units of a row of units under the headings, and reads that row as no district’s', () => {
    const { source, rows } = cellsOf(['区县|协商活动|提案|参与委员|办结率', '单位|场|（件）|人次|', '东湖区|12|30|1260|98%', '西湖区|10|25|980|97%']);
    const result = statisticsRows(rows)!;
    expect(result.map((row) => row.text)).toEqual(['东湖区：协商活动12场，提案30件，参与委员1260人次，办结率98%。', '西湖区：协商活动10场，提案25件，参与委员980人次，办结率97%。']);
    expect(result[0]!.map[result[0]!.text.indexOf('30件') + 2]).toBe(source.indexOf('件'));
  });

  it('gives a column whose heading has no unit the unit of the caption over the table (单位：万元), mapped to the caption', () => {
    const caption = '单位：万元';
    const { source, rows } = cellsOf([caption, '区县|帮扶资金|提案数|办结率', '东湖区|120|30|98%']);
    const [row] = statisticsRows(rows.slice(1), [rows[0]![0]!])!;
    // 提案数 is always counted in 件, whatever the caption says of the money.
    expect(row!.text).toBe('东湖区：帮扶资金120万元，提案数30件，办结率98%。');
    expect(row!.map[row!.text.indexOf('120万元') + 3]).toBe(source.indexOf('万元'));
  });

  it.each([
    ['a table that lays out prose', ['区政协主席王某某介绍，今年以来区政协开展协商议事活动46场，参与群众2000余人次。', '详见附件']],
    ['a table without figures', ['姓名|职务', '王某某|区政协主席', '李某某|区政协副主席']],
    ['figures in the heading row', ['2023|2024', '312|298']],
    ['a heading row alone', ['区|提案数（件）']],
    ['a heading row and a row of units alone', ['区|提案数', '单位|件']],
  ])('is null for %s', (_case, lines) => {
    expect(statisticsRows(cellsOf(lines).rows)).toBeNull();
  });
});

describe('isTableCaption', () => {
  it.each([
    ['各县（市、区）主要履职数据如下表：'],
    ['各区县（市）委员工作室建设情况如下：'],
    ['各县（市、区）提案数量及办理情况见下表：'],
    ['上半年各县（市、区）政协主要履职数据'],
    ['单位：万元'],
    ['（单位：个）'],
    ['表1　各区县协商活动开展情况（单位：场）'],
    ['2023年各县区政协提案工作统计表'],
  ])('is true for %s', (line) => {
    expect(isTableCaption(line)).toBe(true);
  });

  it.each([
    ['a sentence that leads to the table', '东湖区政协开展协商活动12场，详见下表：'],
    ['a district’s sentence', '西湖区政协全年收到提案215件。'],
    ['a long line', '各县（市、区）政协围绕中心工作积极开展协商议政民主监督和委员联系群众工作的主要履职数据'],
    ['a unit line with two units', '单位：万元、个'],
  ])('is false for %s', (_case, line) => {
    expect(isTableCaption(line)).toBe(false);
  });
});

describe('a statistics table’s caption in the readers', () => {
  it('reads the title and the unit line over a Markdown table as captions, not as the passage before it, and takes the unit', () => {
    const markdown = [
      '# 三明市各县（市、区）政协履职亮点',
      '',
      '宁化县政协开展“客家祖地”主题协商8场。',
      '',
      '**上半年各县（市、区）政协主要履职数据**',
      '',
      '单位：场',
      '',
      '| 单位 | 协商活动 | 视察调研 |',
      '|:--|--:|--:|',
      '| 三元区 | 41 | 12 |',
      '| 宁化县 | 27 | 9 |',
    ].join('\n');
    const { blocks } = readMarkdown(markdown);
    expect(blocks.map((block) => [block.kind, block.text.text])).toEqual([
      ['title', '三明市各县（市、区）政协履职亮点'],
      ['paragraph', '宁化县政协开展“客家祖地”主题协商8场。'],
      ['caption', '上半年各县（市、区）政协主要履职数据'],
      ['caption', '单位：场'],
      ['row', '三元区：协商活动41场，视察调研12场。'],
      ['row', '宁化县：协商活动27场，视察调研9场。'],
    ]);
  });

  it('reads the paragraph that leads to an HTML table as its caption', () => {
    const html = `<html><body><h1>金华市县（市、区）政协履职工作综述</h1><p>磐安县政协围绕中药材产业开展协商。</p><p>各县（市、区）主要履职数据如下表：</p>
<table><tr><th>县（市、区）</th><th>提案数（件）</th></tr><tr><td>婺城区</td><td>268</td></tr><tr><td>磐安县</td><td>143</td></tr></table></body></html>`;
    expect(readHtml(html).blocks.map((block) => block.kind)).toEqual(['title', 'paragraph', 'caption', 'row', 'row']);
  });

  it('leaves a paragraph before a table of no statistics as it is', () => {
    const markdown = ['# 各区政协主席名单', '', '各区政协主要负责同志如下表：', '', '| 区 | 姓名 |', '| --- | --- |', '| 黄浦区 | 王某某 |'].join('\n');
    expect(readMarkdown(markdown).blocks.map((block) => block.kind)).not.toContain('caption');
  });
});
