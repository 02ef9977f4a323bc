/**
 * Hand-made reports for writer and CLI tests, modelled on the reference report (黔江区 and 永川区
 * passages of the 4th study session), so writer tests never depend on the extraction pipeline.
 * Metric and number spans point at their raw text in `blocks`, as the pipeline's do.
 */
import type { Report, Warning } from '../../src/model/report.js';

export const SAMPLE_PATH = 'corpus/cq-cppcc-study-session-4.txt';

export function sampleReport(options: { path?: string; warnings?: Warning[] } = {}): Report {
  return {
    source: {
      path: options.path ?? SAMPLE_PATH,
      format: 'txt',
      encoding: 'utf-8',
      bytes: 21436,
      sha256: 'a'.repeat(64),
    },
    meta: {
      title: '深入研讨聚共识 汇智聚力促发展',
      subtitle: '六届市政协委员专题学习研讨班（第4期）学员谈体会建良言',
      reporter: '程颖',
      event: '六届市政协委员专题学习研讨班（第4期）',
      dates: '7月22日至25日',
      venue: '中共石柱土家族自治县委党校（初心学院）',
    },
    sections: [{ index: 1, title: '围绕中心建言资政 服务大局助推发展', line: 31 }],
    entries: [
      {
        id: 'e1',
        section: 1,
        district: { name: '黔江区', code: '500114', province: '重庆市', city: null },
        speakers: [{ name: '姚登惠', title: '政协主席', line: 38 }],
        text: '黔江区政协主席姚登惠介绍，该区政协探索建立重点课题生成机制……',
        lines: [38, 62],
        spans: [{ block: 2, span: [0, 31] }],
        terms: [],
        quotes: [{ text: '问题是时代的声音', speaker: '姚登惠', line: 50 }],
      },
      {
        id: 'e2',
        section: 1,
        district: { name: '永川区', code: '500118', province: '重庆市', city: null },
        speakers: [
          { name: '文良印', title: '政协主席', line: 146 },
          { name: '张某', title: '政协副主席', line: 150 },
        ],
        text: '永川区政协主席文良印则表示，区政协坚持从全局谋划一域、以一域服务全局。',
        lines: [146, 158],
        spans: [{ block: 3, span: [0, 29] }],
        terms: ['渝事好商量'],
        quotes: [],
      },
    ],
    metrics: [
      { id: 'm1', entry: 'e2', district: '永川区', value: 230, upper: null, unit: '次', qualifier: 'over', category: 'activities', subject: '考察调研', period: '2022年以来', partOf: null, raw: '230余次', line: 154, column: 5, offset: 4012, block: 3, span: [11, 16] },
      { id: 'm2', entry: 'e2', district: '永川区', value: 36, upper: null, unit: '次', qualifier: 'over', category: 'activities', subject: '重要协商活动', period: '2022年以来', partOf: null, raw: '36 余次', line: 154, column: 21, offset: 4028, block: 3, span: [23, 28] },
      { id: 'm3', entry: null, district: null, value: 60000000, upper: null, unit: '元', qualifier: 'over', category: 'money', subject: '节省投资', period: null, partOf: null, raw: '6000 余万元', line: 300, column: 3, offset: 9000, block: 4, span: [4, 12] },
    ],
    numbers: [
      { kind: 'date', raw: '7 月 22 日', value: null, line: 13, column: 1, offset: 180, reason: 'date', metric: null, block: 1, span: [0, 8] },
      { kind: 'metric', raw: '230', value: 230, line: 154, column: 5, offset: 4012, reason: 'count with unit 次', metric: 'm1', block: 3, span: [11, 14] },
    ],
    warnings: options.warnings ?? [],
    blocks: [
      { kind: 'title', text: '深入研讨聚共识 汇智聚力促发展', line: 1 },
      { kind: 'paragraph', text: '7 月 22 日至 25 日，六届市政协委员专题学习研讨班（第4期）举行。', line: 13 },
      { kind: 'paragraph', text: '黔江区政协主席姚登惠介绍，该区政协探索建立重点课题生成机制……', line: 38 },
      { kind: 'paragraph', text: '2022年以来考察调研230余次、重要协商活动36 余次。', line: 154 },
      { kind: 'paragraph', text: '节省投资6000 余万元。', line: 300 },
    ],
  };
}

/** Cell contents that break naive CSV/Markdown/terminal writers. */
export const TRICKY_TEXTS = [
  '他说："好,很好"',
  'a,b',
  '第一行\n第二行',
  'CR\r\nLF',
  '=SUM(A1:A2)',
  '+1',
  '|管道|',
  '  leading and trailing  ',
  '\\|',
  '',
];

/** A report whose metrics carry the tricky texts as subjects, one metric per text. */
export function trickyReport(): Report {
  const report = sampleReport();
  const template = report.metrics[0]!;
  report.metrics = TRICKY_TEXTS.map((subject, i) => ({ ...template, id: `t${i}`, subject, raw: subject }));
  return report;
}
