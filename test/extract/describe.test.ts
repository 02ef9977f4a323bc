/**
 * categorise(), subjectOf() and periodOf(): what a metric counts (its subject and category) and
 * the period it covers. Checked on every metric of the gold file for the reference report, on the
 * periods the issue names (2022年以来, 每年, 去年以来 — which wins over a nearer 累计 —, 今年以来)
 * and on composed sentences for the categories the reference lacks.
 */
import { describe, expect, it } from 'vitest';
import { categorise, periodOf, subjectOf } from '../../src/extract/describe.js';
import { scanQuantities, type Quantity } from '../../src/extract/numerals.js';
import { GOLD, referenceParagraph, squash } from '../helpers/reference.js';

/** The quantity in `text` whose expression starts with `raw`, searched from `from`. */
function quantityAt(text: string, raw: string, from = 0): Quantity {
  const at = text.indexOf(raw, from);
  const found = scanQuantities(text).find((quantity) => quantity.start === at);
  if (!found) throw new Error(`no quantity ${raw} in ${text}`);
  return found;
}

function describeAt(text: string, raw: string) {
  const quantity = quantityAt(text, raw);
  const subject = subjectOf(text, quantity, scanQuantities(text));
  return { subject, category: categorise(quantity, subject), period: periodOf(text, quantity) };
}

const CUMULATIVE = ['累计', '共计', '总计'];

describe('category and period of every gold metric of the reference report', () => {
  it.each(GOLD.metrics.map((metric) => [metric.surface, metric]))('%s', (surface, metric) => {
    const { text, start } = referenceParagraph(surface);
    const quantity = scanQuantities(text).find((q) => q.start >= start && q.end <= start + squash(surface).length && q.value === metric.value && q.unit === metric.unit);
    expect(quantity).toBeDefined();
    const subject = subjectOf(text, quantity!, scanQuantities(text));
    expect([metric.category, ...(metric.acceptCategories ?? [])]).toContain(categorise(quantity!, subject));
    const period = periodOf(text, quantity!);
    if (metric.period) expect(period).toBe(metric.period);
    // The gold gives no period for 累计推动解决问题 200 余个; whether a bare 累计 is a period is open
    // (describe.ts counts it as a weak one), so only a dated period would be wrong here.
    else expect(period === null || CUMULATIVE.includes(period)).toBe(true);
  });
});

describe('categorise', () => {
  it.each([
    ['并成功推广到该区43个老旧小区，节省政府投资逾6000余万元', '43个', 'coverage'],
    ['该区政协在梁平33个乡镇（街道）建立委员服务站', '33个', 'coverage'],
    ['依托15个镇街统筹开展委员履职“服务为民”活动', '15个', 'coverage'],
    ['组织委员深入走访企业120家次，帮助解决融资难题', '120家次', 'coverage'],
    ['该区政协建成委员之家区级综合履职平台、委员工作室9个', '9个', 'facilities'],
    ['打造1个区级协商议政厅，在8个街镇联络组分别设立协商议政室', '1个', 'facilities'],
    ['累计推动解决问题200余个', '200余个', 'problems'],
    ['协调解决路灯安装、产业发展等各类问题114个', '114个', 'problems'],
    ['形成资政报告30余篇，为推动建设现代化新重庆永川篇章作出积极贡献', '30余篇', 'outputs'],
    ['报送协商成果120个', '120个', 'outputs'],
    ['将该区360名政协委员全员编入平台', '360名', 'members'],
    ['去年以来开展高考志愿咨询服务等活动80余场，累计服务群众1500余人次', '1500余人次', 'people'],
    ['开展考察调研230余次', '230余次', 'activities'],
    ['节省政府投资逾6000余万元', '逾6000余万元', 'money'],
    ['筹集资金二百余万元，用于委员联络站建设', '二百余万元', 'money'],
    ['群众诉求响应速度提升60%', '60%', 'percent'],
    ['群众满意率达百分之九十五', '百分之九十五', 'percent'],
    // A verb that leaves out what it solved counts problems.
    ['永康市政协走访规上企业86家，收集企业诉求120余条，协调解决98条。', '98条', 'problems'],
    // What a verb builds, donates or visits is counted, not who acts or for whom; a thing no keyword
    // names is other, whatever its classifier (条, 部) usually counts.
    ['武陵区政协推动改造背街小巷38条、加装电梯17部。', '38条', 'other'],
    ['武陵区政协推动改造背街小巷38条、加装电梯17部。', '17部', 'other'],
    ['平武县政协援建乡村小学4所。', '4所', 'other'],
    ['高明区政协为山区学校捐赠电脑600台。', '600台', 'other'],
    ['委员企业家捐赠农用无人机20台。', '20台', 'other'],
    ['阳朔县政协组织委员走访民宿经营户420余家。', '420余家', 'coverage'],
    ['委员们走访养老机构和托育机构58家。', '58家', 'coverage'],
    // 乡村, 村级 qualify the noun after them.
    ['推动建成乡村民宿42家、村级委员联络点156个。', '42家', 'other'],
    ['推动建成乡村民宿42家、村级委员联络点156个。', '156个', 'facilities'],
    ['发动委员捐资修建乡村道路21.5公里。', '21.5公里', 'other'],
    ['徐闻县政协建议新建冷链仓储设施6000平方米。', '6000平方米', 'facilities'],
    ['三元区政协建成协商小院11个，设立委员联络组23个。', '11个', 'facilities'],
    ['三元区政协建成协商小院11个，设立委员联络组23个。', '23个', 'facilities'],
    // A proposal's outcome (逐步解决的) is no problem counted: the proposals are.
    ['列入计划逐步解决的120件。', '120件', 'outputs'],
  ])('%s: %s is %s', (text, raw, category) => {
    expect(describeAt(text, raw).category).toBe(category);
  });
});

