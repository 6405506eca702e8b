import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyfitStyles, fitStory, type CopyfitLimits } from '../../../shared/compose/copyfit';
import { storyParagraphs } from '../../../shared/compose/story-paragraphs';
import type { PageDocument, StoryFrame } from '../../../shared/model/page';
import type { Block, StoryFields } from '../../../shared/model/story';
import { at, compose, pageDoc, para } from './compose-fixtures';

/**
 * Automatic copyfit (issue 13, item 7): "fit to frames" takes an overset story in with the least
 * 缩字 within the limit, then by taking lines from the space of subheads, then from paragraph
 * spacing; fills an underset one with 扩字, then by giving subheads and paragraph gaps lines
 * (撑行); says what it changed, and why when the story still does not fit.
 * Golden: tests/unit/compose/golden/copyfit-outcomes.json (regenerate with UPDATE_GOLDEN=1 after review).
 */

const TEXT = '近年来，沁阳市瞄准新兴领域党建工作难点、堵点，围绕压实责任主体、提升服务质效、突出作用发挥，不断完善工作链条、创新工作手段，对新就业群体党建工作进行了有益探索。';

function storyOf(paragraphs: number, subheads = 0, quotes = 0): StoryFields {
  const body: Block[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i <= subheads) body.push({ type: 'subhead', children: [{ text: '压实责任主体' }] });
    body.push(para(TEXT));
    if (i < quotes) body.push({ type: 'pull-quote', children: [{ text: '统得起、兜得住、管得好' }] });
  }
  return { section: '', status: 'draft', kicker: '', headline: '', subtitle: '', bylines: [], body, photoCredit: '', flags: [] } as StoryFields;
}

const frame = (depth: number, span = 2, columns = 1): StoryFrame => ({ id: 's', kind: 'story', storyId: 'x', bodyColumns: columns, area: at(0, span, 0, depth) });
const fitOf = (doc: PageDocument, storyId: string) => compose(doc).frames.find((f) => f.story?.storyId === storyId)?.story;
const stylesOf = (story: StoryFields) => storyParagraphs(story).map((p) => p.input.style);
const fit = (doc: PageDocument, limits: CopyfitLimits) => fitStory(doc, 's', limits, fitOf, stylesOf(doc.stories.x!));
const withFit = (doc: PageDocument, copyfit: StoryFrame['copyfit'] | null): PageDocument => ({
  ...doc,
  frames: doc.frames.map((f) => (f.kind === 'story' && copyfit ? { ...f, copyfit } : f)),
});

