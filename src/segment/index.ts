/**
 * Splits a document's body into sections and district entries.
 *
 * A district's passage starts where its committee or official is introduced (see speakers.ts). The
 * passage takes in the paragraph's opening when nothing before it in the paragraph belongs to another
 * district, or else the leading quote or question of its sentence. A district named again in the same
 * section continues its entry. A place merely mentioned (a venue, `在梁平 33 个乡镇`) starts nothing.
 */
import { isBodyText, type Document } from '../model/document.js';
import { findPlaceNames, inferRegion, resolve, type Division, type PlaceMatch, type Region } from '../gazetteer/index.js';
import { stripHeadingMarks } from '../read/parts.js';
import { endsSentence, hasClausePunctuation, sentenceStart } from '../read/chars.js';
import { findIntroductions, formalNameEnd, opensSentence, speakerAfter, subjectStart, type Introduction } from './speakers.js';

export interface SectionDraft {
  readonly index: number;
  readonly title: string;
  /** Source index of the heading. */
  readonly at: number;
  readonly block: number;
}

/** A stretch of one paragraph: block index and [start, end) in its text. */
export interface Span {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

export interface SpeakerDraft {
  readonly name: string;
  readonly title: string;
  /** Source index of the name. */
  readonly at: number;
  /** Where the name is in the normalised text: block index and offset. */
  readonly block: number;
  readonly offset: number;
}

export interface EntryDraft {
  readonly section: number | null;
  readonly division: Division;
  readonly spans: Span[];
  readonly speakers: SpeakerDraft[];
}

/** Where a text stands at a point: its section and the district whose passage is open there. */
export interface SegmentState {
  readonly section: number | null;
  readonly sections: number;
  readonly division: Division | null;
}

export const TEXT_START: SegmentState = { section: null, sections: 0, division: null };

export interface Segmentation {
  readonly sections: SectionDraft[];
  readonly entries: EntryDraft[];
  readonly region: Region;
  /** Place-name matches per block, for later stages that must not read numerals inside names. */
  readonly places: ReadonlyMap<number, readonly PlaceMatch[]>;
  /** Where the text stands after the document, for the part of a long text that follows it. */
  readonly end: SegmentState;
}

/**
 * `from` is where the text stands before the document: a part of a long text (src/pipeline.ts
 * extractParts) continues the passage and section open at the end of the part before it, and is
 * never read as a single committee's report.
 */
export function segment(document: Document, from: SegmentState = TEXT_START): Segmentation {
  const places = new Map<number, PlaceMatch[]>();
  document.blocks.forEach((block, index) => places.set(index, findPlaceNames(block.text.text, { shortForms: true })));
  const region = inferRegion([...places.values()].flat());
  const higherOfficials = higherOfficialsOf(document, places);

  const sections: SectionDraft[] = [];
  const entries: EntryDraft[] = [];
  let current: EntryDraft | null = null;
  let sectionIndex: number | null = from.section;
  let leadingQuote: Span | null = null;
  /** The block of the last heading that named a speaker (■费县政协主席　孙丽), or -1. */
  let speakerHeadingBefore = -1;

  const bySectionAndCode = new Map<string, EntryDraft>();
  const entryFor = (division: Division): EntryDraft => {
    const key = `${sectionIndex}|${division.code}`;
    const existing = bySectionAndCode.get(key);
    if (existing) return existing;
    const created: EntryDraft = { section: sectionIndex, division, spans: [], speakers: [] };
    entries.push(created);
    bySectionAndCode.set(key, created);
    return created;
  };
  if (from.division) current = entryFor(from.division);

  document.blocks.forEach((block, blockIndex) => {
    const text = block.text.text;
    // `## 荣昌区` right under the headline reads as a subtitle to the reader, and a WeChat label
    // (<section><strong>涪城区</strong></section>, **涪城区**) as a paragraph: each only names a district.
    const label = block.kind === 'subtitle' || (block.kind === 'paragraph' && !hasClausePunctuation(text) && !endsSentence(text));
    const districtLabel = label && headingDistrict(text, places.get(blockIndex)!, region)?.nameOnly === true;
    if (block.kind === 'heading' || districtLabel) {
      // `● 思明区 ●` only names a district: it opens the passage, not a section. `市南区：工作室建在
      // 楼宇里` is a section that opens with its district's passage.
      const district = headingDistrict(text, places.get(blockIndex)!, region);
      leadingQuote = null;
      // The headline of a speech right under its speaker's subhead (■费县政协主席　孙丽) is the speech's.
      if (!district && current && speakerHeadingBefore === blockIndex - 1) return;
      if (district?.speaker) speakerHeadingBefore = blockIndex;
      if (!district?.nameOnly) {
        sectionIndex = from.sections + sections.length + 1;
        sections.push({ index: sectionIndex, title: stripHeadingMarks(text), at: block.text.map[0] ?? 0, block: blockIndex });
      }
      current = district ? entryFor(district.division) : null;
      if (current && district?.speaker) addSpeaker(current, district.speaker, blockIndex, block.text.map);
      return;
    }
    if (!isBodyText(block.kind)) return;
    // A table's row speaks for the district it names, or for none (合计, 全市): it continues no passage.
    if (block.kind === 'row') current = null;

    const blockPlaces = places.get(blockIndex)!;
    if (current && (summarisesMeeting(text, current.division, higherOfficials) || opensWithUnknownCommittee(text, blockPlaces))) current = null;
    const starts = passageStarts(text, findIntroductions(text, blockPlaces), blockPlaces, current?.division ?? null, region);
    let cursor = 0;
    for (const start of starts) {
      const at = Math.max(start.at, cursor);
      if (current !== null && start.division?.code === current.division.code) {
        if (start.speaker) addSpeaker(current, start.speaker, blockIndex, block.text.map);
        continue;
      }
      if (at > cursor && current) current.spans.push({ block: blockIndex, start: cursor, end: at });
      const previous = current;
      current = start.division && entryFor(start.division);
      // “…。” on a paragraph of its own, then 某区政协主席…表示: the quote opens the new passage.
      if (current && at === 0 && leadingQuote && previous && previous.spans[previous.spans.length - 1] === leadingQuote) {
        current.spans.push(previous.spans.pop()!);
      }
      cursor = at;
      if (current && start.speaker) addSpeaker(current, start.speaker, blockIndex, block.text.map);
    }
    leadingQuote = null;
    if (current && cursor < text.length) {
      const span = { block: blockIndex, start: cursor, end: text.length };
      (current as EntryDraft).spans.push(span);
      if (starts.length === 0 && /^[“"「][^]*[。！？!?…][”"」]$/.test(text)) leadingQuote = span;
    }
    if (block.kind === 'row') current = null;
  });
  for (const entry of entries) entry.spans.sort((a, b) => a.block - b.block || a.start - b.start);
  const single = from === TEXT_START ? singleOrganisation(document, places, region, entries) : null;
  const end: SegmentState = { section: sectionIndex, sections: from.sections + sections.length, division: (current as EntryDraft | null)?.division ?? null };
  return { sections, entries: single ? [single] : entries.filter((entry) => entry.spans.length > 0 && !isAboveOthers(entry, entries)), region, places, end };
}

/**
 * The city whose counties the report goes through (天水市政协 closing a roundup of its counties'
 * work) is the committee above them, not one of them: its passage is no entry, and its figures are
 * told as outside every district's. A city among other cities keeps its entry.
 */
function isAboveOthers(entry: EntryDraft, entries: readonly EntryDraft[]): boolean {
  return entry.division.level === 'city' && entries.some((other) => other.spans.length > 0 && other.division.city === entry.division.name);
}

/** A subhead's number before the district: 01 / 1. / 一、 */
const SUBHEAD_NUMBER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[、.．]\s*|\s+)/;

