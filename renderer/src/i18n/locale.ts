import { messagesEn, type Messages } from './messages-en';
import { messagesZhCn } from './messages-zh-cn';

export type Locale = 'zh-CN' | 'en';

export const catalogue: Record<Locale, Messages> = { 'zh-CN': messagesZhCn, en: messagesEn };

/**
 * The interface language from the system's preferred languages (navigator.languages):
 * the first Chinese or English entry wins; a system in any other language gets English.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}
