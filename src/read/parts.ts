/**
 * The parts of a newspaper report that every reader recognises by their wording, whatever the
 * layout: photo captions (`记者 程颖 摄`, `…供图`), bylines (`□ 本报记者 程颖`), headings that
 * carry their own marks (`● 黔江区 ●`, `【提案工作】`, `一、…`, `（一）…`), and the page's furniture
 * (`（下转第3版）`, `责任编辑：陈静`, `阅读原文`).
 */
import { cellWidth, endsSentence } from './chars.js';

const CAPTION_END = /(?:摄|攝|供图|供圖|图片来源[:：].*|資料圖|资料图)$/;
/** ▲ points up at the picture; 图为… describes it. */
const CAPTION_START = /^(?:[▲△]|图为|圖為)/;
/** A credit in brackets, or after 摄影, closes a caption of any length: …现场（资料图）, …（图片由区政协提供）, …现场。 摄影 李明 */
const CAPTION_CREDIT = /[（(][^（）()]{0,20}(?:资料图|資料圖|[摄攝]|供[图圖]|提供)[）)]$|(?:摄影|攝影)[:：\s]*[\u4e00-\u9fff]{2,4}$/;
/** Wider than this, a line is text that happens to mention a picture. */
const CAPTION_MAX_WIDTH = 120;

/** `text` is one trimmed line or paragraph with its own spacing. */
export function looksLikeCaption(text: string): boolean {
  // CAPTION_CREDIT is anchored at the end only: it runs where the last character can close a credit.
  const credit = /[）)\u4e00-\u9fff]$/.test(text) && (text.includes('摄') || text.includes('攝') || text.includes('图') || text.includes('圖') || text.includes('提供')) && CAPTION_CREDIT.test(text);
  if ((CAPTION_START.test(text) || credit) && cellWidth(text) <= CAPTION_MAX_WIDTH) return true;
  if (!CAPTION_END.test(text)) return false;
  return /\s(?:\S{1,6}\s+)?[摄攝]$/.test(text) || /供[图圖]$/.test(text) || /^[图圖]/.test(text) || cellWidth(text) <= 30;
}

/**
 * The words of page parts in traditional script, to their simplified forms: a Hong Kong or Taiwan
 * page's 責任編輯、（下轉A6版）、查詢熱線 are the furniture 责任编辑、（下转A6版）、查询热线 are. The text is
 * read before it is converted (src/read/traditional.ts), so the parts' wording is folded here.
 */
const SIMPLIFIED_WORDING = new Map(
  [...'責责編编輯辑實实習习審审對对監监製制終终復复複复統统籌筹術术轉转緊紧續续創创發发佈布於于閱阅讀读點点擊击關关贊赞讚赞寫写長长識识別别顧顾薦荐閉闭頁页頂顶諮咨詢询聯联舉举報报電电話话郵邮傳传熱热線线務务聲声專专時时協协記记訊讯員员約约來来間间體体見见號号週周網网臺台'.matchAll(/(.)(.)/gu)].map(
    ([, traditional, simplified]) => [traditional!, simplified!],
  ),
);
const TRADITIONAL_WORDING = new RegExp(`[${[...SIMPLIFIED_WORDING.keys()].join('')}]`, 'gu');

function inSimplifiedWording(text: string): string {
  return text.replace(TRADITIONAL_WORDING, (char) => SIMPLIFIED_WORDING.get(char)!);
}

const BYLINE = /^[□■◇◆●○]?\s*(?:[\u4e00-\u9fff]{2,8}?(?:报|社|台|网)(?:·[\u4e00-\u9fff]{2,6})?\s*)?(?:全媒体|融媒体|首席|见习)?(?:本报记者|本报通讯员|本报讯|特约记者|记者|通讯员|文[\/／:：]|来源[:：]|作者[:：])/;

/**
 * What an info line may put before its names: the publication time, labelled or not (发布日期：2025-01-08
 * 09:30, 2024年04月08日 10:26), after the account's name when a slash or bar parts them (三明政协 / 2024年7月15日 / 文：…).
 */
