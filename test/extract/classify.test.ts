/**
 * classify(): is a numeral a metric? Dates (7月22日, 每年10月, 2022年以来), ordinals and edition
 * numbers (第4期, 六届, 第二年), numbers inside the name of a slogan or programme (“五千行动”,
 * “三化”, “一会三室（站）”, “15分钟协商服务圈”), formulaic enumerations (三大职能, 四个“双百行动”,
 * 一批), ranks in titles (二级巡视员) and 二字 are not; a count with a unit (考察调研230余次) is.
 * Checked on real sentences, then on every case of the gold file for the reference report.
 */
import { describe, expect, it } from 'vitest';
import { classify, type Classification } from '../../src/extract/classify.js';
import { insideNumberWord } from '../../src/extract/lexicon.js';
import { scanQuantities, type Quantity } from '../../src/extract/numerals.js';
import { quoteIndex } from '../../src/extract/quotes.js';
import { GOLD, occurrences, referenceDocument, squash } from '../helpers/reference.js';

/** Every quantity of `text` with its classification, words like 一线 and 统一 passed over as the pipeline does. */
function classified(text: string): { quantity: Quantity; raw: string; result: Classification }[] {
  const quotes = quoteIndex(text);
  return scanQuantities(text, (start, end) => insideNumberWord(text, start, end)).map((quantity) => ({
    quantity,
    raw: text.slice(quantity.start, quantity.end),
    result: classify(text, quantity, quotes),
  }));
}

/** The classification of the quantity whose numeral starts where `numeral` first occurs in `text`. */
function classifyAt(text: string, numeral: string): Classification {
  const at = text.indexOf(numeral);
  const found = classified(text).find(({ quantity }) => quantity.numeralStart === at);
  if (!found) throw new Error(`no quantity at ${numeral} in ${text}`);
  return found.result;
}

const LEAD = '7月22日至25日，六届市政协委员专题学习研讨班（第4期）在中共石柱土家族自治县委党校（初心学院）举行。';
const QIANJIANG = '该区政协探索建立重点课题生成机制，在每年10月开始谋划第二年的重点协商、通报、视察、调研课题';
const FENGJIE = '奉节县政协持续迭代升级“百名委员巡百河、百名委员进百村、百名委员访百企、百名委员入百户”四个“双百行动”。';

