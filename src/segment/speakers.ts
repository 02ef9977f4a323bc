/**
 * Where a district's CPPCC committee or its official is introduced in a paragraph:
 *
 *   黔江区政协主席姚登惠介绍，…            district + 政协 + title + name + speech verb
 *   在南岸区政协主席唐昕看来，…            the same inside 在…看来
 *   该区政协副主席李攀富介绍，…            a back-reference (该区, 该县) to the district named before
 *   大足区政协完善“双接待”制度，…          the committee itself opens a sentence
 *
 * Titles are kept as written, with 政协 in front: 政协主席, 政协副主席, 政协二级巡视员.
 */
import type { PlaceMatch } from '../gazetteer/index.js';
import { clauseStart, codeUnitTable, sentenceStart } from '../read/chars.js';

export interface Introduction {
  /** Start of the district name or back-reference in the paragraph. */
  readonly start: number;
  /** Index of 政协 in the paragraph. */
  readonly committeeAt: number;
  readonly place: PlaceMatch | null;
  /** 该区, 该县, 该市 …: the district is the one named before. */
  readonly backReference: boolean;
  /** For a back-reference, the level it names (区, 县, 市, 旗): 市政协主席 never means a 区's. */
  readonly level: string | null;
  /** For a back-reference, the place just before it with only a comma between: 在大足区，区政协 / 来到璧山区，该区政协. */
  readonly placeBefore: PlaceMatch | null;
  readonly speaker: { readonly name: string; readonly title: string; readonly at: number } | null;
}

/** One office; a title is one or more joined by 、 or 兼 (党组书记、主席; 副主席兼秘书长; 副主席、区工商联主席). */
const ROLE =
  '(?:党组书记|党组副书记|党组成员|常务副主席|副主席|主席|副秘书长|秘书长|[一二]级巡视员|[一二三四]级调研员|办公室主任|[\\u4e00-\\u9fff]{2,10}委员会主任|专委会主任|委员)';
/** An office outside the committee held as well, after 、 or 兼: 区工商联主席, 县委统战部部长. */
const OTHER_OFFICE = '[\\u4e00-\\u9fff]{1,10}?(?:主席|主任|书记|会长|部长|局长|院长|校长|理事长|董事长|总经理)';
const TITLE = `${ROLE}(?:[、兼](?:${ROLE}|${OTHER_OFFICE}))*`;
/** Between the name and the verb: 则, 也, 在会上, 在座谈中 … */
const ADVERB = '(?:在[\\u4e00-\\u9fff]{0,8}?[上中时])?(?:[向对](?:本报|本台|本刊)?记者|接受[\\u4e00-\\u9fff]{0,6}?(?:采访|访问|专访)时)?(?:首先|随后|接着|最后|则|也|还|又|亦|就此|进一步|重点|举例|结合实际)?';
const VERB = '(?:介绍|表示|认为|建议|说|指出|谈到|强调|坦言|提出|看来|分享|发言|感慨|直言|补充|谈道|提到|说道|坦陈|表态|呼吁|给出|回答|答道|告诉记者|透露|总结|解释|出席(?:会议|活动)?并(?:讲话|发言|致辞)|作了?[\\u4e00-\\u9fff]{0,4}?发言|[：:])';
/** A name: two to four characters, or a transcribed one with a middle dot (艾尔肯·吐尔逊). */
const NAME = '(?:[\\u4e00-\\u9fff]{1,6}·[\\u4e00-\\u9fff]{1,8}|[\\u4e00-\\u9fff]{2,4}?)';
/** 副主席（主持工作）: what the office holder does, in brackets after the title. */
const TITLE_NOTE = '(?:[（(](?:主持工作|正厅级|副厅级|正县级|副县级)[）)])?';
const SPEAKER = new RegExp(`^(${TITLE}${TITLE_NOTE})(${NAME})(?:同志)?${ADVERB}${VERB}`);
/** A work report's signature line, or a speaker's label over the speech: 区政协主席　李明华, 区政协主席 李明华：, nothing after. */
const SIGNATURE = new RegExp(`^(${TITLE})\\s*([\\u4e00-\\u9fff]{2,4})\\s*[：:]?\\s*$`);
const BACK_REFERENCE = /(?:该|本)(?:区|县|市|旗)$/;
/** A district named without its suffix before 区政协 is rare; the committee named alone (区政协) refers back. */
const BARE_LEVEL = /(?:区|县|市|旗)$/;

