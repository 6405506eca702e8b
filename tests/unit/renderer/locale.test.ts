import { describe, expect, it } from 'vitest';
import { catalogue, pickLocale } from '../../../renderer/src/i18n/locale';

describe('pickLocale', () => {
  it('gives Chinese to any Chinese system locale', () => {
    expect(pickLocale(['zh-CN'])).toBe('zh-CN');
    expect(pickLocale(['zh'])).toBe('zh-CN');
    expect(pickLocale(['zh-Hans-CN', 'en-US'])).toBe('zh-CN');
  });

  it('gives English to English systems and to languages it does not have', () => {
    expect(pickLocale(['en-GB'])).toBe('en');
    expect(pickLocale(['fr-FR', 'de'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('takes the first language it has from the preference list', () => {
    expect(pickLocale(['fr-FR', 'zh-TW', 'en'])).toBe('zh-CN');
  });
});

describe('catalogue', () => {
  it('has every label in both languages, none left empty', () => {
    const walk = (value: unknown, path: string, out: string[]) => {
      if (typeof value === 'string') {
        // A rule dragged onto the page carries no sample text.
        const ruleSample = /\.pageDesk\.elements\.rule-[a-z]+\.sample$/.test(path);
        if (value.trim() === '' && !ruleSample) out.push(path);
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, out);
      }
      return out;
    };
    expect(walk(catalogue['zh-CN'], 'zh-CN', [])).toEqual([]);
    expect(walk(catalogue.en, 'en', [])).toEqual([]);
    expect(catalogue['zh-CN'].status.approved).toBe('已签发');
    expect(catalogue.en.importer.done(5, 1)).toBe('Imported 5 stories from 1 file.');
  });
});
