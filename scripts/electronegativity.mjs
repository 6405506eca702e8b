// `npm run test:security`: @doyensec/electronegativity over the Electron code (main/, preload/)
// and renderer/index.html (where the page's CSP meta tag lives). It parses TypeScript itself,
// so it reads the sources, not the bundles (whose vendored zod would drown the report).
//
// Every finding must be justified, or the command fails:
// - in the code, on the line the finding points at, in electronegativity's own syntax plus a
//   reason:   // eng-disable CHECK_ID [CHECK_ID…] -- why this is safe
//   A suppression without a reason, naming no check, covering a whole file, or no longer
//   matching any finding is itself a failure;
// - or in REVIEWED / EXCLUDED_CHECKS below, for findings in files we may not annotate or for
//   checks that cannot run here, each with its reason.
// To see every finding, we scan a copy in which the suppressions are disarmed, then match the
// findings against them ourselves.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Checks we do not run, and why. */
const EXCLUDED_CHECKS = {
  AvailableSecurityFixesGlobalCheck:
    "downloads Electron's release list from GitHub during the scan, and this scan must work offline. " +
    'Electron is pinned (package.json, electron-builder.yml) and upgraded deliberately.',
};

/** Findings accepted after review, in files where a suppression comment cannot go. */
const REVIEWED = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    // The CSP evaluator's only remark may be this one; any other (unsafe-inline, a wildcard,
    // a missing object-src, …) fails the scan.
    acceptedCspFindings: ["script-src 'self'"],
    justification:
      "'self' is risky where the origin serves JSONP, AngularJS or user uploads. app://banmian serves only the " +
      'built renderer from the read-only app bundle; user photos come from banmian://, which is not in ' +
      "script-src and answers with default-src 'none'.",
  },
];

const SCANNED_DIRS = ['main', 'preload'];
const SCANNED_FILES = ['renderer/index.html'];
const SOURCE = /\.(ts|tsx|js|mjs|cjs|html)$/;
const MIN_REASON = 15;

function listFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(path));
    else if (SOURCE.test(entry.name)) found.push(path);
  }
  return found;
}

/** `// eng-disable A B -- reason` (or the HTML comment form) on one line. */
function parseSuppression(line) {
  const match = /(?:\/\/|\/\*|<!--)\s*eng-disable\b(.*)$/.exec(line);
  if (!match) return undefined;
  const [idsPart, ...rest] = match[1].replace(/\s*(\*\/|-->)\s*$/, '').split(/\s--\s/);
  const ids = (idsPart ?? '').trim().split(/[\s,]+/).filter(Boolean);
  return { ids, reason: rest.join(' -- ').trim() };
}

function collectSuppressions(files, problems) {
  const suppressions = new Map();
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      const suppression = parseSuppression(line);
      if (!suppression) return;
      const where = `${file}:${index + 1}`;
      if (index === 0) problems.push(`${where}: a first-line eng-disable silences the whole file; suppress single lines.`);
      if (suppression.ids.length === 0) problems.push(`${where}: eng-disable names no check.`);
      for (const id of suppression.ids) {
        if (!/^[A-Z0-9_]+_(JS|HTML|JSON|GLOBAL)_CHECK$/.test(id)) problems.push(`${where}: "${id}" is not a check id (use the SNAKE_CASE id).`);
      }
      if (suppression.reason.length < MIN_REASON) problems.push(`${where}: eng-disable ${suppression.ids.join(' ')} needs a reason after " -- ".`);
      suppressions.set(where, { ...suppression, used: new Set() });
    });
  }
  return suppressions;
}

function cspRemarks(policy) {
  const csp = require('@doyensec/csp-evaluator');
  const parsed = new csp.CspParser(policy ?? '');
  const findings = new csp.CspEvaluator(parsed.csp, csp.Version.CSP3).evaluate();
  return findings.filter((finding) => finding.severity < csp.severities.INFO).map((finding) => `${finding.directive} ${finding.value}`.trim());
}

function reviewedEntry(issue) {
  return REVIEWED.find((entry) => {
    if (entry.id !== issue.id || entry.file !== issue.file) return false;
    if (!entry.acceptedCspFindings) return true;
    const remarks = cspRemarks(issue.sample);
    return remarks.length > 0 && remarks.every((remark) => entry.acceptedCspFindings.includes(remark));
  });
}

async function scan(copy) {
  const run = require('@doyensec/electronegativity');
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  // The library announces its (harmless, 1 s) attempt to fetch translations; keep the report clean.
  const log = console.log;
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    return await (run.default ?? run)({
      input: copy,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: Object.keys(EXCLUDED_CHECKS),
    });
  } finally {
    console.log = log;
  }
}

async function main() {
  const problems = [];
  const files = [];
  for (const dir of SCANNED_DIRS) {
    if (existsSync(join(root, dir))) files.push(...listFiles(join(root, dir)).map((file) => relative(root, file).split(sep).join('/')));
  }
  for (const file of SCANNED_FILES) {
    if (existsSync(join(root, file))) files.push(file);
    else problems.push(`${file} is missing: the renderer's CSP meta tag lives there.`);
  }
  const suppressions = collectSuppressions(files, problems);

  // A copy with disarmed suppressions, same line numbers, so every finding comes back.
  const copy = mkdtempSync(join(tmpdir(), 'banmian-electronegativity-'));
  try {
    for (const file of files) {
      const target = join(copy, file);
      cpSync(join(root, file), target);
      writeFileSync(target, readFileSync(target, 'utf8').replaceAll('eng-disable', 'eng-reviewed'));
    }
    const result = await scan(copy);

    for (const error of result.errors) {
      if (!error.tolerable) problems.push(`${error.file}: could not be parsed, so it was not scanned: ${error.message}`);
    }
    const justified = [];
    for (const issue of result.issues) {
      const where = `${issue.file}:${issue.location.line}`;
      const suppression = suppressions.get(where);
      if (suppression?.ids.includes(issue.id)) {
        suppression.used.add(issue.id);
        justified.push(`${where} ${issue.id}: ${suppression.reason}`);
        continue;
      }
      const entry = reviewedEntry(issue);
      if (entry) {
        justified.push(`${where} ${issue.id}: ${entry.justification}`);
        continue;
      }
      problems.push(`${where} ${issue.id} (${issue.severity.name}, ${issue.confidence.name}): ${issue.description}\n    ${issue.sample ?? ''}\n    ${issue.shortenedURL ?? ''}`);
    }
    for (const [where, suppression] of suppressions) {
      for (const id of suppression.ids) {
        if (!suppression.used.has(id)) problems.push(`${where}: eng-disable ${id} matches no finding; remove it.`);
      }
    }

    console.log(`electronegativity: ${files.length} files, ${result.globalChecks} global and ${result.atomicChecks} atomic checks.`);
    for (const [check, reason] of Object.entries(EXCLUDED_CHECKS)) console.log(`  not run: ${check}: ${reason}`);
    for (const line of justified) console.log(`  justified: ${line}`);
    if (problems.length > 0) {
      console.error(`\nelectronegativity: ${problems.length} unjustified finding(s) or suppression problem(s):`);
      for (const problem of problems) console.error(`  - ${problem}`);
      process.exitCode = 1;
    } else {
      console.log('electronegativity: no unjustified findings.');
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

await main();
