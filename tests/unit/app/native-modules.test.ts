import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { isPackaged: false } }));
const { useElectronNativeModules } = await import('../../../main/app/native-modules');

const from = path.resolve(__dirname, '../../../main/app/native-modules.ts');
const requireHere = createRequire(from);
const usual = requireHere.resolve('better-sqlite3');
const before = requireHere.cache[usual];
const dir = mkdtempSync(path.join(tmpdir(), 'banmian-native-'));
mkdirSync(path.join(dir, 'better-sqlite3'));
writeFileSync(path.join(dir, 'better-sqlite3', 'package.json'), '{"name":"better-sqlite3","main":"index.js"}');
writeFileSync(path.join(dir, 'better-sqlite3', 'index.js'), "module.exports = { build: 'electron' };");

afterAll(() => {
  if (before) requireHere.cache[usual] = before;
  else delete requireHere.cache[usual];
  rmSync(dir, { recursive: true, force: true });
});

describe('Electron copy of better-sqlite3 for development runs', () => {
  it('is ignored in a packaged app and when start.mjs named none', () => {
    expect(useElectronNativeModules(dir, true, from)).toBe(false);
    expect(useElectronNativeModules(undefined, false, from)).toBe(false);
    expect(requireHere.cache[usual]).toBe(before);
  });

  it("is what the store's import of better-sqlite3 receives once named", () => {
    expect(useElectronNativeModules(dir, false, from)).toBe(true);
    expect(requireHere('better-sqlite3')).toEqual({ build: 'electron' });
  });
});
