// A V8 code cache for the CLI's CommonJS modules (Node 20 has no module.enableCompileCache,
// which came in 22.1). Compiling the bundle and its packages' JavaScript is a good part of a
// cold `banmian compose`; V8 can instead take the code it compiled in an earlier run. The
// cache is one file per Node version: module file (path, size, mtime) → V8 cached data, written when the
// process exits if a module was new, changed or its data was rejected (another V8). A cache
// that cannot be read or written only costs the compilation. BANMIAN_COMPILE_CACHE=0 turns it off.
'use strict';
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { tmpdir } = require('node:os');
const { dirname, join, sep } = require('node:path');
const vm = require('node:vm');

/** Where the cache file lives: $BANMIAN_COMPILE_CACHE_DIR, or banmian-cache/v8 in the temporary folder; one per thread kind. */
function cacheFile(name) {
  const dir = process.env.BANMIAN_COMPILE_CACHE_DIR || join(tmpdir(), 'banmian-cache', 'v8');
  return join(dir, `node-${process.version}-${process.arch}${name ? `-${name}` : ''}.bin`);
}

/** The file: a JSON index (key → [offset, length]) after a 4-byte length, then the data. */
function readCache(file) {
  const entries = new Map();
  try {
    const bytes = readFileSync(file);
    const indexLength = bytes.readUInt32LE(0);
    const index = JSON.parse(bytes.subarray(4, 4 + indexLength).toString('utf8'));
    const base = 4 + indexLength;
    for (const [key, [offset, length]] of Object.entries(index)) entries.set(key, bytes.subarray(base + offset, base + offset + length));
  } catch {
    // no cache yet, or a damaged one: compile as usual
  }
  return entries;
}

function writeCache(file, entries) {
  const index = {};
  const parts = [];
  let offset = 0;
  for (const [key, data] of entries) {
    index[key] = [offset, data.length];
    parts.push(data);
    offset += data.length;
  }
  const head = Buffer.from(JSON.stringify(index), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length, 0);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.concat([length, head, ...parts]));
    renameSync(temp, file);
  } catch {
    // a read-only or full disk: compile again next time
  }
}

/**
 * A module's file by path, size and modification time (hashing every source each run would
 * cost more than it saves); a source that does not come from its file is hashed.
 */
function cacheKey(filename, content) {
  try {
    const stat = statSync(filename);
    if (stat.size === Buffer.byteLength(content)) return `${filename}\0${stat.size}\0${stat.mtimeMs}`;
  } catch {
    // not a file
  }
  // node:crypto only here: loading it costs every start a few milliseconds.
  return `${filename}\0${require('node:crypto').createHash('sha1').update(content).digest('base64url')}`;
}

/**
 * The CLI's own bundles (dist/, scripts/build-cli.mjs) are built without import(), so an `import(`
 * in them is in a comment or a string (zod's sources have one): they are the two largest scripts
 * a cold compose compiles and must not be taken for modules that import dynamically.
 */
const ownBundles = join(__dirname, '..', 'dist') + sep;

function importsDynamically(content, filename) {
  return content.includes('import(') && !filename.startsWith(ownBundles);
}

/**
 * `name` keeps a thread's cache apart (the heavy-work process's is "heavy": main/isolation, bin/heavy-process.cjs). The
 * cache is written at exit; `save()` writes it earlier — a killed process is ended without one.
 */
function enableCompileCache(name) {
  if (process.env.BANMIAN_COMPILE_CACHE === '0') return { save() {} };
  const file = cacheFile(name);
  const entries = readCache(file);
  const produced = [];
  const used = new Set();
  const originalCompile = Module.prototype._compile;

  Module.prototype._compile = function compileWithCache(content, filename) {
    // import() in a script made from cached data fails in Node 20 (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING):
    // such modules compile as usual. The CLI's bundles are built without import() (scripts/build-cli.mjs).
    if (importsDynamically(content, filename)) return originalCompile.call(this, content, filename);
    const key = cacheKey(filename, content);
    used.add(key);
    const cachedData = entries.get(key);
    let script;
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData });
    } catch {
      return originalCompile.call(this, content, filename);
    }
    if (!cachedData || script.cachedDataRejected) produced.push({ key, script });
    // What Node's own wrapper hands a module: its require (arrows keep `this`, the module).
    const require = (id) => this.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
    require.resolve.paths = (request) => Module._resolveLookupPaths(request, this);
    require.main = process.mainModule;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };

  // At exit the scripts hold the functions this run compiled too, not only the top level.
  const save = () => {
    if (produced.length === 0) return;
    for (const { key, script } of produced.splice(0)) entries.set(key, script.createCachedData());
    // Entries of files that changed since (their old path/size/mtime) are dropped.
    for (const key of entries.keys()) if (!used.has(key)) entries.delete(key);
    writeCache(file, entries);
  };
  process.once('exit', save);
  return { save };
}

module.exports = { enableCompileCache };