const INFO_LEAD =
  /^(?:[\u4e00-\u9fff\w·]{2,12}\s*[\/／|｜]\s*)?(?:(?:发布)?(?:日期|时间)[:：]\s*[0-9０-９\-/.:：年月日\s\u3000]+|\d{4}\s*[-年.\/]\s*\d{1,2}\s*[-月.\/]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)\s*[\/／|｜]?\s*/;

/** An info line's or byline's text from its names on, without the publication time and the account before them. */
export function withoutInfoLead(text: string): string {
  return text.replace(INFO_LEAD, '');
}

/** Wider than this, once the publication time is left out, a line is text that opens with 记者 or 来源. */
const BYLINE_MAX_WIDTH = 40;

/** An interview's 记者：… is a question, not a byline. */
export function looksLikeByline(text: string): boolean {
  // Every line of a text is asked: a long one is text, whatever it opens with, and need not be folded.
  if (text.length > 4 * BYLINE_MAX_WIDTH) return false;
  const rest = withoutInfoLead(inSimplifiedWording(text));
  return BYLINE.test(rest) && cellWidth(rest) <= BYLINE_MAX_WIDTH && !/[？?]/.test(rest);
}

/** `（本报记者 吴倩）` after the last paragraph: the byline at the end, in brackets; or the source credited there: 来源：宝鸡政协. */
const CLOSING_BYLINE =
  /^(?:[（(]\s*(?:本报记者|特约记者|记者|本报通讯员|通讯员|作者[:：]?|文[\/／:：]?)\s*[\u4e00-\u9fff·、\s]{2,30}[）)]|(?:稿件|文章|信息)?来源[:：]\s*[^\s，。；：:]{2,20}(?:\s+[^\s，。；：:]{2,20})?)$/;
/** The dateline at the end, where and when the report was filed: （本报石家庄6月12日电）, （新华社北京6月12日电 记者 王某）. */
const CLOSING_DATELINE = /^[（(]\s*[\u4e00-\u9fff]{2,12}?\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*电(?:\s*[\u4e00-\u9fff·、\s]{2,30})?[）)]$/;

export function looksLikeClosingByline(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 4 * BYLINE_MAX_WIDTH) return false;
  const plain = inSimplifiedWording(trimmed);
  return CLOSING_BYLINE.test(plain) || CLOSING_DATELINE.test(plain);
}

const MARKED_HEADING = /^(?:[●◆■★▲◎◇□]\s*[^。！？]{1,30}?\s*[●◆■★▲◎◇□]?|[▍▌]\s*[^。！？]{1,30}|【[^】]{1,30}】|[一二三四五六七八九十]{1,3}[、.．][^。！？]{1,40}|[（(][一二三四五六七八九十]{1,3}[）)][^。！？]{1,40})$/;

/** A speaker's subhead over the speech: 岳阳楼区政协党组书记、主席 周某某 (its 、 joins two offices). */
const SPEAKER_SUBHEAD = /^[\u4e00-\u9fff]{2,14}政协[\u4e00-\u9fff、]{2,16}[\s\u3000]+[\u4e00-\u9fff·]{2,4}[：:]?$/;

export function looksLikeSpeakerSubhead(text: string): boolean {
  // Asked of every short line: most have no 政协, and the pattern need not run.
  return text.includes('政协') && SPEAKER_SUBHEAD.test(stripHeadingMarks(text.trim()));
}

/** A heading by its marks; such a heading may contain clause punctuation but never ends a sentence. */
export function looksLikeMarkedHeading(text: string): boolean {
  const trimmed = text.trim();
  return MARKED_HEADING.test(trimmed) && !endsSentence(trimmed) && cellWidth(trimmed) <= 40;
}

/** Marks around a heading that are not part of its title. */
export function stripHeadingMarks(text: string): string {
  // Symbols and emoji (● ◆ ▍ 📍 🔥 ▶️) as well as the brackets 【】.
  return text.replace(/^[\p{So}\p{Extended_Pictographic}\ufe0f【\s]+|[\p{So}\p{Extended_Pictographic}\ufe0f】\s]+$/gu, '');
}