export function findIntroductions(text: string, places: readonly PlaceMatch[]): Introduction[] {
  const introductions: Introduction[] = [];
  // 永川区：… or 【永川区】… — a roundup that names the district before a colon, or in brackets; or
  // as a run-in label before its committee, the space between closed up: 长沙县　长沙县政协… / 长沙县 县政协….
  const lead = places.find((place) => place.start === 0 || (place.start < 8 && LIST_MARKER.test(text.slice(0, place.start))));
  if (lead && (/^[：:】]/.test(text.slice(lead.end)) || labelsItsCommittee(text, lead, places))) {
    introductions.push({ start: 0, committeeAt: lead.end, place: lead, backReference: false, level: null, placeBefore: null, speaker: null });
  }
  const byEnd = new Map(places.map((place) => [place.end, place]));
  const byStart = new Map(places.map((place) => [place.start, place]));
  let from = 0;
  for (;;) {
    const at = text.indexOf('政协', from);
    if (at < 0) break;
    from = at + 2;
    // 政协永川区委员会主席…: the formal name puts the place (and the term) between 政协 and 委员会.
    const formal = byStart.get(at + 2);
    const formalEnd = formal ? formalNameEnd(text, formal.end) : -1;
    const place = formalEnd > 0 ? formal! : (byEnd.get(at) ?? null);
    const titleAt = formalEnd > 0 ? formalEnd : at + 2;
    const before = text.slice(Math.max(0, at - 2), at);
    const backReference = !place && BACK_REFERENCE.test(before);
    const speaker = speakerAfter(text, titleAt) ?? speakerInParentheses(text, place, titleAt);
    const bareLevel = !place && BARE_LEVEL.test(before);
    const levelAt = backReference ? at - 2 : at - 1;
    const placeBefore = bareLevel && /[，,]/.test(text[levelAt - 1] ?? '') ? (byEnd.get(levelAt - 1) ?? null) : null;
    // 区政协 alone is some district's committee when a speaker follows, or right after a place: 在大足区，区政协….
    if (!place && !backReference && !(bareLevel && (speaker || placeBefore))) continue;
    if (place?.short && !speaker && !opensSentence(text, place.start)) continue;
    const start = speaker && speaker.at < (place?.start ?? at) ? speaker.at : place && formalEnd < 0 ? place.start : backReference ? at - 2 : formalEnd > 0 ? at : at - 1;
    introductions.push({ start, committeeAt: at, place, backReference: !place, level: place ? null : text[at - 1]!, placeBefore, speaker });
  }
  return introductions;
}

/** After the label `lead`, its own committee: the district named again (长沙县长沙县政协) or by its level (长沙县县政协). */
function labelsItsCommittee(text: string, lead: PlaceMatch, places: readonly PlaceMatch[]): boolean {
  const again = places.find((place) => place.start === lead.end);
  const committeeAt = again && again.name === lead.name ? again.end : text[lead.end] === lead.name.at(-1) ? lead.end + 1 : -1;
  return committeeAt > 0 && text.startsWith('政协', committeeAt);
}

const FORMAL_NAME_REST = /^(?:第[一二三四五六七八九十]{1,3}届)?委员会/;

/** After a place in 政协德清县第十届委员会 (the term is optional): where the formal name ends, or -1 if it is not one. */
export function formalNameEnd(text: string, placeEnd: number): number {
  const rest = FORMAL_NAME_REST.exec(text.slice(placeEnd, placeEnd + 9));
  return rest ? placeEnd + rest[0].length : -1;
}

/** 政协主席姚登惠介绍 / 政协主席　李明华: the title at `titleAt`, then the name. */
export function speakerAfter(text: string, titleAt: number): Introduction['speaker'] {
  const after = text.slice(titleAt, titleAt + 40);
  const match = SPEAKER.exec(after) ?? SIGNATURE.exec(after);
  if (!match) return null;
  return { title: `政协${match[1]}`, name: match[2]!, at: titleAt + after.indexOf(match[2]!, match[1]!.length) };
}

