/**
 * What a metric counts and when: its subject (考察调研, 服务群众, 委员工作室), its category, and the
 * period it covers (2022年以来, 每年, 今年以来, 累计).
 *
 * Chinese puts the counted thing before the number (考察调研 230 余次) or after the classifier
 * (33 个乡镇); the head noun comes last, so the category is decided by the keyword that ends latest
 * in the object of the subject's verb (捐赠电脑: the 电脑, not who gives it).
 */
import type { Category } from '../model/report.js';
import { clauseStart, codeUnitTable, sentenceStart } from '../read/chars.js';
import { lowerBound } from '../model/sorted.js';
import type { Quantity } from './numerals.js';

/** How far back a clause or sentence is read; text without stops must not make this quadratic. */
const LOOKBACK = 200;
const CLAUSE_BREAK = codeUnitTable('，。；：、！？,;:!?（）()【】\n');
/** What a phrase after the count stops at besides a clause break: the next figure, a quote. */
const PHRASE_STOP = codeUnitTable('0123456789０１２３４５６７８９“”');
/** Light verbs and adverbs that open a clause and are not part of what is counted. */
/** …and not where the verb is the start of a noun: 参与率, 参与度. */
const LEAD_IN = /^.*(?:累计|共计|总计|先后|直接|有序有效|开展了?|组织了?|举办了?|召开了?|形成了?|报送了?|提交了?|建成了?|建立了?|打造了?|推动|新增|新建|设立了?|完成了?|收集了?|收到|接收|参与)(?=[\u4e00-\u9fff“\dA-Za-z])(?![率度面])/;
/** The committee that acts (新昌县政协投入资金) is not what is counted; its members (政协委员) are. */
const COMMITTEE_FIRST = /^[\u4e00-\u9fff]{0,12}?(?:区|县|市|旗)政协(?!委员)(?=[\u4e00-\u9fff])/;
/**
 * Verbs that end a noun phrase after the classifier (33 个乡镇建立…, 13个街道推行…): only verbs that
 * are no part of a noun, as 推进 is of 重点推进项目 and 试行 of 试行办法.
 */
const PHRASE_END = /(?:建立|建成|设立|推行|推出|探索|搭建|构建|引入|配备|组成|结对|分别|全员|全部|全覆盖|统筹|开展|实现|形成|进行|参加|参与|编入|入驻|覆盖|提供|组建|成立|打造|推动|调研|视察|走访|考察|举办|被|共(?!同)|联系|深入|走进|下沉|赴|坚持|围绕|聚焦|积极|主动|增收|受益|致富|就业|(?<![获得到以])解决(?!方案|办法|途径|路径|思路|机制)|[吃用住喝过]上|的工作|中|里|内|上)/;

const PERSON_UNITS = new Set(['人', '名', '位', '人次', '户', '户次']);
const ACTIVITY_UNITS = new Set(['次', '场', '场次', '期', '轮', '批次', '班次', '堂', '节']);
const OUTPUT_UNITS = new Set(['篇', '份', '部', '册', '本']);

/**
 * Keyword patterns per category; the one whose match ends latest in what is counted wins. A
 * subject that ends in 解决 leaves out the 问题 it solved (协调解决98条); 逐步解决的120件 are proposals.
 */