describe('fit to frames', () => {
  it('takes an overset story in with the least tightening that fits', () => {
    // A paragraph whose last line holds the two characters its indent pushed out: a little tighter, it sets a line shorter.
    const perLine = [...compose(pageDoc([frame(40)], { x: storyOf(1) })).lines[1]!.text].length;
    const tail: StoryFields = { ...storyOf(1), body: [para('国'.repeat(3 * perLine))] };
    const doc = pageDoc([frame(3)], { x: tail });
    const outcome = fit(doc, { tracking: 50 });
    expect(outcome.before.linesOver).toBeGreaterThan(0);
    expect(outcome.fits).toBe(true);
    const t = outcome.copyfit!.tracking;
    expect(t).toBeLessThan(0);
    expect(t).toBeGreaterThanOrEqual(-50);
    expect(outcome.changes).toEqual([{ code: 'tracking', params: { value: t } }]);
    expect(outcome.result).toEqual({ code: 'fits', params: {} });
    // One step looser would not fit: the least tightening.
    expect(fitOf(withFit(doc, { tracking: t + 1 }), 'x')!.overset).not.toBeNull();
    expect(fitOf(withFit(doc, outcome.copyfit!), 'x')!.overset).toBeNull();
  });

  it('takes lines from the subheads’ space when tracking alone cannot fit the story, and no more than it needs', () => {
    const doc = pageDoc([frame(12)], { x: storyOf(3, 2) });
    const outcome = fit(doc, { tracking: 5 });
    expect(outcome.before.linesOver).toBeGreaterThan(0);
    const change = outcome.changes.find((c) => c.code === 'subhead-lines');
    expect(change).toBeDefined();
    expect(change!.params).toMatchObject({ lines: outcome.copyfit!.subheadLines });
    expect(outcome.copyfit!.subheadLines).toBeLessThan(0);
    expect(outcome.copyfit!.subheadLines).toBeGreaterThanOrEqual(-2);
    // Each subhead that gave its blank line up now sits right under the text before it.
    const applied = compose(withFit(doc, outcome.copyfit!));
    const subheads = applied.lines.filter((l) => l.text === '压实责任主体');
    expect(subheads).toHaveLength(2);
    if (outcome.fits) expect(fitOf(withFit(doc, { ...outcome.copyfit!, subheadLines: outcome.copyfit!.subheadLines! + 1 }), 'x')!.overset).not.toBeNull();
  });

  it('with a subhead limit of 0 leaves the subheads alone and says the limits are reached', () => {
    const doc = pageDoc([frame(12)], { x: storyOf(3, 2) });
    const outcome = fit(doc, { tracking: 5, subheadLines: 0, paragraphLines: 0 });
    expect(outcome.copyfit).toEqual({ tracking: -5 });
    expect(outcome.fits).toBe(false);
    expect(outcome.result).toEqual({ code: 'over-at-limits', params: { lines: outcome.after.linesOver } });
  });

  it('takes the space after pull quotes (段间距) when tracking and subheads are not enough', () => {
    const doc = pageDoc([frame(13)], { x: storyOf(3, 0, 2) });
    const outcome = fit(doc, { tracking: 0, paragraphLines: 1 });
    expect(outcome.before.linesOver).toBeGreaterThan(0);
    expect(outcome.changes.map((c) => c.code)).toEqual(['paragraph-lines']);
    expect(outcome.copyfit!.paragraphLines).toBeLessThan(0);
    expect(outcome.fits).toBe(true);
    const styles = copyfitStyles(stylesOf(doc.stories.x!), outcome.copyfit!);
    expect(styles.filter((s) => s.name === 'pull-quote').some((s) => s.spaceAfter === 0)).toBe(true);
  });

  it('loosens an underset story as far as every line still fits, then gives subheads and paragraph gaps lines (撑行)', () => {
    const doc = pageDoc([frame(30)], { x: storyOf(3, 1) });
    const under = fit(doc, { tracking: 20, subheadLines: 1, paragraphLines: 1 });
    expect(under.before.linesUnder).toBeGreaterThan(3);
    expect(under.copyfit!.tracking).toBe(20);
    expect(under.copyfit!.subheadLines).toBe(1);
    expect(under.copyfit!.paragraphLines).toBeGreaterThan(0);
    expect(under.after.linesUnder).toBeLessThan(under.before.linesUnder);
    expect(under.fits).toBe(true);
    // A grown subhead stays centred: a blank line below it as well as above.
    const styles = copyfitStyles(stylesOf(doc.stories.x!), under.copyfit!);
    const subhead = styles.find((s) => s.name === 'subhead')!;
    expect([subhead.spaceBefore, subhead.spaceAfter]).toEqual([1, 1]);
    const none = fit(doc, { tracking: 0, subheadLines: 0, paragraphLines: 0 });
    expect(none).toMatchObject({ copyfit: null, changes: [], result: { code: 'under-at-limits' } });
  });

  it('reads an older page file’s subheadSpace: 0 as every subhead without its blank line', () => {
    const styles = copyfitStyles(stylesOf(storyOf(3, 2)), { tracking: 0, subheadSpace: 0 });
    expect(styles.filter((s) => s.name === 'subhead').map((s) => s.spaceBefore)).toEqual([0, 0]);
  });
});

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fit to frames, random stories and frames', () => {
  const CASES = 14;
  it(`never goes beyond the limits, and either fits or says why not (${CASES} cases)`, () => {
    const next = random(13);
    const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
    for (let n = 0; n < CASES; n++) {
      const story = storyOf(int(1, 5), int(0, 3), int(0, 2));
      const columns = int(1, 2);
      const doc = pageDoc([frame(int(6, 24), 2 * columns, columns)], { x: story });
      const limits = { tracking: int(0, 60), subheadLines: int(0, 2), paragraphLines: int(0, 2) };
      const outcome = fit(doc, limits);
      const label = `case ${n}: ${JSON.stringify({ limits, before: outcome.before, copyfit: outcome.copyfit })}`;
      // Within the limits: tracking, and every paragraph's spacing by at most its limit.
      const c = outcome.copyfit ?? { tracking: 0 };
      expect(Math.abs(c.tracking), label).toBeLessThanOrEqual(limits.tracking);
      const original = stylesOf(story);
      copyfitStyles(original, c).forEach((s, i) => {
        const o = original[i]!;
        const moved = Math.abs(s.spaceBefore - o.spaceBefore) + Math.abs(s.spaceAfter - o.spaceAfter);
        expect(moved, label).toBeLessThanOrEqual(s.name === 'subhead' ? limits.subheadLines : limits.paragraphLines);
        expect(s.spaceBefore, label).toBeGreaterThanOrEqual(0);
        expect(s.spaceAfter, label).toBeGreaterThanOrEqual(0);
      });
      // Overset is only ever tightened, underset only loosened.
      if (outcome.before.linesOver > 0) expect(c.tracking <= 0 && (c.subheadLines ?? 0) <= 0 && (c.paragraphLines ?? 0) <= 0, label).toBe(true);
      else expect(c.tracking >= 0 && (c.subheadLines ?? 0) >= 0 && (c.paragraphLines ?? 0) >= 0, label).toBe(true);
      // The copyfit composes as reported; a story that was not overset never becomes so.
      const applied = fitOf(withFit(doc, outcome.copyfit), 'x')!;
      expect(applied.overset === null, label).toBe(outcome.fits);
      if (outcome.before.linesOver === 0) expect(outcome.fits, label).toBe(true);
      expect(outcome.result.code, label).toBe(outcome.after.linesOver > 0 ? 'over-at-limits' : outcome.after.linesUnder > 0 ? 'under-at-limits' : 'fits');
      // Still over: at the limits (nothing left untried).
      if (!outcome.fits) expect(c.tracking, label).toBe(-limits.tracking || 0);
    }
  });
});

