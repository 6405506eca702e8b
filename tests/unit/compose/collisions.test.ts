import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishPreflight } from '../../../shared/compose/preflight-english';
import type { PreflightIssue } from '../../../shared/compose/compose-types';
import type { GlyphRun, ImageItem, Rect } from '../../../shared/model/display-list';
import type { Frame, HeadlineLayout } from '../../../shared/model/page';
import type { StoryFields } from '../../../shared/model/story';
import { at, codes, compose, pageDoc, story } from './compose-fixtures';

const head: HeadlineLayout = { size: 26, face: 'noto-sans-sc-700', align: 'center', deckSize: 14 };
const image = { width: 3000, height: 3000, colorSpace: 'cmyk' as const };
const collisions = (issues: readonly PreflightIssue[]) => issues.filter((i): i is Extract<PreflightIssue, { code: 'collision' }> => i.code === 'collision');
const pair = (i: Extract<PreflightIssue, { code: 'collision' }>): string => [i.params.a.frameId, i.params.b.frameId].sort().join('+');

/** Ink of the display list by frame, read from the list itself: a small box in the middle of every glyph, every photo's visible box. */
function inkByFrame(items: readonly (GlyphRun | ImageItem | { kind: string })[], photoFrames: Record<string, string>): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  const add = (id: string, r: Rect) => out.set(id, [...(out.get(id) ?? []), r]);
  for (const item of items) {
    if (item.kind === 'glyphs') {
      const run = item as GlyphRun;
      for (const g of run.glyphs) {
        if (!g.text.trim()) continue;
        add(run.source!.frameId, { x: g.x + 0.4 * run.size, y: run.y - 0.7 * run.size, width: 0.2 * run.size, height: 0.6 * run.size });
      }
    } else if (item.kind === 'image') {
      const img = item as ImageItem;
      add(photoFrames[img.assetId]!, img.clip);
    }
  }
  return out;
}

const deep = (a: Rect, b: Rect): boolean =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

