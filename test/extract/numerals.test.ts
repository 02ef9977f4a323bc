/**
 * scanQuantities() and parseChineseNumber(): numerals in normalised text (the reader has already
 * closed up the PDF's spaces) become quantities with a value in base units (万 and 亿 multiplied
 * out, percentages in percent), a counting unit and a qualifier: 余/多/逾/超过/上/数 → over,
 * 以上 → at_least, 近 → nearly, 约/左右 → about. The spaced forms of the e-paper paste are checked
 * once more through the whole pipeline, down to the line and column of the source.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseNumber, scanQuantities } from '../../src/extract/numerals.js';
import { extract } from '../../src/pipeline.js';
import { ePaper } from '../helpers/reference.js';

/** The quantities of `text` as [raw, value, unit, qualifier]. */
const quantities = (text: string) => scanQuantities(text).map((q) => [text.slice(q.start, q.end), q.value, q.unit, q.qualifier]);

describe('scanQuantities', () => {
  it.each([
    // [text, raw, value, unit, qualifier]
    ['节省政府投资6000余万元', '6000余万元', 60_000_000, '元', 'over'],
    ['节省政府投资逾6000余万元', '逾6000余万元', 60_000_000, '元', 'over'],
    ['筹集资金二百余万元', '二百余万元', 2_000_000, '元', 'over'],
    ['投入资金一千多万元', '一千多万元', 10_000_000, '元', 'over'],
    ['惠及群众上万人', '上万人', 10_000, '人', 'over'],
    ['组织上百名委员参加', '上百名', 100, '名', 'over'],
    ['走访数百户群众', '数百户', 100, '户', 'over'],
    ['收集意见建议十余条', '十余条', 10, '条', 'over'],
    ['开展协商三十余场', '三十余场', 30, '场', 'over'],
    ['服务群众两千多人', '两千多人', 2_000, '人', 'over'],
    ['培训委员千余人', '千余人', 1_000, '人', 'over'],
    ['募集善款万余元', '万余元', 10_000, '元', 'over'],
    ['考察调研230余次', '230余次', 230, '次', 'over'],
    ['开展现场协商300余场次', '300余场次', 300, '场次', 'over'],
    ['深入走访企业120家次，收集意见建议', '120家次', 120, '家次', 'exact'],
    ['出动宣传车30余车次', '30余车次', 30, '车次', 'over'],
    ['超过100场', '超过100场', 100, '场', 'over'],
    ['建成便民服务点1.9万个', '1.9万个', 19_000, '个', 'exact'],
    ['投入资金1,100万元', '1,100万元', 11_000_000, '元', 'exact'],
    ['办理提案2 350件', '2 350件', 2_350, '件', 'exact'],
    ['服务群众12\u00a0000余人次', '12\u00a0000余人次', 12_000, '人次', 'over'],
    ['群众满意率百分之九十八点五', '百分之九十八点五', 98.5, '%', 'exact'],
    ['筹集资金三点五万元', '三点五万元', 35_000, '元', 'exact'],
    ['惠及3万4000人', '3万4000人', 34_000, '人', 'exact'],
    ['筹集资金1.5亿元', '1.5亿元', 150_000_000, '元', 'exact'],
    ['服务群众20万人次以上', '20万人次以上', 200_000, '人次', 'at_least'],
    ['每年开展4次以上联系服务群众活动', '4次以上', 4, '次', 'at_least'],
    ['直接服务界别群众近500人次', '近500人次', 500, '人次', 'nearly'],
    ['约300人参加', '约300人', 300, '人', 'about'],
    ['群众满意率达98%左右', '98%左右', 98, '%', 'about'],
    ['群众诉求响应速度提升60%', '60%', 60, '%', 'exact'],
    ['参与率达到百分之六十', '百分之六十', 60, '%', 'exact'],
    ['问题解决率达8成', '8成', 80, '%', 'exact'],
    ['八成以上的提案得到落实', '八成以上', 80, '%', 'at_least'],
    ['选派廿八人参加培训', '廿八人', 28, '人', 'exact'],
    ['建成委员工作室４３个', '４３个', 43, '个', 'exact'],
    ['报送协商成果120个', '120个', 120, '个', 'exact'],
    ['走访群众1.2万余人次', '1.2万余人次', 12_000, '人次', 'over'],
    ['节约资金近3万元', '近3万元', 30_000, '元', 'nearly'],
    ['惠及约三分之一的群众', '约三分之一', 33.33, '%', 'about'],
    ['提案办理满意率提升5个百分点', '5个百分点', 5, '个百分点', 'exact'],
    ['吸引两百多人参加', '两百多人', 200, '人', 'over'],
    ['覆盖两三百户', '两三百户', 200, '户', 'about'],
    ['建成十几个站点', '十几个', 10, '个', 'over'],
    ['参加30来人', '30来人', 30, '人', 'about'],
    ['组织数十名委员', '数十名', 10, '名', 'over'],
    ['投入1000多万元', '1000多万元', 10_000_000, '元', 'over'],
    // Units in traditional script, compound ones whole as in simplified.
    ['開展協商活動30場次', '30場次', 30, '场次', 'exact'],
    ['走訪群眾200餘戶次', '200餘戶次', 200, '户次', 'over'],
    ['服務群眾1.2萬人次', '1.2萬人次', 12_000, '人次', 'exact'],
    ['出動宣傳車30餘車次', '30餘車次', 30, '车次', 'over'],
    ['提案辦理滿意率提升5個百分點', '5個百分點', 5, '个百分点', 'exact'],
    // Things handed out, built or raised, in the measure words they are counted in.
    ['安装路灯120盏', '120盏', 120, '盏', 'exact'],
    ['推动建成社区冰场13块', '13块', 13, '块', 'exact'],
    ['捐赠大米2000公斤', '2000公斤', 2000, '公斤', 'exact'],
    ['发放鸡苗1.5万只', '1.5万只', 15_000, '只', 'exact'],
    ['帮助养殖户出栏肉牛600头', '600头', 600, '头', 'exact'],
    ['流转土地1200公顷', '1200公顷', 1200, '公顷', 'exact'],
    ['新建储水设施2000立方米', '2000立方米', 2000, '立方米', 'exact'],
    ['新打机井20眼', '20眼', 20, '眼', 'exact'],
    ['修建水窖35口', '35口', 35, '口', 'exact'],
    ['新增养老床位80床', '80床', 80, '床', 'exact'],
    ['送去慰问物资500余箱', '500余箱', 500, '箱', 'over'],
    ['发放化肥300袋', '300袋', 300, '袋', 'exact'],
    ['收购茶叶5000斤', '5000斤', 5000, '斤', 'exact'],
    ['捐赠药品3000千克', '3000千克', 3000, '千克', 'exact'],
    ['协调无人机12架开展植保', '12架', 12, '架', 'exact'],
    ['建成屋顶光伏500千瓦', '500千瓦', 500, '千瓦', 'exact'],
    ['新增装机容量2.5万千瓦', '2.5万千瓦', 25_000, '千瓦', 'exact'],
    ['年发电量30万千瓦时', '30万千瓦时', 300_000, '千瓦时', 'exact'],
    ['建成渔光互补电站20兆瓦', '20兆瓦', 20, '兆瓦', 'exact'],
    ['改造老旧厂房3000平米', '3000平米', 3000, '平米', 'exact'],
    ['新建安置房12幢', '12幢', 12, '幢', 'exact'],
    ['收到群众送来的锦旗8面', '8面', 8, '面', 'exact'],
    ['建成社區冰場13塊', '13塊', 13, '块', 'exact'],
  ])('%s → %s', (text, raw, value, unit, qualifier) => {
    expect(quantities(text)).toEqual([[raw, value, unit, qualifier]]);
  });

  it('finds every quantity of a real sentence, in order', () => {
    const text = '组织各党派团体和社会各界人士有序有效开展考察调研230余次、重要协商活动36余次，报送协商成果120个，形成资政报告30余篇';
    expect(quantities(text)).toEqual([
      ['230余次', 230, '次', 'over'],
      ['36余次', 36, '次', 'over'],
      ['120个', 120, '个', 'exact'],
      ['30余篇', 30, '篇', 'over'],
    ]);
  });

  it('keeps the span of the numeral apart from the span of the whole expression', () => {
    const text = '节省政府投资逾6000余万元，';
    const [quantity] = scanQuantities(text);
    expect(text.slice(quantity!.numeralStart, quantity!.numeralEnd)).toBe('6000余万');
    expect(text.slice(quantity!.start, quantity!.end)).toBe('逾6000余万元');
    expect(quantity!.script).toBe('arabic');
  });

  it('marks vague numerals (上万, 数百) and ranges (三四个)', () => {
    expect(scanQuantities('惠及群众上万人').map((q) => q.vague)).toEqual([true]);
    expect(scanQuantities('走访数百户').map((q) => q.vague)).toEqual([true]);
    expect(scanQuantities('建成三四个站点').map((q) => [q.value, q.unit, q.qualifier, q.vague])).toEqual([[3, '个', 'about', true]]);
    expect(scanQuantities('考察调研230余次').map((q) => q.vague)).toEqual([false]);
  });

  it.each([
    ['组织20至30名委员组成调研组', '20至30名', 20, 30, '名'],
    ['每场5-10个点位', '5-10个', 5, 10, '个'],
    ['开展三到五场协商', '三到五场', 3, 5, '场'],
    ['服务群众1.2万至1.5万人次', '1.2万至1.5万人次', 12000, 15000, '人次'],
    // A multiplier written on the upper end alone is both ends'.
    ['每个委员工作室补助资金3至5万元，用于阵地建设', '3至5万元', 30000, 50000, '元'],
    ['撬动社会资本投入2—3亿元', '2—3亿元', 200_000_000, 300_000_000, '元'],
    ['每年服务群众10到20万人次', '10到20万人次', 100_000, 200_000, '人次'],
    ['争取上级资金十至二十万元', '十至二十万元', 100_000, 200_000, '元'],
    ['带动村集体增收三至五千万元', '三至五千万元', 30_000_000, 50_000_000, '元'],
    ['募集资金5000至2万元不等', '5000至2万元', 5000, 20000, '元'],
    ['邀请五至十名委员参加', '五至十名', 5, 10, '名'],
    // Months and years of a period are ranges as written, dates to classify().
    ['3至5月开展集中视察', '3至5月', 3, 5, '月'],
    ['2023至2025年持续开展', '2023至2025年', 2023, 2025, '年'],
  ])('reads the range in %s as its lower end, which the figure is at least, and keeps its upper end', (text, raw, value, upper, unit) => {
    const [quantity, ...rest] = scanQuantities(text);
    expect(rest).toEqual([]);
    expect(text.slice(quantity!.start, quantity!.end)).toBe(raw);
    expect([quantity!.value, quantity!.upper, quantity!.unit, quantity!.qualifier, quantity!.vague]).toEqual([value, upper, unit, 'at_least', true]);
  });

  it('leaves apart what is no range: 22日至25日, a smaller second number', () => {
    expect(scanQuantities('7月22日至25日').map((q) => [q.value, q.unit])).toEqual([[7, '月'], [22, '日'], [25, '日']]);
    expect(scanQuantities('第30至2名').map((q) => q.value)).toEqual([30, 2]);
  });

  it('joins no figures that a space parts in a row of them, nor a percentage, nor reads 点 as a decimal point in a time or a phrase', () => {
    expect(quantities('黄浦区 312 286 100%').map((q) => q[0])).toEqual(['312', '286', '100%']);
    for (const text of ['下午三点召开协商会，一点一滴做起', '下午三点五十分召开', '重点一是']) {
      expect(quantities(text).filter((q) => !Number.isInteger(q[1])), text).toEqual([]);
    }
  });

  it('reads no measure word in a household\'s size (3口之家)', () => {
    expect(quantities('帮扶3口之家12户')).toEqual([['3', 3, '', 'exact'], ['12户', 12, '户', 'exact']]);
  });

  it.each([['（单位：万元）'], ['单位：亿元'], ['单位：千元'], ['资金以万元计'], ['争取若干万元']])('reads no amount in the unit word of %s', (text) => {
    expect(scanQuantities(text)).toEqual([]);
  });

  it('reads an amount in 万元 with a word that makes it one: 近万元, 上亿元', () => {
    expect(quantities('募集近万元，撬动上亿元')).toEqual([['近万元', 10_000, '元', 'nearly'], ['上亿元', 100_000_000, '元', 'over']]);
  });

  it('reads no range in a telephone number: 0736-8812345, 010-12345678', () => {
    for (const text of ['咨询电话0736-8812345', '咨询电话010-12345678']) {
      const found = scanQuantities(text);
      expect(found.map((q) => text.slice(q.start, q.end)), text).toEqual(text.slice(4).split('-'));
      expect(found.map((q) => q.upper), text).toEqual([null, null]);
    }
  });

  it('reads no number in N个', () => {
    expect(scanQuantities('打造N个“黄葛树下好商量”站')).toEqual([]);
  });

  it('passes over numeral runs the caller says to skip (a place name)', () => {
    const text = '九龙坡区政协开展协商9场';
    expect(quantities(text)[0]![0]).toBe('九');
    expect(scanQuantities(text, (start) => start === 0).map((q) => text.slice(q.start, q.end))).toEqual(['9场']);
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['二百', 200],
    ['廿八', 28],
    ['十', 10],
    ['十五', 15],
    ['三十', 30],
    ['两千', 2_000],
    ['一千零五', 1_005],
    ['三万五千', 35_000],
    ['一亿二千万', 120_000_000],
    ['万', 10_000],
    ['二〇二二', 2_022],
    ['六', 6],
  ])('%s = %d', (run, value) => {
    expect(parseChineseNumber(run)).toBe(value);
  });

  it('reads nothing from an empty run', () => {
    expect(parseChineseNumber('')).toBeNull();
  });
});

