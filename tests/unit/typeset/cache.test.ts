import { describe, expect, it } from 'vitest';
import { createLayoutCache, widthsKey } from '../../../shared/typeset/cache';
import { layoutParagraph } from '../../../shared/typeset/paragraph';
import { BODY_STYLE, withStyle } from '../../../shared/typeset/styles';
import { measurer } from './fixtures/fonts';

const text = '近年来，沁阳市瞄准新兴领域党建工作难点、堵点，围绕压实责任主体、提升服务质效、突出作用发挥。';

describe('layout cache', () => {
  it('returns the same layout for the same text, style and widths without setting it again', () => {
    const cache = createLayoutCache();
    const input = { runs: [{ text }], style: BODY_STYLE };
    const a = layoutParagraph(input, 117, measurer, cache);
    const b = layoutParagraph({ runs: [{ text }], style: { ...BODY_STYLE } }, [117, 117], measurer, cache);
    expect(b).toBe(a);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('sets again when the text, the style or a width changes, reusing the width-independent work', () => {
    const cache = createLayoutCache();
    const a = layoutParagraph({ runs: [{ text }], style: BODY_STYLE }, 117, measurer, cache);
    const wider = layoutParagraph({ runs: [{ text }], style: BODY_STYLE }, 126, measurer, cache);
    const edited = layoutParagraph({ runs: [{ text: `${text}好` }], style: BODY_STYLE }, 117, measurer, cache);
    const restyled = layoutParagraph({ runs: [{ text }], style: withStyle(BODY_STYLE, { firstLineIndent: 0 }) }, 117, measurer, cache);
    expect(new Set([a, wider, edited, restyled]).size).toBe(4);
    expect(cache.stats()).toMatchObject({ misses: 4, prepared: 3 });
    expect(wider.lines.length).toBeLessThanOrEqual(a.lines.length);
  });

  it('forgets the least recently used layouts beyond its character budget', () => {
    // Each layout of this paragraph weighs its length (+16): room for two.
    const cache = createLayoutCache({ maxLayoutChars: 2 * (text.length + 16) });
    for (const w of [100, 110, 120]) layoutParagraph({ runs: [{ text }], style: BODY_STYLE }, w, measurer, cache);
    expect(cache.stats().layouts).toBe(2);
    layoutParagraph({ runs: [{ text }], style: BODY_STYLE }, 100, measurer, cache);
    expect(cache.stats().misses).toBe(4);
  });

  it('drops the earlier versions of a paragraph with an id as soon as its edit is set', () => {
    const cache = createLayoutCache();
    for (let i = 0; i < 20; i++) {
      layoutParagraph({ id: 'story-1#3', runs: [{ text: `${text}${'好'.repeat(i)}` }], style: BODY_STYLE }, 117, measurer, cache);
      layoutParagraph({ id: 'story-1#3', runs: [{ text: `${text}${'好'.repeat(i)}` }], style: BODY_STYLE }, 126, measurer, cache);
    }
    expect(cache.stats()).toMatchObject({ layouts: 2, prepared: 1 });
    // Without an id, every version stays until the budget runs out.
    const anonymous = createLayoutCache();
    for (let i = 0; i < 20; i++) layoutParagraph({ runs: [{ text: `${text}${'好'.repeat(i)}` }], style: BODY_STYLE }, 117, measurer, anonymous);
    expect(anonymous.stats().layouts).toBe(20);
  });

  it('keys widths run-length encoded, so a column of equal lines is one short key', () => {
    expect(widthsKey(117)).toBe('117*');
    expect(widthsKey([117, 117, 117])).toBe('117*');
    expect(widthsKey([60, 60, 117, 117])).toBe('60x2,117*');
  });
});