describe('classify', () => {
  it.each([
    // [sentence, numeral, kind, what the reason must mention]
    [LEAD, '7月', 'date', /date/],
    [LEAD, '22日', 'date', /date/],
    [LEAD, '25日', 'date', /date/],
    [QIANJIANG, '10月', 'date', /date/],
    ['2022年以来，该区政协对照年度工作要点、协商监督计划', '2022', 'date', /2022年以来/],
    [LEAD, '六届', 'ordinal', /六届/],
    [LEAD, '4期', 'ordinal', /第4/],
    [QIANJIANG, '二年', 'ordinal', /第二/],
    ['谋划实施百名政协委员助千企、引千商、促千项、联千户、献千策“五千行动”，凝聚委员力量', '五千', 'slogan', /“五千行动”/],
    ['形成“三化”（法治化、市场化、智能化）“三自”（自建、自管、自享）促“三变”', '三化', 'slogan', /“三化”/],
    ['在镇村规范建立“协商工作例会、政协工作室、委员会客室和村居委员服务站”的“一会三室（站）”协商议事平台体系', '一会', 'slogan', /“一会三室（站）”/],
    ['在镇村规范建立“协商工作例会、政协工作室、委员会客室和村居委员服务站”的“一会三室（站）”协商议事平台体系', '三室', 'slogan', /“一会三室（站）”/],
    ['该区政协在梁平33个乡镇（街道）建立委员服务站，建成“15分钟协商服务圈”，创新', '15', 'slogan', /“15分钟协商服务圈”/],
    [FENGJIE, '四个', 'enumeration', /./],
    ['参政议政是人民政协的三大职能之一，科学选题是人民政协有效参政议政的前提。', '三大', 'enumeration', /三大/],
    ['将委员沉在一线、平台融入社区，协商推动一批热点、痛点、敏感点问题得到解决。', '一批', 'enumeration', /批/],
    ['发布时间：2025-06-12 10:30', '06', 'date', /2025-06-12/],
    ['发布时间：2025-06-12 10:30', '10', 'date', /10:30/],
    ['活动时间为2025/6/1，共开展协商12场', '6/1', 'date', /2025\/6\/1/],
    ['截至2024.12.31，累计办结提案300件', '31', 'date', /2024\.12\.31/],
    ['1.江北区政协全年开展协商活动58场次。2.沙坪坝区政协开展调研26次。', '2.', 'ordinal', /list item/],
    ['一、2024年工作回顾', '一、', 'ordinal', /list item/],
    // How many sides of a matter are spoken of, in digits or characters, is no work done.
    ['区政协党组围绕学习贯彻全会精神，开展3个方面的专题学习', '3个', 'enumeration', /aspects \(3个方面\)/],
    ['委员们从三个层面提出意见建议', '三个', 'enumeration', /aspects \(三个层面\)/],
    ['从经济、民生、生态4个维度开展民主评议', '4个', 'enumeration', /aspects \(4个维度\)/],
    ['围绕产业发展等10余个方面建言献策', '10', 'enumeration', /aspects \(10余个方面\)/],
    // A year stands alone; a tally or a count in a measure word no unit list holds is none.
    ['2023，区政协开展协商活动12场', '2023', 'date', /^a year$/],
    ['2023—2025，全区推进委员工作室建设', '2023', 'date', /^a year$/],
    ['为残疾人捐赠轮椅2000把', '2000', 'other', /no counting unit/],
    ['带动村民增收2000余', '2000', 'other', /no counting unit/],
    // A project's phase, in characters, before or after the project.
    ['县政协推动朱子文化园二期建设', '二期', 'ordinal', /^a phase of a project \(二期\)$/],
    ['协调三期工程用地', '三期', 'ordinal', /^a phase of a project \(三期\)$/],
    ['推动产业园项目一期投产', '一期', 'ordinal', /^a phase of a project \(一期\)$/],
    ['咨询电话：0736-8812345', '0736', 'other', /^a telephone number$/],
    ['咨询电话：0736-8812345', '8812345', 'other', /^a telephone number$/],
    ['开通服务热线0791-86661234个', '86661234', 'other', /^a telephone number$/],
    ['委员参与12345热线“接诉即办”', '12345', 'other', /^a telephone number$/],
    ['推动议事厅与12345政务服务便民热线联动', '12345', 'other', /^a telephone number$/],
    ['查询热线：2873 8288', '8288', 'other', /^a telephone number$/],
    ['联系人手机13812345678', '13812345678', 'other', /^a telephone number$/],
    ['委员工作室每周二、周四开放', '二', 'date', /^a weekday \(周二\)$/],
    ['委员工作室每周二、周四开放', '四', 'date', /^a weekday \(周四\)$/],
    ['周一至周五接待群众来访', '一', 'date', /^a weekday \(周一\)$/],
    ['周一至周五接待群众来访', '五', 'date', /^a weekday \(周五\)$/],
    ['每逢礼拜三开展委员接待', '三', 'date', /^a weekday \(礼拜三\)$/],
    ['星期四下午召开协商会', '四', 'date', /^a weekday \(星期四\)$/],
  ])('%s: %s is %s', (text, numeral, kind, reason) => {
    const result = classifyAt(text, numeral);
    expect(result.kind).toBe(kind);
    expect(result.reason).toMatch(reason);
  });

  it.each([
    ['酉阳土家族苗族自治县政协二级巡视员石志明介绍，该县政协建立健全', '二级'],
    ['要聚焦协商主责，将工作重心牢牢锚定在“协商”二字上，把主要精力放在搭建平台', '二字'],
    ['谋划实施百名政协委员助千企、引千商、促千项、联千户、献千策“五千行动”', '千企'],
  ])('%s: %s is not a metric', (text, numeral) => {
    // The kind of a rank (二级) or of 二字 is 'other' in the code; the design only says “not a metric”.
    const result = classifyAt(text, numeral);
    expect(result.kind).not.toBe('metric');
    expect(result.reason).not.toBe('');
  });

  it.each([
    ['组织各党派团体和社会各界人士有序有效开展考察调研230余次', '230'],
    ['该区政协建成委员之家区级综合履职平台、委员工作室9个，“渝事好商量”平台26个', '9'],
    ['该区政协建成委员之家区级综合履职平台、委员工作室9个，“渝事好商量”平台26个', '26'],
    ['将该区360名政协委员全员编入平台，常态开展政策宣传', '360'],
    ['开展协商和“六送”活动132场次，协调解决路灯安装、产业发展等各类问题114个', '132'],
    ['实现基层协商“零盲区”，群众诉求响应速度提升60%。', '60'],
    ['并成功推广到该区43个老旧小区，节省政府投资逾6000余万元，惠及群众上万人。', '万人'],
    ['截至2024.12.31，累计办结提案300件', '300'],
    // A yearly total is the district's, and a tally counted person by person is a total too.
    ['该区政协每年开展活动100余场，覆盖全区30个镇街', '100'],
    ['确保每名委员全年参加履职活动不少于4次，全年累计开展活动120场', '120'],
    ['为每位委员建立履职档案300余份', '300'],
    // Places covered are counted, whatever their kind.
    ['委员工作室覆盖全区12个领域', '12'],
    ['将全县划分为5个片区开展协商', '5'],
    // Things built, handed out or raised, in their measure words.
    ['推动建成社区冰场13块', '13'],
    ['捐赠大米2000公斤，新建储水设施2000立方米', '2000'],
    ['安装路灯120盏，发放鸡苗1.5万只', '120'],
    ['建成屋顶光伏500千瓦', '500'],
    // Sessions, in figures or with 两, and three times a week, not a phase or a weekday.
    ['举办委员培训班3期', '3'],
    ['举办两期建设工程培训班', '两期'],
    ['委员工作室每周三次接待群众', '三'],
    // After 各, 每 or a count, 均 means "all": no average.
    ['全县120个村均建成协商议事室，各村均有委员联系点3个', '3'],
    ['每月均召开协商会1次，全年共12次', '1'],
  ])('%s: %s is a metric', (text, numeral) => {
    expect(classifyAt(text, numeral)).toEqual({ kind: 'metric', reason: expect.any(String) });
  });

  it.each([
    ['该区政协建立委员履职积分制度，要求每名委员每年至少撰写1件提案', '1', '每名…1件'],
    ['委员工作室实行委员轮流值班，每人每月2次，接待群众来访', '2', '每人…2次'],
    ['确保每一位委员全年参加履职活动不少于4次', '4', '每一位…不少于4次'],
  ])('%s: %s is a rate for one person, not a total', (text, numeral, shown) => {
    expect(classifyAt(text, numeral)).toEqual({ kind: 'other', reason: `a rate for each person (${shown})` });
  });

  it.each([
    ['开展“书香政协”读书活动，全年委员人均读书5本以上', '5', 'a per-person average (人均…5本以上)'],
    ['委员人均撰写提案2件，立案率达90%', '2', 'a per-person average (人均…2件)'],
    ['组织委员人均走访群众30户，收集意见建议', '30', 'a per-person average (人均…30户)'],
    // Income is an average too, a tally (余) as well: the people reached are the total.
    ['发展特色产业带动群众1200人就业，人均增收2000余元', '2000', 'a per-person average (人均…2000余元)'],
    ['帮助脱贫户人均收入达2.3万元', '2.3', 'a per-person average (人均…2.3万元)'],
    ['带动农户户均增收3000元', '3000', 'a per-household average (户均…3000元)'],
    ['推广脱毒种薯2.2万亩，亩均增收400元', '400', 'a per-mu average (亩均…400元)'],
    ['全县村均集体经济收入达12万元', '12', 'a per-village average (村均…12万元)'],
    ['开展“板凳会”宣讲120场，场均参与群众80余人', '80', 'a per-event average (场均…80余人)'],
    ['平均每名委员提交提案3件', '3', 'an average (平均…3件)'],
    ['委员工作室日均接待群众50人次', '50', 'a daily average (日均…50人次)'],
  ])('%s: %s is an average, not a total', (text, numeral, reason) => {
    expect(classifyAt(text, numeral)).toEqual({ kind: 'other', reason });
  });
});

