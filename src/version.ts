/**
 * The package version. Read from package.json at run time rather than copied into the source, so
 * `--version` and the JSON `generator` field can never drift from the published package. The path is
 * the same from src/ (tests) and dist/ (the built CLI): both sit one level below the package root.
 */
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export const VERSION: string = packageJson.version;