interface HeadingDistrict {
  readonly division: Division;
  /** The heading only names the district (and perhaps its speaker): it opens the passage, not a section. */
  readonly nameOnly: boolean;
  readonly speaker: Introduction['speaker'];
}

/**
 * `● 思明区 ●`, `【思明区政协】`, `思明区：打造议事品牌`, and a subhead naming the speaker over the
 * speech (`■ 涪城区政协党组书记、主席 李某`, `01 长安区政协主席 刘志宏`): a heading that opens with a district's name.
 */
function headingDistrict(text: string, places: readonly PlaceMatch[], region: Region): HeadingDistrict | null {
  const marked = stripHeadingMarks(text);
  const stripped = marked.replace(SUBHEAD_NUMBER, '');
  const offset = text.indexOf(stripped);
  const place = places.find((match) => match.start === offset);
  if (!place) return null;
  const division = resolve(place.candidates, region);
  const committee = text.startsWith('政协', place.end) ? place.end + 2 : -1;
  const speaker = committee < 0 ? null : speakerAfter(text.slice(0, offset + stripped.length), committee);
  if (speaker) return { division, nameOnly: true, speaker };
  const rest = stripped.slice(place.end - offset).replace(/^政协(?:委员会)?/, '');
  if (rest !== '' && !/^[：:，,·—\s（(]/.test(rest)) return null;
  return { division, nameOnly: rest === '', speaker: null };
}

/**
 * A report about one committee (a district's work report) is one entry over the whole text. It is
 * recognised when no passage or only that committee's was found, and one committee is named with
 * 政协 more than any other place.
 */
function singleOrganisation(document: Document, places: ReadonlyMap<number, readonly PlaceMatch[]>, region: Region, entries: readonly EntryDraft[]): EntryDraft | null {
  if (entries.length > 1) return null;
  const weights = new Map<string, { division: Division; weight: number; committee: boolean }>();
  document.blocks.forEach((block, index) => {
    for (const place of places.get(index)!) {
      const text = block.text.text;
      // 鼓楼区政协, or the formal 政协南京市鼓楼区委员会 (政协德清县第十届委员会).
      const committee = text.startsWith('政协', place.end) || (text.endsWith('政协', place.start) && formalNameEnd(text, place.end) >= 0);
      if (place.short && !committee) continue;
      const division = resolve(place.candidates, region);
      const known = weights.get(division.code) ?? { division, weight: 0, committee: false };
      known.weight += (committee ? 3 : 1) * (isBodyText(block.kind) ? 1 : 3);
      known.committee ||= committee;
      weights.set(division.code, known);
    }
  });
  const ranked = [...weights.values()].sort((a, b) => b.weight - a.weight);
  const best = ranked[0];
  // The committee itself must be named: a venue (中共石柱土家族自治县委党校) is not the subject.
  if (!best || !best.committee || best.weight < 3 || (ranked[1] && ranked[1].weight === best.weight)) return null;
  if (entries.length === 1 && entries[0]!.division.code !== best.division.code) return null;
  if (!document.blocks.some((block) => block.text.text.includes('政协'))) return null;

  const entry: EntryDraft = { section: null, division: best.division, spans: [], speakers: [...(entries[0]?.speakers ?? [])] };
  document.blocks.forEach((block, index) => {
    if (isBodyText(block.kind)) entry.spans.push({ block: index, start: 0, end: block.text.text.length });
    else if (block.kind !== 'title' && block.kind !== 'subtitle') return;
    for (const intro of findIntroductions(block.text.text, places.get(index)!)) {
      const own = intro.place ? resolve(intro.place.candidates, region).code === best.division.code : !intro.level || best.division.name.endsWith(intro.level);
      if (own && intro.speaker) addSpeaker(entry, intro.speaker, index, block.text.map);
    }
  });
  entry.speakers.sort((a, b) => a.at - b.at);
  return entry.spans.length > 0 ? entry : null;
}

function addSpeaker(entry: EntryDraft, speaker: NonNullable<Introduction['speaker']>, block: number, map: Int32Array): void {
  if (!entry.speakers.some((known) => known.name === speaker.name && known.title === speaker.title)) {
    entry.speakers.push({ name: speaker.name, title: speaker.title, at: map[speaker.at] ?? 0, block, offset: speaker.at });
  }
}

/** A paragraph that sums up the meeting, not a district's work: 会议强调，… 会上，… */
const MEETING_SUMMARY = /^(?:会议|本次会议|座谈会|推进会)(?:强调|指出|要求|认为|号召|提出|明确|希望)|^会上[，,]/;
/**
 * …or the committee above the districts acts or speaks: 市政协也组织…, 市政协主席在讲话中指出，…,
 * 据了解，今年以来，省政协…; not its members (市政协委员…) or its meetings.
 */
const HIGHER_COMMITTEE = /^([省市州盟])政协/;

/**
 * …or it sums up all the districts: 据统计，今年以来全市各区县政协共…, 全省政协系统…. A city's
 * totals close a county's passage; a province's close a city's too.
 */
const REGION_SUMMARY = new RegExp(
  '^(?:(?:今年|去年|近年|年初|本届)以来[，,]?|近年来[，,]?)?' +
    '(?:(全市|全州|全盟|全省|全自治区)(?:各级|各区县|各县区|各县（市、区）|各区（县）|区县|县区|各市州|各市（州）|各地市)?|(各区县|各县区|各县（市、区）|各区（县）|各市州|各市（州）|各地市))政协',
);

/** What an official says, after the name: 段金华在讲话中指出，… 段金华强调，… */
const OFFICIAL_SPEAKS = /^(?:同志)?(?:在[\u4e00-\u9fff]{0,6}?[中上时])?[，,]?(?:讲话|总结|指出|强调|要求|表示|希望|提出)/;

/**
 * The names of the officials above the districts, as a meeting report introduces them (州政协主席
 * 段金华出席会议并讲话), so that 段金华在讲话中指出… later, without the title, is known for theirs.
 */
function higherOfficialsOf(document: Document, places: ReadonlyMap<number, readonly PlaceMatch[]>): Set<string> {
  const names = new Set<string>();
  document.blocks.forEach((block, index) => {
    const text = block.text.text;
    for (let at = text.indexOf('政协'); at > 0; at = text.indexOf('政协', at + 2)) {
      if (!'省市州盟'.includes(text[at - 1]!)) continue;
      // 大理市政协主席 is a county-level city's, one of the districts; 大理州政协 and 州政协 are above them.
      const place = places.get(index)!.find((match) => match.end === at);
      if (place?.candidates.some((division) => division.level === 'county')) continue;
      const speaker = speakerAfter(text, at + 2);
      if (speaker) names.add(speaker.name);
    }
  });
  return names;
}

/** Whether the paragraph `text` closes the passage of `division` (a 市's own 市政协 does not). */
function summarisesMeeting(text: string, division: Division, higherOfficials: ReadonlySet<string>): boolean {
  if (MEETING_SUMMARY.test(text)) return true;
  for (const name of higherOfficials) if (text.startsWith(name) && OFFICIAL_SPEAKS.test(text.slice(name.length))) return true;
  const subject = text.slice(subjectStart(text));
  const region = REGION_SUMMARY.exec(subject);
  if (region && (division.level === 'county' || /省|自治区|各市|各地市/.test(region[0]))) return true;
  const committee = HIGHER_COMMITTEE.exec(subject);
  return committee !== null && !COMMITTEE_AS_MODIFIER.test(subject.slice(3)) && !division.name.endsWith(committee[1]!);
}

/** A paragraph that opens with some place's committee: 达旗政协…, 喀左县政协…. */
const OPENING_COMMITTEE = /^([\u4e00-\u9fff]{1,8}?[区县旗市])政协/;
/** …which is no place when it is collective or refers back: 各区县政协, 全县政协, 该区政协, 本市政协. */
const NOT_A_PLACE = /^(?:各|全|本|该|我|两|省|市|州|区县|县区|城区|市区|郊区)/;

/**
 * Whether the paragraph opens with a committee the gazetteer does not know (an abbreviation: 达旗
 * for 达拉特旗): its figures are not the previous district's, and are told as outside every passage.
 */
function opensWithUnknownCommittee(text: string, places: readonly PlaceMatch[]): boolean {
  const committee = OPENING_COMMITTEE.exec(text);
  return committee !== null && !NOT_A_PLACE.test(committee[1]!) && !places.some((place) => place.start === 0);
}

/** After 政协, words that make the committee a modifier of a noun rather than the actor. */
const COMMITTEE_AS_MODIFIER = /^(?:委员|常委|全会|会议|大会|机关|礼堂|大楼|办公|全体)/;

interface PassageStart {
  readonly at: number;
  /** Null where several committees act together (浦江县政协、武义县政协分别…): no one district's passage. */
  readonly division: Division | null;
  readonly speaker: Introduction['speaker'];
}

/** Between two committees that act together: 浦江县政协、武义县政协 / 甲区政协和乙区政协. */
const JOINED_COMMITTEES = /^(?:委员会)?[、和与及]$/;

/** Indices of the introductions that name a committee together with the next one. */
function joinedWithNext(text: string, introductions: readonly Introduction[]): Set<number> {
  const joined = new Set<number>();
  for (let i = 0; i + 1 < introductions.length; i++) {
    const [intro, next] = [introductions[i]!, introductions[i + 1]!];
    if (!intro.speaker && next.place && JOINED_COMMITTEES.test(text.slice(intro.committeeAt + 2, next.start))) joined.add(i);
  }
  return joined;
}

/**
 * Resolves a paragraph's introductions to districts and decides where each passage begins. Weak
 * introductions (a committee named mid-sentence) count only when a back-referring speaker follows.
 */
function passageStarts(text: string, introductions: readonly Introduction[], places: readonly PlaceMatch[], carried: Division | null, region: Region): PassageStart[] {
  const starts: PassageStart[] = [];
  let lastNamed: { division: Division; at: number } | null = null;
  let referent = carried;
  const named = places.filter((place) => namesDistrict(text, place));
  let nextNamed = 0;

  const joined = joinedWithNext(text, introductions);
  for (const [index, intro] of introductions.entries()) {
    // The most recent district named before this introduction, committee or not.
    while (nextNamed < named.length && named[nextNamed]!.start < intro.start) {
      const place = named[nextNamed++]!;
      lastNamed = { division: resolve(place.candidates, region), at: place.start };
    }
    let division: Division | null;
    let namedAt: number;
    // 在大足区，区政协… / 来到璧山区，该区政协…: the committee of the place the sentence opens with.
    const openingPlace = intro.placeBefore && namesDistrict(text, intro.placeBefore) && opensSentenceWith(text, intro.placeBefore) ? intro.placeBefore : null;
    if (intro.place) {
      division = resolve(intro.place.candidates, region);
      namedAt = intro.start;
    } else if (openingPlace) {
      division = resolve(openingPlace.candidates, region);
      namedAt = openingPlace.start;
    } else {
      division = lastNamed && lastNamed.division.code !== referent?.code && intro.speaker ? lastNamed.division : referent;
      namedAt = lastNamed && division === lastNamed.division ? lastNamed.at : intro.start;
    }
    if (!division || (intro.level && !division.name.endsWith(intro.level))) continue;
    // 厦门市政协委员履职交流会 names an event, not the committee at work.
    const actsAsSubject = !COMMITTEE_AS_MODIFIER.test(text.slice(intro.committeeAt + 2, intro.committeeAt + 6));
    const strong =
      intro.speaker !== null || (actsAsSubject && (opensSentence(text, intro.start) || openingPlace !== null)) || (intro.backReference && division !== referent);
    if (!strong) continue;
    if (joined.has(index)) {
      // The sentence is theirs together; the committees after the first are named mid-sentence and open nothing.
      starts.push({ at: passageBegin(text, namedAt, starts.length === 0 && !refersBack(text.slice(0, namedAt))), division: null, speaker: null });
      referent = null;
      continue;
    }
    if (division.code !== referent?.code) {
      starts.push({ at: passageBegin(text, namedAt, starts.length === 0 && !refersBack(text.slice(0, namedAt))), division, speaker: intro.speaker });
    } else {
      starts.push({ at: starts[starts.length - 1]?.at ?? 0, division, speaker: intro.speaker });
    }
    referent = division;
  }
  return starts;
}

/** How a sentence may lead up to the place it opens with: 在大足区，… 来到璧山区，… */
const PLACE_OPENING = /^(?:在|来到|走进|记者来到|记者走进)?$/;

/** Whether the sentence opens with `place`. 赴荣昌区考察，区政协… is the current passage's committee travelling. */
function opensSentenceWith(text: string, place: PlaceMatch): boolean {
  return PLACE_OPENING.test(text.slice(sentenceStart(text, place.start), place.start));
}

/** A short form counts as naming a district where the text makes it a place: 在萧山，区政协…. */
function namesDistrict(text: string, place: PlaceMatch): boolean {
  return !place.short || text[place.start - 1] === '在';
}

/** Text that speaks of "the district" continues the previous passage. */
function refersBack(text: string): boolean {
  return /该(?:区|县|市|旗)|区政协|县政协/.test(text);
}

/**
 * A passage opens at the paragraph start when it is the paragraph's first and nothing before it
 * belongs elsewhere; otherwise at its sentence, taking in a leading quote or question.
 */
function passageBegin(text: string, namedAt: number, fromParagraphStart: boolean): number {
  if (fromParagraphStart) return 0;
  let start = sentenceStart(text, namedAt);
  // 渝北区政协建成…；北碚区政协设立…: a roundup gives each district a clause of one sentence.
  const clause = text.lastIndexOf('；', namedAt - 1) + 1;
  if (clause > start && opensSentence(text, namedAt)) return clause;
  while (start > 0) {
    const previous = sentenceStart(text, start - 1);
    const sentence = text.slice(previous, start);
    const leadIn = /^[“"「]/.test(sentence) || /[？?][”」"]?$/.test(sentence);
    if (!leadIn) break;
    start = previous;
  }
  return start;
}