const KEYWORDS: readonly (readonly [Category, RegExp])[] = [
  ['problems', /问题|诉求|矛盾|难题|纠纷|事项|难事|急事|实事|烦心事|心愿|困难|整改|解决$/g],
  ['outputs', /报告|提案|建议|成果|意见|信息|文章|专报|论文|批示|社情民意|案例|课题|举措|采纳|转化/g],
  ['activities', /活动|协商|调研|视察|培训|会议|讲座|座谈|宣讲|义诊|监督|考察|走访|慰问|论坛|研讨|学习/g],
  ['facilities', /室|站|厅|平台|中心|阵地|之家|基地|驿站|书屋|馆|服务点|联系点|联络点|工作点|议事点|点位|园地|窗口|小组|工作组|委员组|联络组|小院|书院|设施/g],
  ['coverage', /乡镇|街道|镇街|街镇|村|社区|小区|区县|县区|院落|院坝|企业(?!家)|学校|园区|部门|单位|机构|合作社|行业|领域|镇|乡|片区|网格|楼栋|主体|商户|农户|户(?![外籍口型])|家庭/g],
];
/** Words that only qualify the noun after them: 乡村小学, 村级委员联络点 are no villages. */
const MODIFIER = /(?:乡村|农村|城乡|[\u4e00-\u9fff]{1,2}级)(?=[\u4e00-\u9fff])/g;
/**
 * Verbs whose object is what is counted: what stands before them is who acts or for whom
 * (山区学校捐赠电脑600台, 委员走访民宿经营户420余家), and an object none of KEYWORDS names is other.
 */
const OBJECT_VERB = /捐赠|捐建|援建|新建|修建|修缮|改造|加装|安装|新增|走访|解决|引进|培育|发放|赠送|配备|购置|种植|栽种|铺设|硬化/g;

export function categorise(quantity: Quantity, subject: string | null): Category {
  const { unit } = quantity;
  if (unit === '%' || unit.endsWith('百分点')) return 'percent';
  if (unit === '元') return 'money';
  const head = subject ?? '';
  // Members are counted as persons (名, 人次), never as households: 委员结对认亲户262户 counts people.
  if (PERSON_UNITS.has(unit)) return !unit.startsWith('户') && /委员/.test(head) && !/群众|居民|村民|市民|学生|企业/.test(head) ? 'members' : 'people';
  if (ACTIVITY_UNITS.has(unit)) return 'activities';
  const { counted, afterVerb } = objectOf(head.replace(MODIFIER, ''));
  const named = latestKeyword(counted);
  if (named) return named;
  // 加装电梯17部, 改造背街小巷38条: a thing the keywords do not know is no document.
  if (afterVerb) return 'other';
  return OUTPUT_UNITS.has(unit) || unit === '件' || unit === '条' ? 'outputs' : 'other';
}

/** What a subject says is counted: the object of its last OBJECT_VERB when it has one, else all of it. */
function objectOf(subject: string): { counted: string; afterVerb: boolean } {
  let objectStart = -1;
  for (const match of subject.matchAll(OBJECT_VERB)) objectStart = match.index + match[0].length;
  // 问题已经解决或基本解决的: one character after the verb is no object.
  if (objectStart >= 0 && subject.length - objectStart >= 2) return { counted: subject.slice(objectStart), afterVerb: true };
  return { counted: subject, afterVerb: false };
}

function latestKeyword(text: string): Category | null {
  let best: Category | null = null;
  let bestEnd = -1;
  for (const [category, pattern] of KEYWORDS) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (end > bestEnd) {
        bestEnd = end;
        best = category;
      }
    }
  }
  return best;
}

/**
 * The counted thing: the noun phrase after the classifier (33 个乡镇), else the clause before
 * (考察调研 230 余次). When a verb follows the count (委员80余人次深入…), the thing counted is before
 * it, unless the clause before is only a light verb (开展 4 次联系服务群众活动). `quantities` are
 * all of the text's, in order, as scanQuantities gives them.
 */
export function subjectOf(text: string, quantity: Quantity, quantities: readonly Quantity[]): string | null {
  const after = phraseAfter(text, quantity.end);
  if (after && !after.verbFirst) return after.phrase;
  const before = clauseBefore(text, quantity, quantities);
  if (before && !LIGHT_VERB_END.test(before)) return before;
  return after?.phrase ?? before;
}

