/**
 * cppcc-extract as a library: `extract(bytes, { path })` returns the Report that the JSON output holds.
 */
export { extract, formatFromPath, InputError, type ExtractOptions } from './pipeline.js';
export { VERSION } from './version.js';
export * from './model/report.js';
