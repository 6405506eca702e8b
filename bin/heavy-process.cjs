// The CLI's heavy-work process (main/isolation, forked by dist/cli.cjs): the bundled
// dist/heavy-process.cjs with V8's compiled code kept between runs, as bin/banmian.cjs does.
'use strict';
const cache = require('./compile-cache.cjs').enableCompileCache('heavy');
require('../dist/heavy-process.cjs');
cache.save();