describe('subjectOf', () => {
  it.each([
    ['组织各党派团体和社会各界人士有序有效开展考察调研230余次', '230余次', ['考察调研']],
    ['去年以来开展高考志愿咨询服务等活动80余场，累计服务群众1500余人次', '1500余人次', ['服务群众']],
    ['该区政协建成委员之家区级综合履职平台、委员工作室9个', '9个', ['委员工作室']],
    ['并成功推广到该区43个老旧小区，节省政府投资', '43个', ['老旧小区']],
    ['将该区360名政协委员全员编入平台', '360名', ['政协委员']],
    // The gold calls it 解决问题; 推动 is a light verb the subject may keep or drop.
    ['广泛收集社会不同群体的愿望和诉求，累计推动解决问题200余个。', '200余个', ['解决问题', '推动解决问题']],
    // A verb after the count: the thing counted is before it…
    ['组织委员80余人次深入10个乡镇实地走访', '80余人次', ['委员']],
    // …unless the clause before is only a light verb, whose object follows the count.
    ['每年开展4次以上联系服务群众活动', '4次以上', ['联系服务群众活动']],
    ['在全区10个街道建立委员工作站10个', '10个', ['街道']],
    // The period before a long clause is the metric's period, not part of its subject.
    ['开州区政协坚持协商为民，今年以来搭建“开州好商量”议事平台186个', '186个', ['搭建“开州好商量”议事平台']],
    // The committee that spends the money is not what is counted.
    ['他表示，新昌县政协投入资金500万元，用于建设委员履职平台', '500万元', ['投入资金']],
    ['推进15个重点建设项目', '15个', ['重点建设项目']],
    ['出台30条支持政策', '30条', ['支持政策']],
    ['区政协组织政协委员360名参加培训', '360名', ['政协委员']],
    ['【城口县】县政协今年已办理提案137件。', '137件', ['已办理提案']],
    // A word that opens with a preposition keeps it: 对口, 为民.
    ['开展对口协商12次', '12次', ['对口协商']],
    ['为民办实事45件', '45件', ['为民办实事']],
    // What a rate measures, without the verb that gives it, and not cut after 参与.
    ['委员参与率达95%', '95%', ['委员参与率']],
    ['8个街道全覆盖', '8个', ['街道']],
    ['带动农户1200户增收', '1200户', ['带动农户', '农户']],
    ['全市13个区县政协坚持围绕中心', '13个', ['区县政协']],
    ['2024年全县接待游客120万人次', '120万人次', ['全县接待游客', '接待游客']],
    ['提出建议36条，其中18条被采纳', '18条', ['被采纳', '采纳建议']],
    // An earlier count in the clause goes with all of its unit, 人次 and 场次 as 个.
    ['服务群众300人次解决问题20个', '20个', ['解决问题']],
    ['开展调研视察30场次提出意见建议40条', '40条', ['提出意见建议', '意见建议']],
    ['走访企业50家次帮助解决困难8件', '8件', ['帮助解决困难', '解决困难']],
    ['入户走访群众200户次办理民生实事15件', '15件', ['办理民生实事', '民生实事']],
    // The noun after the count ends where a new predicate starts.
    ['在全区13个街道推行“板凳会”协商模式', '13个', ['街道']],
    ['全区12个镇街探索建立“协商驿站”议事机制', '12个', ['镇街']],
    ['在5个社区搭建“有事好商量”议事平台', '5个', ['社区']],
    // A figure glued to a letter is part of the name counted.
    ['徐闻县政协推动新增5G基站46个。', '46个', ['5G基站']],
    ['县政协协调运营商在景区新建5G基站12个。', '12个', ['5G基站']],
    // 省、市 are one agent; a list of short items is counted whole; a long item before 、 is not.
    ['鼎城区政协收集社情民意信息420条，其中被省、市采用56条。', '56条', ['被省、市采用']],
    ['形成调研报告12篇，其中3篇获省、市领导批示。', '3篇', ['获省、市领导批示']],
    ['秦州区政协为群众测血压、血糖3000余人次。', '3000余人次', ['测血压、血糖']],
    ['开展调研、视察30次。', '30次', ['调研、视察']],
    ['建成委员之家12个、驿站8个。', '8个', ['驿站']],
    ['为群众办实事80余件。', '80余件', ['办实事']],
    ['县政协协助15家企业解决用工难题。', '15家', ['企业']],
    ['带动200余户群众吃上“旅游饭”。', '200余户', ['群众']],
    // 获解决 is no new predicate.
    ['委员反映的问题约1200个已获解决。', '约1200个', ['已获解决']],
  ])('%s: %s counts %j', (text, raw, subjects) => {
    expect(subjects).toContain(describeAt(text, raw).subject);
  });

  it.each([
    // [text, raw, subject, category]
    ['县政协组建了由40名委员组成的调研组', '40名', '委员', 'members'],
    ['全县131名政协委员结对认亲户262户', '131名', '政协委员', 'members'],
    ['全县131名政协委员结对认亲户262户', '262户', '政协委员结对认亲户', 'people'],
    ['建成委员之家（委员工作室）32个', '32个', '委员之家', 'facilities'],
  ])('%s: %s counts %s, in %s', (text, raw, subject, category) => {
    expect(describeAt(text, raw)).toMatchObject({ subject, category });
  });
});

