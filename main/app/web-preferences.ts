import type { WebPreferences } from 'electron';

/** The keys of the Electron security checklist: each one must be written out, never defaulted. */
type ChecklistKey =
  | 'contextIsolation'
  | 'sandbox'
  | 'nodeIntegration'
  | 'nodeIntegrationInWorker'
  | 'nodeIntegrationInSubFrames'
  | 'webSecurity'
  | 'allowRunningInsecureContent'
  | 'experimentalFeatures'
  | 'enableBlinkFeatures'
  | 'webviewTag'
  | 'navigateOnDragDrop'
  | 'safeDialogs'
  | 'spellcheck'
  | 'devTools'
  | 'preload'
  | 'plugins'
  | 'enableWebSQL'
  | 'javascript';

export type SecureWebPreferences = Required<Pick<WebPreferences, ChecklistKey>> & WebPreferences;

/**
 * The one place the window's webPreferences are written. Every checklist key is explicit,
 * so an Electron default changing under us cannot loosen anything; the unit test and
 * electronegativity check the values. DevTools exist only in a development run.
 */
export function secureWebPreferences(options: { preload: string; isDev: boolean }): SecureWebPreferences {
  return {
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
    // Dropping a reporter's file on the window imports it; it must never navigate to it.
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker knows no Chinese and would download dictionaries.
    spellcheck: false,
    devTools: options.isDev,
    preload: options.preload,
    plugins: false,
    enableWebSQL: false,
    javascript: true,
  };
}
