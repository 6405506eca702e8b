import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../main/app/web-preferences';

/** The Electron security checklist, key by key, with the only acceptable value. */
const CHECKLIST = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableBlinkFeatures: '',
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  plugins: false,
  enableWebSQL: false,
  javascript: true,
};

describe('window webPreferences', () => {
  const production = secureWebPreferences({ preload: '/app/dist/preload/index.cjs', isDev: false });

  it('writes every checklist key explicitly with its safe value', () => {
    for (const [key, value] of Object.entries(CHECKLIST)) {
      expect(Object.prototype.hasOwnProperty.call(production, key), `${key} is set`).toBe(true);
      expect(production[key as keyof typeof production], key).toBe(value);
    }
  });

  it('sets nothing beyond the checklist, the preload and DevTools', () => {
    expect(Object.keys(production).sort()).toEqual([...Object.keys(CHECKLIST), 'preload', 'devTools'].sort());
    expect(production.preload).toBe('/app/dist/preload/index.cjs');
  });

  it('has DevTools only in a development run', () => {
    expect(production.devTools).toBe(false);
    expect(secureWebPreferences({ preload: '/p.cjs', isDev: true }).devTools).toBe(true);
  });
});
