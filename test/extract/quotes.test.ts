/**
 * findQuotedSpans() and enclosingName(): a quote without clause punctuation is a name (of a
 * platform, programme or slogan: “渝事好商量”, “一会三室（站）”); a quote with it is speech; book
 * titles 《》 are always names. enclosingName() finds the innermost name around a numeral.
 */
import { describe, expect, it } from 'vitest';
import { enclosingName, findQuotedSpans, quoteIndex, quoteSpeaker } from '../../src/extract/quotes.js';

const spans = (text: string) => findQuotedSpans(text).map((span) => [span.inner, span.nameLike]);

describe('findQuotedSpans', () => {
  it.each([
    ['升级拓展“渝事好商量”“委员工作室”等平台功能', [['渝事好商量', true], ['委员工作室', true]]],
    ['该县政协制定《专委会履职量化清单》，聚焦巴渝和美乡村建设', [['专委会履职量化清单', true]]],
    ['的“一会三室（站）”协商议事平台体系', [['一会三室（站）', true]]],
    ['形成“调研—协商—监督—反馈”的良性闭环', [['调研—协商—监督—反馈', true]]],
    ['通过“一月一调度、一季一通报、一年一评估”跟踪进度', [['一月一调度、一季一通报、一年一评估', true]]],
    [
      '“‘问题是时代的声音’，政协履职的价值在于回应真问题、提出真对策。”江津区政协主席杨利表示',
      [['‘问题是时代的声音’，政协履职的价值在于回应真问题、提出真对策。', false]],
    ],
    ['“搭好平台，让委员履职贴近基层一线，深入界别群众，充满泥土芬芳。”长寿区政协主席师明萌表示', [['搭好平台，让委员履职贴近基层一线，深入界别群众，充满泥土芬芳。', false]]],
    ['打造"渝事好商量"平台', [['渝事好商量', true]]],
    ['“推进《三年行动计划》落实”', [['推进《三年行动计划》落实', true], ['三年行动计划', true]]],
    ['一个没有闭合的“引号', []],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('gives the span with its quotation marks', () => {
    const text = '建成“15分钟协商服务圈”，创新';
    const [span] = findQuotedSpans(text);
    expect(text.slice(span!.start, span!.end)).toBe('“15分钟协商服务圈”');
  });
});

describe('enclosingName', () => {
  const inside = (text: string, numeral: string) => enclosingName(quoteIndex(text), text.indexOf(numeral), text.indexOf(numeral) + numeral.length)?.inner;

  it.each([
    ['建成“15分钟协商服务圈”，创新', '15分钟', '15分钟协商服务圈'],
    ['献千策“五千行动”，凝聚委员力量', '五千', '五千行动'],
    ['“推进《三年行动计划》落实”', '三年', '三年行动计划'],
    ['将工作重心牢牢锚定在“协商”二字上', '二字', undefined],
    ['“中老年同志是协商民主的宝贵资源，已有3000余人参与。”巫溪县政协主席王芳表示', '3000', undefined],
  ])('%s: %s is inside %s', (text, numeral, name) => {
    expect(inside(text, numeral)).toBe(name);
  });
});

describe('quoteSpeaker', () => {
  const speakers = ['李向东', '赵明军'];
  const speakerOf = (text: string, lastNamed: string | null = '李向东') => {
    const quote = findQuotedSpans(text).find((span) => !span.nameLike)!;
    return quoteSpeaker(text, quote.start, quote.end, speakers, lastNamed);
  };

  it('gives the quote to the entry\'s speaker named after it or before it with a speech verb', () => {
    expect(speakerOf('“我们还针对劳务输转开展了专项协商。”甘谷县政协副主席赵明军说，县政协举办招聘会9场。')).toBe('赵明军');
    expect(speakerOf('甘谷县政协副主席赵明军表示：“下一步，我们将开展协商10场。”')).toBe('赵明军');
  });

  it('gives it to nobody of the entry when someone else is named (a resident, an official above)', () => {
    expect(speakerOf('“以前有事找不到人说，现在好了。”居民李大爷说。')).toBeNull();
    expect(speakerOf('市政协主席王某指出：“要把协商议事室建到群众身边。”')).toBeNull();
  });

  it('gives it to the speaker named last when a pronoun or nothing attributes it', () => {
    expect(speakerOf('他表示：“要让委员成为群众的贴心人。”', '赵明军')).toBe('赵明军');
    expect(speakerOf('“协商就是要解决问题。”今年以来，县政协开展协商20场。')).toBe('李向东');
    expect(speakerOf('“协商就是要解决问题。”', null)).toBeNull();
  });
});
