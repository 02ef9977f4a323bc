/**
 * readHtml(): positions survive character references. A parser decodes `&nbsp;`, `&#12288;` and
 * `&ldquo;` into one character each, and government CMS pages indent and space with runs of them;
 * every character of a block must still map to the source character it came from.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/read/html.js';

/** Block characters whose mapped source character is neither the same character nor the reference standing for it. */
function misplaced(source: string): string[] {
  const wrong: string[] = [];
  for (const block of readHtml(source).blocks) {
    [...block.text.text].forEach((char, i) => {
      const at = block.text.map[i]!;
      if (source[at] !== char && source[at] !== '&' && char.trim() !== '') wrong.push(`${char}@${at}:${source.slice(at, at + 8)}`);
    });
  }
  return wrong;
}

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>区县政协动态</title></head><body><h1>区县政协动态</h1>${body}</body></html>`;

describe('readHtml: positions after character references', () => {
  it.each([
    ['a run of &nbsp; inside a sentence', '<p>锦江区政协主席张三介绍，提交&nbsp;&nbsp;提案268件，开展协商30次。</p>'],
    ['an indent of &nbsp; and &#12288; runs', '<p style="text-indent:2em">&nbsp;&nbsp;&nbsp;&nbsp;&#12288;&#12288;青羊区政协开展视察调研30余次，服务群众2.3万人次。</p>'],
    ['a numeric reference right before a figure', '<p>金牛区政协提交提案&#12288;128件，立案&#x3000;96件。</p>'],
    ['named quotes around a slogan', '<p>武侯区政协打造&ldquo;&ldquo;有事好商量&rdquo;&rdquo;品牌，建成议事室46个。</p>'],
  ])('%s', (_name, body) => {
    const source = page(body);
    expect(misplaced(source)).toEqual([]);
    const figure = /\d+(?:\.\d+)?(?=[件次个万])/.exec(body)![0];
    const block = readHtml(source).blocks.find((candidate) => candidate.text.text.includes(figure))!;
    const at = block.text.map[block.text.text.indexOf(figure)]!;
    expect(source.slice(at, at + figure.length)).toBe(figure);
  });
});

describe('readHtml: the page furniture', () => {
  it('reads an editor\'s credit and the page\'s own links after the article as furniture, not as paragraphs', () => {
    const source = page(
      '<p>金堂县政协主席李四表示，县政协全年开展协商活动26场。</p><p>（责任编辑：王小二）</p><p>编辑：李娜&nbsp;&nbsp;审核：王强</p><p>【打印本页】【关闭窗口】</p>',
    );
    expect(readHtml(source).blocks.map((block) => block.kind)).toEqual(['title', 'paragraph', 'furniture', 'furniture', 'furniture']);
  });
});

describe('readHtml: a page laid out in a table', () => {
  it('takes the article from its cell, not the row with the sidebar beside it, and the headline above it', () => {
    const source = `<html><head><meta charset="utf-8"><title>成都市政协</title></head><body><table width="1000"><tr><td><h1>区（市）县政协主席座谈会</h1><div class="TRS_Editor"><p>锦江区政协主席张三介绍，区政协开展协商活动86场。</p><p>青羊区政协主席李四介绍，区政协开展视察调研30次。</p></div></td><td><div class="sidebar"><h3>相关新闻</h3><ul><li>市政协组织50名委员视察重点项目</li><li>金牛区政协召开十届五次常委会议</li></ul></div></td></tr></table></body></html>`;
    expect(readHtml(source).blocks.map((block) => [block.kind, block.text.text])).toEqual([
      ['title', '区（市）县政协主席座谈会'],
      ['paragraph', '锦江区政协主席张三介绍，区政协开展协商活动86场。'],
      ['paragraph', '青羊区政协主席李四介绍，区政协开展视察调研30次。'],
    ]);
  });
});

describe('readHtml: the info line above the article', () => {
  it('reads the info line between the headline and the article\'s element as the byline', () => {
    const source = '<html><body><h1>湖州各区县政协履职纪实</h1><div class="info">来源：湖州政协网&nbsp;&nbsp;作者：钱莉&nbsp;&nbsp;浏览次数：1024</div><div><p>吴兴区政协主席张三介绍，区政协开展协商活动86场。</p><p>南浔区政协主席李四介绍，区政协开展视察调研30次。</p></div></body></html>';
    expect(readHtml(source).blocks.map((block) => block.kind)).toEqual(['title', 'byline', 'paragraph', 'paragraph']);
  });
});

describe('readHtml: text in any element, not only in <p>', () => {
  const paragraphs = (body: string) => readHtml(page(body)).blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text.text);

  it('reads every <section> of a WeChat article saved as HTML, also one whose text is in a <span>', () => {
    const body = '<div id="js_content"><section><p>道里区政协今年以来开展活动48场次。</p></section><section><p>南岗区政协今年以来解决问题150件。</p></section><section><span>香坊区政协划分委员责任网格96个。</span></section></div>';
    expect(paragraphs(body)).toEqual(['道里区政协今年以来开展活动48场次。', '南岗区政协今年以来解决问题150件。', '香坊区政协划分委员责任网格96个。']);
  });

  it('reads text wrapped in <font> and broken by <br>, and the loose text between the blocks of an element', () => {
    expect(paragraphs('<div><font size="3">道里区政协今年以来开展活动48场次。<br>南岗区政协今年以来解决问题150件。</font></div>').join('')).toBe('道里区政协今年以来开展活动48场次。南岗区政协今年以来解决问题150件。');
    expect(paragraphs('<div>道里区政协今年以来开展活动48场次。<p>南岗区政协今年以来解决问题150件。</p>香坊区政协划分委员责任网格96个。</div>')).toEqual([
      '道里区政协今年以来开展活动48场次。',
      '南岗区政协今年以来解决问题150件。',
      '香坊区政协划分委员责任网格96个。',
    ]);
  });
});

describe('readHtml: a paragraph marked as a heading', () => {
  it('reads <p><strong>一、主要做法</strong></p> and <p>【城关区】</p> as headings', () => {
    const body = '<div class="content"><p>2023年，全市各县（市、区）政协提案质量进一步提升。</p><p><strong>一、主要做法</strong></p><p>东台市政协全年召开协商会15场。</p><p>【城关区】</p><p>城关区政协开展视察12次。</p></div>';
    expect(readHtml(page(body)).blocks.map((block) => [block.kind, block.text.text])).toEqual([
      ['title', '区县政协动态'],
      ['paragraph', '2023年，全市各县（市、区）政协提案质量进一步提升。'],
      ['heading', '一、主要做法'],
      ['paragraph', '东台市政协全年召开协商会15场。'],
      ['heading', '【城关区】'],
      ['paragraph', '城关区政协开展视察12次。'],
    ]);
  });
});

describe('readHtml: a headline in an element of text, not in <h1>', () => {
  const kindsAndTexts = (source: string) => readHtml(source).blocks.map((block) => [block.kind, block.text.text]);

  it('reads div.article-title and the info line under it as title and byline, not as the body\'s first paragraphs', () => {
    const source = `<html><head><title>金华市政协：2023年度县（市、区）政协履职工作综述_金华政协网</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<div class="article">
