/**
 * The analysis layer: what editors and researchers ask of extracted reports — totals, coverage,
 * terms, keywords, comparison, summaries, the coding scheme and inter-coder agreement.
 */
export { agreement, type Agreement, type CategoryAgreement, type Disagreement, type DisagreementKind, type Scores } from './agree.js';
export { CodedFileError, codedFromCsv, codedFromJson, codedFromReport, type CodedMetric, type CodedSet } from './coded.js';
export { compareCategories, compareRows, metricsByEntry, metricShortForm, type CompareCell, type CompareGroup, type CompareRow } from './compare.js';
export { coverage, coverageAcross, type Coverage, type Place } from './coverage.js';
export { entryKeywords, KEYWORDS_PER_ENTRY, type Keyword } from './keywords.js';
export { summarise, summariseAcross, TOP_TERMS, type CorpusSummary, type ReportSummary, type SectionSummary } from './summary.js';
export { termIndex, type TermUse } from './terms.js';
export { formatTotal, totals, type Total } from './totals.js';
