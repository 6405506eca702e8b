import { describe, expect, it } from 'vitest';
import { faceForLanguage, punctuationFaceFor, storyStylesFor } from '../../../shared/compose/story-typography';
import type { Frame, PageTypography } from '../../../shared/model/page';
import type { GlyphRun } from '../../../shared/model/display-list';
import { at, compose, glyphRuns, pageDoc, para, story } from './compose-fixtures';

/**
 * Traditional Chinese and the page style in composition (issue 13, items 2 and 8): a zh-Hant
 * story is set in the TC cuts of the faces its styles name, with centred marks; the page style
 * can ask for centred marks everywhere, or Mainland ones, and names the 楷体 for bylines,
 * captions and quotes. The faces reach the display list, so the screen and the PDF agree.
 */

const TEXT = '臺灣報紙的標點置中，你說是嗎？記者報導：「颱風過後，各區恢復供電。」';

const frame = (): Frame => ({
  id: 's',
  kind: 'story',
  storyId: 's',
  bodyColumns: 2,
  area: at(0, 2, 0, 20),
  headline: { size: 22, face: 'noto-sans-sc-700', align: 'center', deckSize: 12 },
});
const photo = (): Frame => ({ id: 'p', kind: 'photo', area: at(2, 2, 0, 14), assetId: 'a', fit: 'fill', caption: '圖為颱風過後的街道，居民清理積水。', credit: '本報記者 陳美玲 攝' });

function composed(language: 'zh-Hant' | undefined, typography?: PageTypography) {
  const doc = pageDoc(
    [frame(), photo()],
    {
      s: story(0, {
        headline: '颱風過後：全市恢復供電',
        bylines: [{ role: 'reporter', label: '本報記者', names: ['陳美玲'] }],
        body: [{ type: 'paragraph', children: [{ text: '本報訊', bold: true }, { text: TEXT }] }, { type: 'pull-quote', children: [{ text: '「終於可以安心睡覺了！」' }] }, para(TEXT)],
        ...(language ? { language } : {}),
      }),
    },
    { a: { sha256: 'a'.repeat(64) } },
  );
  if (typography) doc.typography = typography;
  return compose(doc, { a: { width: 2000, height: 1500, colorSpace: 'cmyk' } });
}

/** "face:text" of every run, for the runs whose text is in `block`. */
function runsOf(runs: GlyphRun[], test: (text: string) => boolean): string[] {
  return runs.map((r) => `${r.face}:${r.glyphs.map((g) => g.text).join('')}`).filter((s) => test(s.slice(s.indexOf(':') + 1)));
}
const faces = (runs: GlyphRun[]) => new Set(runs.map((r) => r.face));

describe('faces for a story language', () => {
  it('maps the Noto SC faces to their TC cuts (nearest bundled weight) and leaves the others', () => {
    expect(faceForLanguage('noto-serif-sc-400', 'zh-Hant')).toBe('noto-serif-tc-400');
    expect(faceForLanguage('noto-sans-sc-700', 'zh-Hant')).toBe('noto-sans-tc-700');
    expect(faceForLanguage('noto-sans-sc-900', 'zh-Hant')).toBe('noto-sans-tc-700');
    expect(faceForLanguage('noto-sans-sc-300', 'zh-Hant')).toBe('noto-sans-tc-400');
    expect(faceForLanguage('lxgw-wenkai-400', 'zh-Hant')).toBe('lxgw-wenkai-400');
    expect(faceForLanguage('noto-serif-sc-400', 'zh-Hans')).toBe('noto-serif-sc-400');
    expect(punctuationFaceFor('noto-sans-sc-700', true)).toBe('noto-sans-tc-700');
    expect(punctuationFaceFor('noto-serif-tc-400', true)).toBeUndefined();
    expect(punctuationFaceFor('noto-serif-tc-700', false)).toBe('noto-serif-sc-700');
    expect(punctuationFaceFor('lxgw-wenkai-400', true)).toBe('noto-serif-tc-400');
    expect(punctuationFaceFor('noto-serif-sc-400', false)).toBeUndefined();
  });

  it('leaves a Simplified story on a page without a page style exactly as before', () => {
    expect(storyStylesFor({}, undefined).body.char).toEqual({ face: 'noto-serif-sc-400', size: 9, tracking: 0 });
  });
});

describe('a zh-Hant story on the page', () => {
  it('sets headline, body, bold lead-in and byline in the TC faces, marks centred, no fallback', () => {
    const runs = glyphRuns(composed('zh-Hant'));
    const story = runs.filter((r) => r.source?.frameId === 's');
    expect(faces(story)).toEqual(new Set(['noto-sans-tc-700', 'noto-serif-tc-400', 'noto-sans-tc-400']));
    for (const r of story) for (const g of r.glyphs) expect(g.gid, g.text).toBeGreaterThan(0);
    expect(runsOf(story, (t) => t.includes('本報訊'))).toEqual(['noto-sans-tc-700:本報訊']);
  });

  it('takes Mainland marks from the SC faces when the page style asks', () => {
    const story = glyphRuns(composed('zh-Hant', { punctuation: 'mainland' })).filter((r) => r.source?.frameId === 's');
    const marks = story.filter((r) => r.glyphs.every((g) => '。，、；：！？'.includes(g.text)));
    expect(faces(marks)).toEqual(new Set(['noto-serif-sc-400', 'noto-sans-sc-700']));
    expect(story.filter((r) => r.glyphs.some((g) => g.text === '颱')).every((r) => r.face.includes('-tc-'))).toBe(true);
  });
});

describe('the page style', () => {
  it('centres the marks of a Simplified story and sets bylines, captions and quotes in the 楷体', () => {
    const result = composed(undefined, { punctuation: 'centred', bylineFace: 'lxgw-wenkai-400', captionFace: 'lxgw-wenkai-400', quoteFace: 'lxgw-wenkai-400' });
    const runs = glyphRuns(result);
    expect(runsOf(runs, (t) => t.includes('陳美玲'))).toEqual(['lxgw-wenkai-400:本報記者 陳美玲', 'lxgw-wenkai-400:本報記者 陳美玲 攝']);
    expect(runsOf(runs, (t) => t.startsWith('圖為'))[0]).toMatch(/^lxgw-wenkai-400:/);
    expect(runsOf(runs, (t) => t.includes('終於'))[0]).toMatch(/^lxgw-wenkai-400:/);
    // The 楷体 has no TC cut: its centred marks come from the TC serif face.
    expect(runsOf(runs, (t) => t === '！')).toContain('noto-serif-tc-400:！');
    const body = runs.filter((r) => r.source?.frameId === 's' && r.face.startsWith('noto-serif'));
    expect(faces(body)).toEqual(new Set(['noto-serif-sc-400', 'noto-serif-tc-400']));
    expect(body.filter((r) => r.face === 'noto-serif-tc-400').every((r) => r.glyphs.every((g) => '。，、；：！？'.includes(g.text)))).toBe(true);
    expect(result.preflight.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
