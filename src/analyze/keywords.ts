/**
 * Keywords per entry: TF-IDF over the entries of the reports at hand, so that a word every district
 * uses (协商, 群众) ranks below the one only this district talks about (老旧小区 for 涪陵区).
 * Words come from @node-rs/jieba with a domain dictionary that keeps the CPPCC vocabulary whole
 * (政协委员, 委员工作室, 渝事好商量); names of places and of the speakers are masked first, and
 * stopwords remove the report's boilerplate (政协, 该区, 介绍).
 *
 * jieba is a native module with a 5 MB dictionary: it is imported on the first call only, so that
 * runs that never ask for keywords never pay for it.
 */
import type { Jieba } from '@node-rs/jieba';
import { findPlaceNames } from '../gazetteer/index.js';
import type { Entry, Report } from '../model/report.js';

export interface Keyword {
  word: string;
  /** tf × idf: the word's share of the entry's words times ln((1 + N) / (1 + df)) + 1. */
  weight: number;
}

export const KEYWORDS_PER_ENTRY = 8;

/** Words of the genre that jieba's general dictionary splits (政协/委员) or does not know (渝事好商量). */
const DOMAIN_WORDS = [
  '政协委员', '委员工作室', '渝事好商量', '协商议事', '协商议政', '协商民主', '全过程人民民主', '参政议政',
  '建言资政', '凝聚共识', '民主监督', '政治协商', '社情民意', '界别群众', '委员之家', '履职尽责', '专委会',
  '协商平台', '基层协商', '议政厅', '老旧小区', '统一战线', '同心圆', '党建引领',
];
/** High enough that the dictionary's paths through 政协/委员 lose, low enough not to swallow 委员会. */
const DOMAIN_WORD_FREQUENCY = 20000;

/**
 * Words that say nothing about one district's work: the reports' framing (政协, 该区, 介绍, 表示),
 * the genre's stock verbs and adverbs (坚持, 推动, 积极), and function words jieba keeps as words.
 */
const STOPWORDS = new Set([
  // framing
  '政协', '区政协', '县政协', '市政协', '该区', '该县', '介绍', '表示', '主席', '副主席', '政协主席', '政协副主席',
  '委员', '我们', '他们', '举例', '指出', '认为', '谈到', '本区', '全区', '全县', '区委', '县委',
  // stock verbs, adverbs and time words of the genre
  '坚持', '推动', '推进', '积极', '开展', '加强', '进一步', '不断', '持续', '深入', '切实', '有效', '充分', '全面',
  '围绕', '通过', '实现', '形成', '发挥', '作用', '提升', '打造', '建立', '健全', '完善', '注重', '聚焦', '着力',
  '强化', '突出', '做好', '用好', '建好', '搭建', '探索', '创新', '扎实', '努力', '助力', '服务', '工作', '重点',
  '重要', '方面', '方式', '机制', '活动', '目前', '今年', '去年', '每年', '以来', '今年以来', '去年以来', '累计',
  '共计', '先后', '相关', '各类', '一批', '一系列', '更加', '更好', '真正', '广泛', '主动', '分别', '全部', '共同',
  // function words
  '一个', '这个', '这些', '那些', '一些', '并且', '而且', '以及', '还是', '就是', '也是', '都是', '更是', '已经',
  '正在', '可以', '能够', '需要', '进行', '作为', '对于', '关于', '为了', '由于', '因此', '所以', '但是', '同时',
  '从而', '以此', '其中', '此外', '以上', '以下', '之间', '之中', '其他', '各种', '各个', '所有', '一起', '一直',
  '一定', '这样', '如何', '怎样', '在于', '只有', '才能', '尤其', '看来', '开始', '所在',
]);

const WORD = /^[\u4e00-\u9fff]{2,}$/;
/** A numeral and its classifier (千项, 一月): a count, not a topic. */
const COUNT_WORD = /^[一二两三四五六七八九十百千万][\u4e00-\u9fff]$/;
/** Figures with their qualifiers and multipliers (逾6000余万), so that 余次 and 万元 are not left as words. */
const FIGURE = /[逾近约超]?[0-9０-９][0-9０-９.,]*[余多]?[万亿]?/g;
/** Replaces masked names, so that no word is glued across the gap. */
const GAP = '，';

let segmenter: Promise<Jieba> | undefined;

/** For every entry of every report, its top keywords by TF-IDF over all those entries. */
export async function entryKeywords(reports: readonly Report[], options: { top?: number } = {}): Promise<Map<Entry, Keyword[]>> {
  const top = options.top ?? KEYWORDS_PER_ENTRY;
  const jieba = await loadSegmenter();
  const entries = reports.flatMap((report) => report.entries);
  const words = entries.map((entry) => jieba.cut(mask(entry), true).filter((word) => WORD.test(word) && !COUNT_WORD.test(word) && !STOPWORDS.has(word)));
  const documentFrequency = new Map<string, number>();
  for (const list of words) for (const word of new Set(list)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);

  const result = new Map<Entry, Keyword[]>();
  entries.forEach((entry, i) => {
    const list = words[i]!;
    const counts = new Map<string, number>();
    for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
    // Map keeps first-occurrence order, and sort is stable: ties go to the word said first.
    const ranked = [...counts].map(([word, count]) => {
      const idf = Math.log((1 + entries.length) / (1 + documentFrequency.get(word)!)) + 1;
      return { word, weight: round((count / list.length) * idf) };
    });
    result.set(entry, ranked.sort((a, b) => b.weight - a.weight).slice(0, top));
  });
  return result;
}

function loadSegmenter(): Promise<Jieba> {
  segmenter ??= (async () => {
    const [{ Jieba }, { dict }] = await Promise.all([import('@node-rs/jieba'), import('@node-rs/jieba/dict.js')]);
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(DOMAIN_WORDS.map((word) => `${word} ${DOMAIN_WORD_FREQUENCY} n\n`).join('')));
    return jieba;
  })();
  return segmenter;
}

/** Place names (黔江区, 万州) and the speakers' names would otherwise be every entry's top keywords. */
function mask(entry: Entry): string {
  let text = entry.text.replace(FIGURE, GAP);
  for (const match of findPlaceNames(text, { shortForms: true }).reverse()) {
    text = text.slice(0, match.start) + GAP + text.slice(match.end);
  }
  for (const { name } of entry.speakers) text = text.replaceAll(name, GAP);
  return text;
}

function round(weight: number): number {
  return Math.round(weight * 1e6) / 1e6;
}