/** A jump line: （下转第3版） （上接第1版） 转第2版 （下转A4版） */
const JUMP_LINE = /^[（(]?\s*(?:下转|上接|紧接|转|接|续)第?\s*[A-Za-zＡ-Ｚ]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[)）]?$/;
/** A running head or foot names the weekday after the date (not 每星期一), or the page's editor. */
const RUNNING_HEAD = /[日号]\s*星期[一二三四五六日天]|(?:责任|美术|版式)编辑\s*[\u4e00-\u9fff]{2,4}/;
/**
 * An editor's credit, perhaps several in one line and in brackets: 编辑：王丽, （编辑：李娜 审核：王强）,
 * or with a space for the colon when a name follows and nothing else: 本版编辑 陈静, 编辑 王丽 审核 张强.
 */
const EDITOR_CREDIT =
  /^[（(]?\s*(?:责任编辑|本版编辑|版面编辑|本期编辑|值班编辑|实习编辑|编辑|审核|审校|校对|监制|终审|初审|复审|美编|排版|统筹)\s*(?:[:：|｜丨]|\s[\u4e00-\u9fff·]{2,4}(?:\s.*|[)）])?$)/;
/**
 * A page's or a column's name over the article (政协之页, 委员之声, 政协周刊, 履职专版), the paper's
 * masthead (伊犁日报, 人民政协报), or the page line (第 3 版　政协之声, A3 要闻).
 */
const COLUMN_LABEL =
  /^(?:[\u4e00-\u9fff]{2,6}(?:之页|之窗|之声|专版|专刊|周刊|特刊|副刊)|[\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|政协报)|(?:第\s*[A-Za-z]?\s*[0-9０-９]{1,3}\s*版|[A-Z]\s*[0-9０-９]{1,2})(?:\s*[\u4e00-\u9fff·]{2,8})?)$/;
/** A WeChat article's buttons and the calls to press them: 在看, 阅读原文, 点击“在看”，让更多人看到. */
const BUTTON = /(?:阅读原文|阅读\s*\d+|分享|收藏|点赞|在看|写留言|留言|转发|点击.{0,12}(?:关注|在看|分享|点赞|转发).*|长按.{0,12}(?:识别|关注).*)/.source;
/**
 * A WeChat article's info line (原创 洛阳政协 2025年06月12日 18:30; 梅州政协 2024-04-02 20:15 发表于广东)
 * and its buttons, alone or in a row joined by spaces, dots or bars (分享 · 点赞 · 在看), a web page's links to itself.
 */
const PAGE_WIDGET = new RegExp(
  String.raw`^(?:原创\s*\S.*\d{4}\s*[-年.\/]\s*\d{1,2}.*|[\u4e00-\u9fff\w·]{2,20}?\s*\d{4}\s*[-年.\/]\s*\d{1,2}\s*[-月.\/]\s*\d{1,2}日?\s*\d{1,2}:\d{2}(?:\s*(?:发表于)?\s*[\u4e00-\u9fff]{2,8})?|${BUTTON}(?:\s*[·•|｜丨]?\s*${BUTTON})*|往期(?:回顾|推荐)|推荐阅读|[【\[]?(?:关闭窗口|打印本页|打印|关闭|返回顶部|收藏本页|加入收藏)[】\]]?(?:\s*[【\[]?(?:关闭窗口|打印本页|打印|关闭|返回顶部|收藏本页|加入收藏)[】\]]?)*|(?:咨询|联系|投稿|监督|举报|查询|服务)?(?:电话|邮箱|传真|热线)\s*[:：].*)$`,
);
/** Wider than this, a line is text, whatever it opens with. */
const FURNITURE_MAX_WIDTH = 80;

/** `text` is one trimmed line or paragraph: is it the page's furniture rather than the report's text? */
export function looksLikeFurniture(text: string): boolean {
  // Every line of a text is asked: a long one is text and need not be folded; the anchored patterns fail at its first character, mostly.
  if (text.length > 2 * FURNITURE_MAX_WIDTH) return false;
  const plain = inSimplifiedWording(text);
  const worded = JUMP_LINE.test(plain) || EDITOR_CREDIT.test(plain) || PAGE_WIDGET.test(plain) || COLUMN_LABEL.test(plain) || (RUNNING_HEAD.test(plain) && !/[，。；！？]/.test(plain));
  return worded && !/[。！？]$/.test(plain) && cellWidth(plain) <= FURNITURE_MAX_WIDTH;
}
