#!/usr/bin/env node
// The executable shim, CommonJS because Node starts a CommonJS entry point faster than an ES
// module. dist/cli/launch.cjs starts the bundled command line with V8's code cache.
'use strict';

require('../dist/cli/launch.cjs')
  .launch(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
