/**
 * The report's meta: headline, subtitle, reporter from the byline, and the event, its dates and its
 * venue from the lead paragraph (`7月22日至25日，六届市政协委员专题学习研讨班（第4期）在…举行`).
 */
import type { Document } from '../model/document.js';
import type { Meta } from '../model/report.js';
import { findPlaceNames } from '../gazetteer/index.js';
import { withoutInfoLead } from '../read/parts.js';

const DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:(?:至|到|—|-|–|~|～)(?:\d{1,2}月)?\d{1,2}日)?|(?:日前|近日|昨天|昨日|今天|今日)/;
const HELD = /(举行|召开|举办|开班|开幕|启动|进行|开展|落幕|闭幕)/;
/** What an event's name ends with: 座谈会, 研讨班（第4期）, 启动仪式, 协商活动 … */
const EVENT_NAME = /(?:会|会议|班|式|节|活动|论坛|典礼|仪式|大赛|展|讲座|讲堂|沙龙|宣讲|培训)(?:[（(][^）)]*[）)])?$/;
const DATELINE = /^(?:本报讯|[\u4e00-\u9fff]{2,8}(?:讯|电))\s*[（(]([^）)]{2,40})[）)]\s*/;
/** 【大公报讯】记者何嘉欣佛山报道：… — the reporter, then where the report was filed, before 报道. */
const REPORTED_DATELINE = /^(?:【[^】]{2,12}讯】|本报讯|[\u4e00-\u9fff]{2,8}讯)\s*(?:本报)?记者\s*([\u4e00-\u9fff·、\s]{2,20}?)\s*报道[：:]\s*/;
/** A place filed from that the gazetteer does not know (北京, 香港) is taken to have two characters, as most have. */
const FILED_FROM_LENGTH = 2;
/** A credit of the source before the names: 来源：桂林日报　记者 覃丽娟. */
const SOURCE_CREDIT = /^(?:稿件|文章|信息)?来源[:：]\s*\S+?(?=\s|(?:本报)?记者|$)\s*/;
const PERSON_NAME = /^[\u4e00-\u9fff·]{2,4}$/;
/** What a byline says a person did, after the name: 周雪 整理. */
const BYLINE_ROLE = /^(?:整理|摄影|摄|编辑|报道|采写|撰文|供稿|执笔|文图|图文)$/;
const BYLINE_PREFIX = /^[□■◇◆●○\s]*(?:[\u4e00-\u9fff]{0,8}?(?:报|社|台|网)(?:·[\u4e00-\u9fff]{2,6})?)?(?:全媒体|融媒体|首席|见习)?(?:本报记者|本报通讯员|本报讯|特约记者|记者|通讯员|文[\/／]图|图[\/／]文|文[\/／:：]|来源[:：])\s*/;

export function extractMeta(document: Document): Meta {
  const first = (kind: string) => document.blocks.find((block) => block.kind === kind)?.text.text ?? null;
  const paragraph = first('paragraph') ?? '';
  // 本报讯（记者 李某 通讯员 张某）近日，…: a dateline with the byline in brackets opens the lead.
  const dateline = DATELINE.exec(paragraph);
  const reported = dateline ? null : REPORTED_DATELINE.exec(paragraph);
  const lead = paragraph.slice((dateline ?? reported)?.[0].length ?? 0);
  const sentence = lead.split(/[。！？]/)[0] ?? '';
  const date = DATE.exec(sentence);
  const { event, venue } = eventAndVenue(sentence, date ? date.index + date[0].length : 0);
  return {
    title: first('title'),
    // ——全市…发言摘登: the dash only introduces the subtitle.
    subtitle: first('subtitle')?.replace(/^[—\-－]+\s*/, '') ?? null,
    reporter: reporterOf(first('byline')) ?? reporterOf(dateline?.[1] ?? null) ?? (reported ? reportersFiling(reported[1]!) : null),
    event,
    dates: date ? date[0] : null,
    venue,
  };
}

/** The reporters named in a byline; correspondents (通讯员) and sources are not reporters. */
function reporterOf(byline: string | null): string | null {
  if (!byline) return null;
  byline = withoutInfoLead(byline.replace(/^[（(]|[）)]$/g, ''));
  const author = /(?:作者|文)[:：/／]\s*([\u4e00-\u9fff·]{2,4}?)(?=\s|$|[|｜/【]|发布|来源|编辑|时间|日期|责任|浏览|点击|阅读|字号)/.exec(byline);
  if (author) return author[1]!;
  // 来源：宝鸡政协 credits the source, an organisation, not a reporter; names may follow it.
  byline = byline.replace(SOURCE_CREDIT, '');
  const reporters = byline.replace(BYLINE_PREFIX, '').split(/通讯员|通訊員|来源|來源/)[0]!.replace(/(?:本报|本報)?(?:记者|記者)/g, ' ');
  const names = reporters.split(/[\s、,，]+/).filter((name) => PERSON_NAME.test(name) && !BYLINE_ROLE.test(name));
  return names.length ? names.join('、') : null;
}

/** The reporters before the place filed from: 何嘉欣佛山 → 何嘉欣; 张三、李四 北京 → 张三、李四. */
function reportersFiling(namesAndPlace: string): string | null {
  const names = namesAndPlace.replace(/\s+/g, '').split('、');
  const last = names.pop()!;
  const place = findPlaceNames(last, { shortForms: true }).find((match) => match.start >= 2 && match.end === last.length);
  names.push(place ? last.slice(0, place.start) : last.length > 3 ? last.slice(0, -FILED_FROM_LENGTH) : last);
  return names.every((name) => PERSON_NAME.test(name)) ? names.join('、') : null;
}

/** The name of an event, not a clause: 座谈会, 研讨班（第4期）, 启动仪式, 协商活动. */
function isEventName(name: string): boolean {
  return name.length >= 4 && EVENT_NAME.test(name) && !/[，,；;：:]/.test(name);
}

/**
 * `X在Y举行` gives event X and venue Y; `在Y召开X` gives them the other way round; without a venue,
 * `市政协召开X` and `X召开` give event X. What is held must be named like an event, or nothing is read.
 */
function eventAndVenue(sentence: string, from: number): { event: string | null; venue: string | null } {
  const rest = sentence.slice(from).replace(/^[，,\s]+/, '');
  const held = HELD.exec(rest);
  if (!held) return { event: null, venue: null };
  const clauseEnd = rest.slice(held.index).search(/[，,；;]/);
  const object = rest.slice(held.index + held[0].length, clauseEnd < 0 ? rest.length : held.index + clauseEnd).replace(/^了/, '').trim();
  const at = rest.indexOf('在');
  const hasVenue = at >= 0 && at < held.index;
  const subject = rest.slice(0, hasVenue ? at : held.index).trim();
  const event = [subject, object].find(isEventName) ?? null;
  const venue = hasVenue && event ? rest.slice(at + 1, held.index).trim() || null : null;
  return { event, venue };
}