describe('classify on the reference report, against the gold file', () => {
  const document = referenceDocument();
  const all = document.blocks.flatMap((block) => classified(block.text.text).map((found) => ({ ...found, block })));

  it.each(GOLD.notMetrics.map((phrase) => [phrase]))('%s holds no metric', (phrase) => {
    // “一名主席会议成员联系+一个专委会服务……”: the gold file elides the rest of the name;
    // “三化”“三自”“三变” lists three names that stand apart in the text.
    for (const part of squash(phrase.split('……')[0]!).split(/(?<=”)(?=“)/)) {
      const hits = occurrences(document, part);
      expect(hits.length, part).toBeGreaterThan(0);
      for (const { text, start } of hits) {
        const end = start + part.length;
        for (const { quantity, raw, result } of classified(text)) {
          if (quantity.start < end && quantity.end > start) expect({ raw, kind: result.kind }).not.toEqual({ raw, kind: 'metric' });
        }
      }
    }
  });

  it.each(GOLD.metrics.map((metric) => [metric.surface, metric]))('%s is a metric', (_surface, metric) => {
    const [hit, ...more] = occurrences(document, squash(metric.surface));
    expect(hit).toBeDefined();
    expect(more).toEqual([]);
    const end = hit!.start + squash(metric.surface).length;
    const inside = classified(hit!.text).filter(({ quantity }) => quantity.start >= hit!.start && quantity.end <= end);
    const counted = inside.filter(({ quantity }) => quantity.value === metric.value && quantity.unit === metric.unit);
    expect(counted.map(({ result }) => result.kind)).toEqual(['metric']);
  });

  it('finds no metric beyond the gold metrics and the optional ones', () => {
    const known = [...GOLD.metrics, ...GOLD.optional].map((metric) => `${metric.value} ${metric.unit}`);
    const extra = all
      .filter(({ result }) => result.kind === 'metric')
      .map(({ quantity, raw }) => ({ raw, key: `${quantity.value} ${quantity.unit}` }))
      .filter(({ key }) => !known.includes(key) && !known.includes(`${key.split(' ')[0]} *`));
    expect(extra).toEqual([]);
  });

  it('gives every numeral of the report a reason', () => {
    for (const { result } of all) expect(result.reason.length).toBeGreaterThan(0);
  });
});