describe('a line the PDF spaced out letter by letter, digits too', () => {
  it('reads 1 2 0 余 人 次 as 120余人次 and 3 5 条 as 35条, where a space between figures elsewhere stays', async () => {
    const source = ['各区政协工作简讯', '', '海 曙 区 政 协 今 年 组 织 委 员 视 察 1 2 0 余 人 次 ， 收 集 建 议 3 5 条 。', '', '江北区政协今年走访企业 12 家，解决问题 30 个。'].join('\n');
    const report = await extract(source);
    expect(report.metrics.map((m) => [m.district, m.value, m.unit])).toEqual([
      ['海曙区', 120, '人次'],
      ['海曙区', 35, '条'],
      ['江北区', 12, '家'],
      ['江北区', 30, '个'],
    ]);
  });
});

describe('a spaced-out line\'s decimal point', () => {
  it('reads 1 . 5 万 余 户 as 1.5万余户, 9 6 . 8 % as 96.8% and 3 . 2 亿 元 as 3.2亿元', async () => {
    const source = ['伊犁州政协工作综述', '', '伊宁市政协主席王明介绍，市政协组织委', '', '员 开 展 活 动 ， 走 访 群 众 1 . 5 万 余 户 ，', '', '满 意 率 达 9 6 . 8 % ， 落 实 资 金 3 . 2 亿 元 。'].join('\n');
    const report = await extract(source);
    expect(report.metrics.map((m) => [m.value, m.unit])).toEqual([
      [15_000, '户'],
      [96.8, '%'],
      [320_000_000, '元'],
    ]);
    expect(report.numbers.filter((n) => n.kind !== 'metric')).toEqual([]);
  });
});

