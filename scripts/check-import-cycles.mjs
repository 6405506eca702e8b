// Fails when main, preload, renderer or shared has an import circle (type-only imports
// included): a circle means two files own one concern between them. Run by `npm run lint`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LAYERS = ['main', 'preload', 'renderer', 'shared'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const files = LAYERS.flatMap((layer) => sources(join(root, layer)));
const edges = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => resolveImport(file, m[1] ?? m[2])).filter((t) => t !== null);
    return [file, [...new Set(targets)]];
  }),
);

// Depth-first search; a grey node met again closes a circle.
const state = new Map();
const stack = [];
const circles = [];
function visit(file) {
  state.set(file, 'grey');
  stack.push(file);
  for (const next of edges.get(file) ?? []) {
    if (state.get(next) === 'grey') circles.push([...stack.slice(stack.indexOf(next)), next]);
    else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'black');
}
for (const file of files) if (!state.has(file)) visit(file);

if (circles.length > 0) {
  for (const circle of circles) console.error(`import circle: ${circle.map((f) => relative(root, f)).join(' → ')}`);
  process.exit(1);
}
console.log(`no import circles in ${LAYERS.join(', ')} (${files.length} files)`);