const LEADING_PREPOSITION = /^(?:(?:为|给|替)(?:困难)?(?:群众|居民|村民|市民|学生|企业|职工|老人|儿童|患者)(?=[\u4e00-\u9fff])|了|的|将|把|在(?!线|岗)|为(?!民)|对(?!口|接|标)|向|与(?!会)|和(?!谐))/;
/** Single characters of the levels of government: 省、市采用, 区、镇、村三级. */
const LEVEL = codeUnitTable('国省市州县区旗乡镇村');
const ENUMERATION_COMMA = 0x3001;
/** A figure glued to a letter is part of a name: 5G, 4K. */
const LATIN_LETTER = /[A-Za-z]/;

/** A clause that ends in one of these leaves its object after the count. */
const LIGHT_VERB_END = /(?:开展|组织|举办|召开|进行|完成|实施|提供)了?$/;

function clauseBefore(text: string, quantity: Quantity, quantities: readonly Quantity[]): string | null {
  // 委员之家（委员工作室）32个: the aside in brackets right before the count is not the clause's end.
  const aside = /[（(][^（()）]{1,12}[)）]$/.exec(text.slice(Math.max(0, quantity.start - 14), quantity.start));
  const end = aside ? quantity.start - aside[0].length : quantity.start;
  const floor = Math.max(0, end - LOOKBACK);
  const start = listStart(text, clauseStart(text, end, CLAUSE_BREAK, floor), end, floor);
  // 在10个街道建立委员工作站10个: what the second number counts starts after the first, with all
  // of its unit (服务群众300人次解决问题20个: not 次解决问题).
  const earlier = earlierInClause(text, quantities, quantity, start, end);
  let clause = text.slice(earlier ? itemAfter(text, earlier.end) : start, end);
  clause = clause.replace(LEAD_IN, '').replace(COMMITTEE_FIRST, '').replace(/^其中/, '');
  const afterDeng = clause.lastIndexOf('等');
  // 各类问题 after 等 names the thing; a bare 活动 does not, so the list stays.
  if (afterDeng >= 0 && clause.length - afterDeng > 3) clause = clause.slice(afterDeng + 1);
  // 今年以来搭建…平台: the period is not part of what is counted (it is the metric's `period`).
  // A preposition opens the clause (对群众…), unless it opens a word (对口, 为民, 在线); those served
  // are not the service (为群众测血压、血糖).
  clause = clause.replace(LEADING_PERIOD, '').replace(LEADING_PREPOSITION, '');
  // 参与率达95%: the verb that gives the figure is not what is measured.
  clause = clause.replace(/(?:达到?|已达|为|超过?|提高到|提升至|增至|升至)$/, '');
  if (clause.length > 14) clause = clause.slice(-14);
  return clause.length >= 2 ? clause : null;
}

/**
 * Where a list that ends at `end` starts: 测血压、血糖3000余人次 counts both, and 被省、市采用 is one
 * agent. A 、 closes the subject only before an item that is a phrase of its own
 * (委员之家区级综合履职平台、委员工作室9个 counts the 委员工作室).
 */
function listStart(text: string, start: number, end: number, floor: number): number {
  let itemStart = start;
  let itemEnd = end;
  while (itemStart > floor && text.charCodeAt(itemStart - 1) === ENUMERATION_COMMA) {
    if (!joinsLevels(text, itemStart - 1) && itemEnd - itemStart > 2) break;
    itemEnd = itemStart - 1;
    itemStart = clauseStart(text, itemEnd, CLAUSE_BREAK, floor);
  }
  return itemStart;
}

/** 委员之家12个、驿站8个: what the second count counts starts after the 、 that follows the first. */
function itemAfter(text: string, index: number): number {
  return text.charCodeAt(index) === ENUMERATION_COMMA ? index + 1 : index;
}

/** Whether the 、 at `index` joins two levels of government (省、市), which are one word's parts. */
function joinsLevels(text: string, index: number): boolean {
  return text.charCodeAt(index) === ENUMERATION_COMMA && LEVEL[text.charCodeAt(index - 1)] === 1 && LEVEL[text.charCodeAt(index + 1)] === 1;
}