<div class="article-title">金华市政协：2023年度县（市、区）政协履职工作综述</div>
<div class="article-info"><span>发布日期：2024-01-18 09:32</span><span>来源：市政协办公室</span><span>作者：周立伟</span></div>
<div class="article-content">
<p>婺城区政协围绕城乡风貌整治提升开展民主监督，全年开展监督活动56次。</p>
<p>金东区政协在11个镇（乡、街道）建成委员会客厅11个。</p>
</div></div></body></html>`;
    expect(readHtml(source).blocks.map((block) => block.kind)).toEqual(['title', 'byline', 'paragraph', 'paragraph']);
    expect(kindsAndTexts(source)[0]).toEqual(['title', '金华市政协：2023年度县（市、区）政协履职工作综述']);
  });

  it('reads the headline and the info line from the cells of a layout table above the article\'s cell', () => {
    const source = `<html><head><title>鹿城政协网--专访区政协主席郑国华：让“请你来协商”在鹿城落地生根</title></head><body>
<table><tr><td class="menu"><a href="/">网站首页</a> | <a href="/list.asp?id=1">政协要闻</a></td></tr></table>
<table><tr><td width="240"><table><tr><td>通知公告</td></tr><tr><td><a href="#">关于征集2024年度协商议题的通知</a></td></tr></table></td>
<td><table>
<tr><td class="newstitle">专访区政协主席郑国华：让“请你来协商”在鹿城落地生根</td></tr>
<tr><td class="newsinfo">作者：潘晓雯　　来源：温州日报　　发布时间：2024-02-27　　点击数：863</td></tr>
<tr><td class="newscontent"><p>　　编者按：2023年，温州市鹿城区政协持续擦亮“请你来协商”履职品牌。</p><p>　　<strong>郑国华：</strong>去年共开展协商活动216场。</p></td></tr>
</table></td></tr></table></body></html>`;
    const [title, byline, body] = kindsAndTexts(source);
    expect(title).toEqual(['title', '专访区政协主席郑国华：让“请你来协商”在鹿城落地生根']);
    expect(byline).toEqual(['byline', expect.stringMatching(/^作者：潘晓雯/)]);
    expect(body).toEqual(['paragraph', expect.stringMatching(/^编者按/)]);
  });

  it.each([
    ['金华市政协：2023年度县（市、区）政协履职工作综述_金华政协网', '金华市政协：2023年度县（市、区）政协履职工作综述'],
    ['鹿城政协网--专访区政协主席郑国华：让“请你来协商”在鹿城落地生根', '专访区政协主席郑国华：让“请你来协商”在鹿城落地生根'],
    ['各区县政协履职纪实 - 湖州政协网', '各区县政协履职纪实'],
    ['各区县政协履职纪实_县区动态_湖州政协网', '各区县政协履职纪实'],
  ])('takes the title from <title> %s without the site\'s name when the page shows no headline', (title, headline) => {
    const source = `<html><head><title>${title}</title></head><body><div><p>吴兴区政协主席张三介绍，区政协开展协商活动86场。</p><p>南浔区政协开展视察调研30次。</p></div></body></html>`;
    expect(kindsAndTexts(source)[0]).toEqual(['title', headline]);
  });
});

describe('readHtml: a WeChat article\'s trailer', () => {
  it('reads the buttons joined by dots and the call to press them as furniture, not as the last paragraph', () => {
    const source = `<html><body><div id="js_content">
<section><span>今年以来，绵阳各县（市、区）政协积极作为。</span></section>
<section><span>平武县政协协调争取产业发展资金2800万元，推动新建茶园5000亩。</span></section>
<section><span>分享 · 点赞 · 在看</span></section>
<section><span>阅读原文·点击“在看”，让更多人看到</span></section>
<section><span>转发 | 收藏 ｜ 在看</span></section>
</div></body></html>`;
    expect(readHtml(source).blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'furniture', 'furniture', 'furniture']);
  });
});