describe('collisions', () => {
  it('never leaves overlapping content of two frames in the display list unreported (random layouts)', () => {
    const storyFrame = fc.record({
      column: fc.integer({ min: 0, max: 6 }),
      span: fc.integer({ min: 1, max: 3 }),
      line: fc.integer({ min: 0, max: 30 }),
      depth: fc.integer({ min: 6, max: 24 }),
      columns: fc.integer({ min: 1, max: 3 }),
      headline: fc.boolean(),
      paragraphs: fc.integer({ min: 1, max: 3 }),
    });
    const photoFrame = fc.record({
      column: fc.integer({ min: 0, max: 7 }),
      span: fc.integer({ min: 1, max: 2 }),
      line: fc.integer({ min: 0, max: 40 }),
      depth: fc.integer({ min: 6, max: 14 }),
    });
    fc.assert(
      fc.property(fc.array(storyFrame, { minLength: 1, maxLength: 3 }), fc.array(photoFrame, { maxLength: 2 }), (stories, photos) => {
        const frames: Frame[] = [];
        const texts: Record<string, StoryFields> = {};
        const photoFrames: Record<string, string> = {};
        stories.forEach((s, i) => {
          const span = Math.min(s.span, 8 - s.column);
          texts[`s${i}`] = story(s.paragraphs, { headline: `第${i + 1}条新闻的标题` });
          frames.push({ id: `f${i}`, kind: 'story', storyId: `s${i}`, area: at(s.column, span, s.line, s.depth), bodyColumns: Math.min(s.columns, span), ...(s.headline ? { headline: head } : {}) });
        });
        photos.forEach((p, i) => {
          photoFrames[`a${i}`] = `p${i}`;
          frames.push({ id: `p${i}`, kind: 'photo', area: at(p.column, Math.min(p.span, 8 - p.column), p.line, p.depth), assetId: `a${i}`, fit: 'fill', caption: '图片说明。', credit: '' });
        });
        const assets = Object.fromEntries(Object.keys(photoFrames).map((a) => [a, { file: `${a}.jpg` }]));
        const result = compose(pageDoc(frames, texts, assets), Object.fromEntries(Object.keys(photoFrames).map((a) => [a, image])));
        const reported = new Set(collisions(result.preflight).map(pair));
        const ink = [...inkByFrame(result.page.items, photoFrames)];
        for (let i = 0; i < ink.length; i++) {
          for (let j = i + 1; j < ink.length; j++) {
            const [idA, a] = ink[i]!;
            const [idB, b] = ink[j]!;
            const overlapping = a.some((ra) => b.some((rb) => deep(ra, rb)));
            if (overlapping) expect(reported, `${idA} and ${idB} overlap`).toContain([idA, idB].sort().join('+'));
          }
        }
        for (const issue of collisions(result.preflight)) expect(issue.severity).toBe('error');
      }),
      { numRuns: 30, seed: 20261203 },
    );
  });

  it('reports a story frame moved three lines down onto the next story’s headline, naming both', () => {
    const frames = (dy: number): Frame[] => [
      { id: 'upper', kind: 'story', storyId: 'a', area: at(0, 2, dy, 11), bodyColumns: 2, headline: head },
      { id: 'lower', kind: 'story', storyId: 'b', area: at(0, 2, 11, 11), bodyColumns: 2, headline: head },
    ];
    const stories = { a: story(3, { headline: '上面的稿件' }), b: story(3, { headline: '下面的稿件' }) };
    expect(collisions(compose(pageDoc(frames(0), stories)).preflight)).toEqual([]);
    const moved = compose(pageDoc(frames(3), stories));
    const found = collisions(moved.preflight);
    expect(found.map((i) => `${i.params.a.frameId}:${i.params.a.content} ${i.params.b.frameId}:${i.params.b.content}`)).toContain('upper:text lower:headline');
    expect(moved.preflight[0]!.code).toBe('collision');
    const words = englishPreflight(found[0]!, { story: (id) => (id === 'a' ? '「上面的稿件」' : '「下面的稿件」') });
    expect(words).toContain('「上面的稿件」');
    expect(words).toContain('「下面的稿件」');
    expect(words).not.toMatch(/upper|lower/u);
  });

  it('reports a story dropped over a photo: its headline prints on the photo', () => {
    const frames: Frame[] = [
      { id: 'photo', kind: 'photo', area: at(0, 2, 0, 12), assetId: 'img', fit: 'fill', caption: '', credit: '' },
      { id: 'story', kind: 'story', storyId: 's', area: at(0, 3, 0, 20), bodyColumns: 3, headline: head },
    ];
    const result = compose(pageDoc(frames, { s: story(3) }, { img: { file: 'x.jpg' } }), { img: image });
    expect(collisions(result.preflight).map((i) => `${i.params.a.content}+${i.params.b.content}`)).toEqual(['photo+headline']);
    // Marked as an intended overprint, the same page is clean of collisions.
    const over: Frame[] = [frames[0]!, { ...(frames[1] as Extract<Frame, { kind: 'story' }>), headline: { ...head, overPhoto: true } }];
    expect(collisions(compose(pageDoc(over, { s: story(3) }, { img: { file: 'x.jpg' } }), { img: image }).preflight)).toEqual([]);
  });

  it('pushes a story’s own photo below a headline block that grows (a 副题), rather than under it', () => {
    const frames: Frame[] = [
      { id: 'story', kind: 'story', storyId: 's', area: at(0, 3, 0, 40), bodyColumns: 3, headline: head },
      { id: 'photo', kind: 'photo', area: at(0, 1, 3, 10), assetId: 'img', fit: 'fill', caption: '', credit: '' },
    ];
    const plain = compose(pageDoc(frames, { s: story(4) }, { img: { file: 'x.jpg' } }), { img: image });
    const withDeck = compose(pageDoc(frames, { s: story(4, { subtitle: '一个长长的副题让标题组更深' }) }, { img: { file: 'x.jpg' } }), { img: image });
    const photoTop = (r: typeof plain) => (r.page.items.find((i) => i.kind === 'image') as ImageItem).clip.y;
    const headFoot = (r: typeof plain) => Math.max(...r.lines.filter((l) => l.block === 'headline' || l.block === 'subtitle').map((l) => l.y + 0.12 * l.size));
    expect(photoTop(plain)).toBeGreaterThan(headFoot(plain));
    expect(photoTop(withDeck)).toBeGreaterThan(headFoot(withDeck));
    expect(photoTop(withDeck)).toBeGreaterThan(photoTop(plain));
    expect(codes(withDeck).filter((c) => c.startsWith('error'))).toEqual([]);
    expect(withDeck.frames.find((f) => f.frameId === 'photo')!.rect.y).toBeCloseTo(photoTop(withDeck) - 0, -1);
  });
});
