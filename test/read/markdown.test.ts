/**
 * readMarkdown(): a WeChat article copied to Markdown keeps its info line (原创 …, closed up when its
 * spaces fall between Chinese characters) and its buttons out of the body.
 */
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/markdown.js';

describe('readMarkdown: a WeChat copy', () => {
  it('reads the info line and the buttons as furniture and the source line after it as the byline', () => {
    const source = [
      '# 全市政协工作推进会县（市、区）政协主席发言摘登',
      '',
      '原创 [洛阳政协](javascript:void(0);) *2025年06月12日 18:30* *河南*',
      '',
      '来源：洛阳市政协办公室',
      '',
      '6月11日上午，市政协召开全市政协工作推进会，各县（市、区）政协主席依次发言。',
      '',
      '孟津区政协主席张建国介绍，区政协开展协商活动30余场。',
      '',
      '阅读原文',
      '',
      '分享 收藏 点赞 在看',
    ].join('\n');
    expect(readMarkdown(source).blocks.map((block) => block.kind)).toEqual(['title', 'furniture', 'byline', 'paragraph', 'paragraph', 'furniture', 'furniture']);
  });
});

describe('readMarkdown: a WeChat info line without 原创', () => {
  it.each(['梅州政协 2024-04-02 20:15 发表于广东', '梅州政协 2024年04月02日 20:15 广东'])('reads %s as furniture, not the lead', (info) => {
    const blocks = readMarkdown(['# 梅州各县政协助力乡村振兴', '', info, '', '梅江区政协收集意见建议230余条。'].join('\n')).blocks;
    expect(blocks.map((block) => block.kind)).toEqual(['title', 'furniture', 'paragraph']);
  });
});

describe('readMarkdown: an info line that names the account and the date before the author', () => {
  it('reads *三明政协 / 2024年7月15日 / 文：吴晓芳* under the headline as the byline, not the body\'s first paragraph', () => {
    const source = ['三明市各县（市、区）政协上半年履职亮点', '===', '', '*三明政协 / 2024年7月15日 / 文：吴晓芳*', '', '今年上半年，全市各县（市、区）政协履职工作亮点纷呈。'].join('\n');
    expect(readMarkdown(source).blocks.map((block) => block.kind)).toEqual(['title', 'byline', 'paragraph']);
  });
});