describe('a table\'s unit caption, through the pipeline', () => {
  it('gives no amount for 单位：万元, over the table or in a sentence', async () => {
    const source = ['# 各区县政协履职数据', '', '东湖区政协开展协商活动12场。', '', '单位：万元', '', '| 区县 | 协商活动（场） | 资金/万元 |', '| --- | --- | --- |', '| 东湖区 | 12 | 120 |', '', '西湖区政协落实资金80万元（单位：亿元）。'].join('\n');
    const report = await extract(source, { path: 'caption.md' });
    expect(report.numbers.filter((n) => /^[万亿]元$/.test(n.raw))).toEqual([]);
    // The column's unit (资金/万元) goes to its cell; no figure comes from the unit words themselves.
    expect(report.metrics.filter((m) => m.unit === '元').map((m) => [m.raw, m.value])).toEqual([
      ['120万元', 1_200_000],
      ['80万元', 800_000],
    ]);
  });
});

describe('spaced forms of the e-paper paste, through the pipeline', () => {
  const source = ePaper([
    '各区政协交流基层协商经验',
    '□ 本报记者 林晓',
    '8 月 5 日，厦门市政协委员履职交流会在市政',
    '协会议中心举行。各区政协主席交流了经验。',
    '思明区政协主席陈志明介绍，该区政协推动老',
    '旧小区改造，节省政府投资逾 6000 余万元，',
    '直接服务群众近 500 人次，筹集资金 6000 余',
    '万元，群众满意率达 98% 左右。',
  ]);

  it.each([
    // [raw, value, unit, qualifier, line, column of the first source character]
    ['逾6000余万元', 60_000_000, '元', 'over', 11, 13],
    ['近500人次', 500, '人次', 'nearly', 13, 7],
    ['6000余万元', 60_000_000, '元', 'over', 13, 21],
    ['98%左右', 98, '%', 'about', 15, 11],
  ])('%s is %d %s (%s) at line %d, column %d', async (raw, value, unit, qualifier, line, column) => {
    const report = await extract(source);
    const metric = report.metrics.find((m) => m.raw.replace(/\s+/g, '') === raw);
    expect(metric).toMatchObject({ district: '思明区', value, unit, qualifier, line, column });
    const sourceLine = source.split('\n')[line - 1]!;
    expect([...sourceLine][column - 1]).toBe(raw[0]);
  });
});
