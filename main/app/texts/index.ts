import { EN } from './en';
import type { MainTexts } from './main-texts';
import { ZH } from './zh';

export type { MainTexts, MenuLabels } from './main-texts';

/** The main process's words for an OS locale ("zh-CN", "en-US", …): Chinese for any zh locale, else English. */
export function mainTexts(locale: string): MainTexts {
  return locale.toLowerCase().startsWith('zh') ? ZH : EN;
}
