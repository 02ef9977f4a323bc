#!/usr/bin/env node
// The executable shim; everything else lives in src/cli/main.ts.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
