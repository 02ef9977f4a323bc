/**
 * A coding of the reference report with every kind of disagreement the agreement measures: metrics
 * dropped (misses), invented (extras), moved to another district (a miss and an extra), coded in
 * another category or qualifier — so that agreement is checked against the reference scorer on
 * something other than a perfect score.
 */
import type { Metric, Report } from '../../src/model/report.js';
import { referenceReport } from './reference-report.js';

export function perturbedReport(): Report {
  const metrics: Metric[] = referenceReport.metrics
    // misses: 永川区 36 余次 and 梁平区 33 个
    .filter((metric) => !['永川区|36', '梁平区|33'].includes(`${metric.district}|${metric.value}`))
    .map((metric): Metric => {
      if (metric.district === '涪陵区' && metric.unit === '个') return { ...metric, category: 'facilities' };
      if (metric.district === '南岸区' && metric.unit === '人次') return { ...metric, qualifier: 'exact' };
      if (metric.district === '城口县' && metric.unit === '名') return { ...metric, district: '忠县' };
      if (metric.district === '荣昌区' && metric.unit === '场次') return { ...metric, category: 'problems' };
      return metric;
    });
  const template = metrics[0]!;
  metrics.push(
    { ...template, id: 'x1', district: '万州区', value: 12, unit: '场', category: 'activities', raw: '12场', line: 214 },
    { ...template, id: 'x2', district: '忠县', value: 7, unit: '件', category: 'outputs', raw: '7件', line: 550 },
  );
  return { ...referenceReport, metrics };
}
