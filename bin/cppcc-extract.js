#!/usr/bin/env node
// The executable shim. It loads the bundled command line (dist/cli.js, built by `npm run bundle`
// from src/cli/main.ts): one file to read instead of a hundred modules to resolve.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