describe('periodOf', () => {
  const NANAN = '每年开展4次以上联系服务群众活动。去年以来开展高考志愿咨询服务等活动80余场，累计服务群众1500余人次。';
  it.each([
    ['2022年以来，该区政协对照年度工作要点、协商监督计划，组织各界人士有序有效开展考察调研230余次', '230余次', '2022年以来'],
    ['实现功能互补、全域覆盖，每年开展基层协商50余场。', '50余场', '每年'],
    [NANAN, '4次以上', '每年'],
    [NANAN, '80余场', '去年以来'],
    [NANAN, '1500余人次', '去年以来'],
    ['今年以来，渝北区政协累计开展宣传宣讲、健康义诊等便民服务活动30余次，直接服务界别群众近500人次', '近500人次', '今年以来'],
    ['该区政协建成委员之家区级综合履职平台、委员工作室9个', '9个', null],
    ['一年来，县政协开展协商活动20场。', '20场', '一年来'],
    ['五年来，共收到提案1200件。', '1200件', '五年来'],
    ['2023年，县政协召开常委会议4次。', '4次', '2023年'],
    ['十四届以来，县政协开展视察12次。', '12次', '十四届以来'],
    ['今年1至5月，开展调研8次。', '8次', '今年1至5月'],
    ['今年一季度，县政协收集社情民意信息45条。', '45条', '今年一季度'],
    ['2023年3月，县政协召开协商会，提出建议12条。', '12条', null],
    // The year compared with is not the period.
    ['遂溪县政协第一季度回访群众1.2万人次，办结率较去年同期提高6.5个百分点。', '6.5个百分点', '第一季度'],
    ['办结率比去年提高6.5个百分点。', '6.5个百分点', null],
    ['禅城区政协去年全年举办协商活动逾百场。', '逾百场', '去年全年'],
    ['今年上半年，麻章区政协开展调研20次。', '20次', '今年上半年'],
    ['截至8月底，秦州区政协共组织委员下基层4600余人次。', '4600余人次', '截至8月底'],
    ['截至2023年底，全县建成委员工作室12个。', '12个', '截至2023年底'],
    ['佛山市政协主席陈志强表示，「十四五」以来，市政协累计开展协商活动2600余场。', '2600余场', '「十四五」以来'],
    ['“十四五”以来，县政协开展专题调研19次。', '19次', '“十四五”以来'],
    ['党的二十大以来，县政协开展专题调研19次。', '19次', '党的二十大以来'],
  ])('%s: %s in %s', (text, raw, period) => {
    expect(describeAt(text, raw).period).toBe(period);
  });
});