const GOLDEN = join(__dirname, 'golden', 'copyfit-outcomes.json');

describe('golden copyfit outcomes', () => {
  const cases: Record<string, [PageDocument, CopyfitLimits]> = {
    'underset, one paragraph gap': [pageDoc([frame(9)], { x: storyOf(2) }), { tracking: 50 }],
    'overset, subheads': [pageDoc([frame(12)], { x: storyOf(3, 2) }), { tracking: 5 }],
    'overset, pull quotes': [pageDoc([frame(14)], { x: storyOf(3, 1, 2) }), { tracking: 10 }],
    'overset beyond the limits': [pageDoc([frame(4)], { x: storyOf(3, 1) }), { tracking: 20 }],
    'underset, three columns': [pageDoc([frame(10, 6, 3)], { x: storyOf(4, 2) }), { tracking: 30, subheadLines: 1, paragraphLines: 1 }],
    'underset beyond the limits': [pageDoc([frame(40)], { x: storyOf(2, 1) }), { tracking: 50, subheadLines: 2, paragraphLines: 1 }],
  };
  const snapshot = Object.fromEntries(
    Object.entries(cases).map(([name, [doc, limits]]) => {
      const { frameId: _f, storyId: _s, ...outcome } = fit(doc, limits);
      return [name, outcome];
    }),
  );
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(snapshot, null, 1)}\n`);
  it('matches the reviewed outcomes', () => {
    expect(snapshot).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