/** The last quantity in digits between `from` and `to` before `quantity`, found by position, not by reading the clause again. */
function earlierInClause(text: string, quantities: readonly Quantity[], quantity: Quantity, from: number, to: number): Quantity | undefined {
  for (let i = lowerBound(quantities.length, quantity.start, (index) => quantities[index]!.start) - 1; i >= 0 && quantities[i]!.start >= from; i--) {
    const found = quantities[i]!;
    if (found.script === 'arabic' && found.end <= to && !LATIN_LETTER.test(text[found.end] ?? '')) return found;
  }
  return undefined;
}

function phraseAfter(text: string, end: number): { phrase: string; verbFirst: boolean } | null {
  let stop = end;
  while (stop < text.length && stop - end < 20 && (CLAUSE_BREAK[text.charCodeAt(stop)] !== 1 || joinsLevels(text, stop)) && PHRASE_STOP[text.charCodeAt(stop)] !== 1) stop++;
  let phrase = text.slice(end, stop);
  const verbFirst = PHRASE_END.exec(phrase)?.index === 0;
  // The noun phrase ends at the first verb after its first character.
  const verb = PHRASE_END.exec(phrase.slice(1));
  if (verb) phrase = phrase.slice(0, verb.index + 1);
  const de = phrase.lastIndexOf('的');
  if (de >= 0) phrase = phrase.slice(de + 1);
  return phrase.length >= 1 && /[\u4e00-\u9fff]/.test(phrase[0]!) ? { phrase, verbFirst } : null;
}

const PERIOD = /(?:今年|去年|\d{4}年)?(?:\d{1,2}(?:至|到|—|-)\d{1,2}月(?:份)?|(?:第|前)?[一二三四]季度|全年|上半年|下半年)|(?:近)?[一二两三四五六七八九十\d]{1,2}年来|\d{4}年(?=[，,])|(?:[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次(?:全体)?会议|[一二三四五六七八九十\d]+届|\d{4}年|[今去前]年|近年|近\d+年|近[一二两三四五六七八九十]+年|本届|换届|履职|\d{4}年[^，。；]{0,6}|[“「]?十[一二三四五六]五[”」]?(?:时期)?|(?:党的)?(?:十[一二三四五六七八九]|二十)大)以来|今年以来|去年以来|近年来|截至(?:目前|(?:今年|去年|\d{4}年)(?:\d{1,2}月)?(?:底|末)?|\d{1,2}月(?:底|末|\d{1,2}日)?)|每年|每月|每季度|每季|每周|每半年|年内|今年|去年|近[一二两三四五\d]年|累计|共计|总计/g;
const LEADING_PERIOD = new RegExp(`^(?:${PERIOD.source})，?`);
/** Cumulative words say "so far", weaker than a dated period. */
const CUMULATIVE = new Set(['累计', '共计', '总计']);
/** What comes before the year a figure is compared with: 较去年, 比去年, 与去年. */
const COMPARISON_MARK = new Set(['较', '比', '与']);

/** The nearest period expression before the quantity in the same sentence; a dated one beats 累计. */
export function periodOf(text: string, quantity: Quantity): string | null {
  const sentence = text.slice(sentenceStart(text, quantity.start, LOOKBACK), quantity.start);
  let dated: string | null = null;
  let cumulative: string | null = null;
  for (const match of sentence.matchAll(PERIOD)) {
    if (comparedWith(sentence, match.index, match.index + match[0].length)) continue;
    if (CUMULATIVE.has(match[0])) cumulative = match[0];
    else dated = match[0];
  }
  return dated ?? cumulative;
}

/** 较去年同期提高, 去年同期为: the year a figure is compared with is not the year it covers. */
function comparedWith(sentence: string, start: number, end: number): boolean {
  return COMPARISON_MARK.has(sentence[start - 1] ?? '') || sentence.startsWith('同期', end);
}