/** 张三（永川区政协主席）：… — an interview names the speaker first. */
function speakerInParentheses(text: string, place: PlaceMatch | null, titleAt: number): Introduction['speaker'] {
  const open = place ? place.start - 1 : -1;
  if (open < 2 || !'（('.includes(text[open]!)) return null;
  const title = new RegExp(`^(${TITLE})[）)]`).exec(text.slice(titleAt, titleAt + 30));
  const name = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})$/.exec(text.slice(Math.max(0, open - 6), open)) ?? /^([\u4e00-\u9fff]{2,4})$/.exec(text.slice(0, open));
  if (!title || !name) return null;
  return { title: `政协${title[1]}`, name: name[1]!, at: open - name[1]!.length };
}

/**
 * True when `index` begins a sentence: paragraph start, or after a stop and its closing marks, or
 * after the sentence's opening adverbial clauses (3月15日，…; 近年来，…; 此外，…; 据了解，今年以来，…),
 * or after a list item's number (1.江北区政协…).
 */
export function opensSentence(text: string, index: number): boolean {
  if (index > 0 && LIST_MARKER.test(text.slice(sentenceStart(text, index, 12), index))) return true;
  // 如渝北区政协… / 例如，北碚区政协…: a roundup's examples open with 如, 例如, 比如, 其中.
  let i = index - 1 - (EXAMPLE_LEAD.exec(text.slice(Math.max(0, index - 3), index))?.[0].length ?? 0);
  if (i >= 0 && text[i] === '在') i--;
  while (i >= 0 && text[i] === '，') {
    const start = clauseStart(text, i, CLAUSE_ENDS, Math.max(0, i - ADVERBIAL_MAX));
    if (start > 0 && CLAUSE_ENDS[text.charCodeAt(start - 1)] !== 1) return false;
    if (!isOpeningAdverbial(text.slice(start, i))) return false;
    i = start - 1;
  }
  while (i >= 0 && '”’」』）)'.includes(text[i]!)) i--;
  return i < 0 || '。！？!?；;—'.includes(text[i]!);
}

/** Where the sentence that opens `text` comes to its subject: after its opening adverbial clauses (据了解，今年以来，湛江市政协…). */
export function subjectStart(text: string): number {
  let start = 0;
  for (;;) {
    let end = start;
    while (end < text.length && end - start <= ADVERBIAL_MAX && CLAUSE_ENDS[text.charCodeAt(end)] !== 1) end++;
    if (text[end] !== '，' || !isOpeningAdverbial(text.slice(start, end))) return start;
    start = end + 1;
  }
}

/** Punctuation that ends a clause, and the longest opening adverbial clause looked for. */
const CLAUSE_ENDS = codeUnitTable('。！？；，!?;,');
const ADVERBIAL_MAX = 16;

/**
 * What may open a sentence before its subject: when (近年来, 今年上半年, 截至8月底, 一年来), a link to
 * what came before (此外, 与此同时, 据了解, 下一步), or what the work was for or about (为…, 围绕…,
 * 在…中). Never a clause with a committee in it: that is another actor.
 */
const TIME_ADVERBIAL = /\d{1,2}月|\d{4}年|[上下]午|[上下]半年|[今去前]年|近日|日前|近期|近年|年来|以来|年初|年底|年末|年内|全年|期间|当天|截至|目前|当前|此前|如今|眼下|季度|下一步|今后/;
const LINKING_ADVERBIAL = /^(?:此外|另外|同时|与此同时|据了解|据悉|据介绍|据统计|值得一提的是|不仅如此|除此之外|在此基础上|为此|对此|总体来看|总的来看|总体上看)$/;
const PURPOSE_ADVERBIAL = /^(?:为了?|围绕|针对|聚焦|立足|紧扣|按照|根据|结合|依托|通过|在)[\u4e00-\u9fff“]/;

function isOpeningAdverbial(clause: string): boolean {
  return !clause.includes('政协') && (TIME_ADVERBIAL.test(clause) || LINKING_ADVERBIAL.test(clause) || PURPOSE_ADVERBIAL.test(clause));
}

/** A list item's number before its sentence (1. 2、 （3） ④ 一是 二、 其一，), or a bracketed label's opening 【. */
export const LIST_MARKER = /^\s*(?:【|\d{1,2}[.、．]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}(?:是|[、．.])|(?:第|其)[一二三四五六七八九十]{1,3}[，,、])\s*$/;

const EXAMPLE_LEAD = /(?:例如|比如|譬如|其中|如)[，,]?$/;

