/**
 * cppcc-extract as a library: `extract(bytes, { path })` returns the Report that the JSON output holds.
 */
export { extract, extractParts, formatFromPath, InputError, PART_CHARS, type ExtractOptions, type PartOptions } from './pipeline.js';
export { VERSION } from './version.js';
export * from './model/report.js';
export * from './analyze/index.js';
export { render, formatFromPath as outputFormatFromPath, OUTPUT_FORMATS, type OutputFormat, type RenderOptions } from './write/index.js';
