/**
 * extractMeta(): the report's headline, subtitle, reporter (from the byline), and the event, its
 * dates and its venue (from the lead paragraph's first sentence).
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/read/text.js';
import { extractMeta } from '../../src/segment/meta.js';
import { GOLD, XIAMEN_SOURCE, referenceDocument } from '../helpers/reference.js';

describe('extractMeta', () => {
  it('reads the reference report’s meta as the gold file has it', () => {
    expect(extractMeta(referenceDocument())).toEqual({
      title: '深入研讨聚共识 汇智聚力促发展',
      subtitle: '六届市政协委员专题学习研讨班（第4期）学员谈体会建良言',
      reporter: '程颖',
      event: '六届市政协委员专题学习研讨班（第4期）',
      dates: '7月22日至25日',
      venue: '中共石柱土家族自治县委党校（初心学院）',
    });
    expect(extractMeta(referenceDocument())).toEqual(GOLD.meta);
  });

  it('reads a composed 厦门 report (spaced date, lead sentence wrapped across lines)', () => {
    expect(extractMeta(readText(XIAMEN_SOURCE))).toEqual({
      title: '各区政协交流基层协商经验',
      subtitle: null,
      reporter: '林晓',
      event: '厦门市政协委员履职交流会',
      dates: '8月5日',
      venue: '市政协会议中心',
    });
  });

  const withLead = (lead: string, byline = '□ 本报记者 林晓') => extractMeta(readText(['各区政协交流基层协商经验', byline, lead].join('\n')));

  it.each([
    // [lead, event, venue, dates]
    ['8月5日，厦门市政协委员履职交流会在市政协会议中心举行。', '厦门市政协委员履职交流会', '市政协会议中心', '8月5日'],
    ['2024年8月5日至7日，厦门市政协委员培训班在集美区委党校开班。', '厦门市政协委员培训班', '集美区委党校', '2024年8月5日至7日'],
    ['8月5日，在市政协会议中心召开厦门市政协委员履职交流会。', '厦门市政协委员履职交流会', '市政协会议中心', '8月5日'],
    ['8月5日，在市政协会议中心召开了厦门市政协委员履职交流会。', '厦门市政协委员履职交流会', '市政协会议中心', '8月5日'],
    ['11月20日，市政协召开区县政协工作交流座谈会，市政协主席刘建国出席会议并讲话。', '区县政协工作交流座谈会', null, '11月20日'],
    ['近日，全市区县政协工作交流座谈会召开。', '全市区县政协工作交流座谈会', null, '近日'],
    ['近日，思明区政协举行“有事好商量”协商活动启动仪式。', '“有事好商量”协商活动启动仪式', null, '近日'],
    ['近日，区政协在区行政中心召开十五届第二十次常委会议。', '十五届第二十次常委会议', '区行政中心', '近日'],
  ])('%s → event %s, venue %s, dates %s', (lead, event, venue, dates) => {
    expect(withLead(lead)).toMatchObject({ event, venue, dates });
  });

  it.each([
    ['□ 本报记者 程颖', /^程颖$/],
    // Whether the correspondent (通讯员) belongs in `reporter` is open; the reporter comes first.
    ['本报记者 程颖 通讯员 李明', /^程颖(?:、李明)?$/],
    // A web page's info line whose &nbsp; separators were closed up between CJK characters.
    ['来源：湖州政协网作者：钱莉浏览次数：1024', /^钱莉$/],
    ['作者：刘芳【打印本页】', /^刘芳$/],
    ['湖南日报全媒体记者 陈某 通讯员 黄某某', /^陈某(?:、黄某某)?$/],
    ['文/图 本报记者 王晓丽', /^王晓丽$/],
    ['新华日报·交汇点记者 王晓丽', /^王晓丽$/],
  ])('reads the reporter from the byline %s', (byline, reporter) => {
    expect(withLead('8月5日，厦门市政协委员履职交流会在市政协会议中心举行。', byline).reporter).toMatch(reporter);
  });

  it.each([
    ['2024年04月08日 10:26  来源：桂林日报  记者 覃丽娟 通讯员 桂协宣', /^覃丽娟$/],
    ['来源：桂林日报　记者 覃丽娟', /^覃丽娟$/],
    ['三明政协 / 2024年7月15日 / 文：吴晓芳', /^吴晓芳$/],
  ])('reads the reporter from an info line that opens with the date or the account: %s', (byline, reporter) => {
    expect(withLead('8月5日，厦门市政协委员履职交流会在市政协会议中心举行。', byline).reporter).toMatch(reporter);
  });

  it('reads the dates and the event from the lead under an info line that opens with the date, not from the info line', () => {
    const meta = extractMeta(
      readText(
        [
          '桂林：市县两级政协联动助推世界级旅游城市建设',
          '2024年04月08日 10:26  来源：桂林日报  记者 覃丽娟 通讯员 桂协宣',
          '　　4月3日，桂林市政协召开市县两级政协联动履职工作推进会，总结2023—2024年度联动履职情况。',
          '　　临桂区政协主席秦海燕介绍，区政协今年第一季度已召开议事会18场。',
        ].join('\n'),
      ),
    );
    expect(meta).toMatchObject({ reporter: '覃丽娟', dates: '4月3日', event: '市县两级政协联动履职工作推进会' });
  });

  it.each([
    ['【大公报讯】记者何嘉欣佛山报道：', '何嘉欣'],
    ['【大公报讯】记者 何嘉欣 佛山报道：', '何嘉欣'],
    ['【香港商报讯】记者 王小明 北京报道：', '王小明'],
    ['本报讯 记者张三报道：', '张三'],
  ])('reads the reporter from a dateline that names the place filed from: %s', (dateline, reporter) => {
    const meta = extractMeta(readText(['佛山政协委员扎根基层', '', `${dateline}8月5日，佛山市政协委员履职交流会在市政协会议中心举行，各区政协主席交流基层协商工作经验。`].join('\n')));
    expect(meta).toMatchObject({ reporter, dates: '8月5日', event: '佛山市政协委员履职交流会' });
  });

  it('names no reporter from a line that credits the source (来源：宝鸡政协)', () => {
    expect(withLead('8月5日，厦门市政协委员履职交流会在市政协会议中心举行。', '来源：宝鸡政协').reporter).toBeNull();
  });

  it('reads the reporter from a dateline that opens the lead: 本报讯（记者 李某 通讯员 张某）', () => {
    const meta = extractMeta(readText(['奋进新征程 委员勇担当', '本报讯（记者 李某 通讯员 张某）8月5日，厦门市政协委员履职交流会在市政协会议中心举行。'].join('\n')));
    expect(meta).toMatchObject({ reporter: '李某', dates: '8月5日', event: '厦门市政协委员履职交流会', venue: '市政协会议中心' });
  });

  it('reads an interview: the reporter’s questions are paragraphs, the byline in brackets at the end names the reporter', () => {
    const text = [
      '把协商议事室建到群众家门口——访江宁区政协主席刘峰',
      '',
      '记者：江宁区政协在基层协商方面有哪些新做法？',
      '',
      '刘峰：我们在全区10个街道全部建成协商议事室，今年以来开展协商82场。',
      '',
      '（本报记者 吴倩 整理）',
    ].join('\n');
    const document = readText(text);
    expect(document.blocks.map((block) => block.kind)).toEqual(['title', 'paragraph', 'paragraph', 'byline']);
    expect(extractMeta(document)).toMatchObject({ reporter: '吴倩', event: null, venue: null });
  });

  it.each([
    ['a place where work is done is no venue', '刘峰：我们在全区10个街道全部建成协商议事室，今年以来开展协商82场。'],
    ['what is done is no event', '近日，思明区政协对全区养老服务进行视察。'],
    ['a count is no event', '今年以来，思明区政协开展协商议事活动46场。'],
  ])('leaves the event null when %s', (_case, lead) => {
    expect(withLead(lead).event).toBeNull();
  });

  it('leaves what the report does not say null', () => {
    const meta = extractMeta(readText('思明区政协主席陈志明介绍，该区政协建成委员工作室12个。\n湖里区政协主席王晓东表示，该区政协推动解决问题150余个。'));
    expect(meta).toMatchObject({ subtitle: null, reporter: null, dates: null, event: null, venue: null });
  });
});
