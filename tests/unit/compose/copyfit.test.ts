import { describe, expect, it } from 'vitest';
import { fitStory } from '../../../shared/compose/copyfit';
import type { PageDocument, StoryFrame } from '../../../shared/model/page';
import type { StoryFields } from '../../../shared/model/story';
import { at, compose, pageDoc, para } from './compose-fixtures';

/**
 * Automatic copyfit (issue 13, item 7): "fit to frames" takes an overset story in with the least
 * 缩字 within the limit, then by dropping the blank lines above subheads; fills an underset one
 * with 扩字; says what it changed.
 */

const TEXT = '近年来，沁阳市瞄准新兴领域党建工作难点、堵点，围绕压实责任主体、提升服务质效、突出作用发挥，不断完善工作链条、创新工作手段，对新就业群体党建工作进行了有益探索。';

function storyOf(paragraphs: number, subheads = 0): StoryFields {
  const body = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i <= subheads) body.push({ type: 'subhead' as const, children: [{ text: '压实责任主体' }] });
    body.push(para(TEXT));
  }
  return { section: '', status: 'draft', kicker: '', headline: '', subtitle: '', bylines: [], body, photoCredit: '', flags: [] } as StoryFields;
}

const frame = (depth: number): StoryFrame => ({ id: 's', kind: 'story', storyId: 'x', bodyColumns: 1, area: at(0, 2, 0, depth) });
const fitOf = (doc: PageDocument, storyId: string) => compose(doc).frames.find((f) => f.story?.storyId === storyId)?.story;

describe('fit to frames', () => {
  it('takes an overset story in with the least tightening that fits', () => {
    // A paragraph whose last line holds the two characters its indent pushed out: a little tighter, it sets a line shorter.
    const perLine = [...compose(pageDoc([frame(40)], { x: storyOf(1) })).lines[1]!.text].length;
    const tail: StoryFields = { ...storyOf(1), body: [para('国'.repeat(3 * perLine))] };
    const doc = pageDoc([frame(3)], { x: tail });
    const outcome = fitStory(doc, 's', { tracking: 50 }, fitOf);
    expect(outcome.before.linesOver).toBeGreaterThan(0);
    expect(outcome.fits).toBe(true);
    const t = outcome.copyfit!.tracking;
    expect(t).toBeLessThan(0);
    expect(t).toBeGreaterThanOrEqual(-50);
    expect(outcome.changes).toEqual([{ kind: 'tracking', value: t }]);
    // One step looser would not fit: the least tightening.
    const looser = { ...doc, frames: [{ ...frame(3), copyfit: { tracking: t + 1 } }] };
    expect(fitOf(looser, 'x')!.overset).not.toBeNull();
    const applied = { ...doc, frames: [{ ...frame(3), copyfit: outcome.copyfit! }] };
    expect(fitOf(applied, 'x')!.overset).toBeNull();
  });

  it('drops the blank lines above subheads when tracking alone cannot fit the story', () => {
    const doc = pageDoc([frame(12)], { x: storyOf(3, 2) });
    const tracked = fitStory(doc, 's', { tracking: 5 }, fitOf);
    expect(tracked.before.linesOver).toBeGreaterThan(0);
    expect(tracked.changes.map((c) => c.kind)).toContain('subhead-space');
  });

  it('loosens an underset story as far as every line still fits, and leaves a story that fits alone', () => {
    const under = fitStory(pageDoc([frame(12)], { x: storyOf(2) }), 's', { tracking: 50 }, fitOf);
    expect(under.before.linesUnder).toBeGreaterThan(0);
    expect(under.copyfit!.tracking).toBeGreaterThan(0);
    expect(under.after.linesUnder).toBeLessThan(under.before.linesUnder);
    expect(under.fits).toBe(true);
    const none = fitStory(pageDoc([frame(12)], { x: storyOf(2) }), 's', { tracking: 0 }, fitOf);
    expect(none).toMatchObject({ copyfit: null, changes: [] });
  });

  it('says so when the limit is not enough', () => {
    const outcome = fitStory(pageDoc([frame(4)], { x: storyOf(3) }), 's', { tracking: 20 }, fitOf);
    expect(outcome.fits).toBe(false);
    expect(outcome.copyfit).toEqual({ tracking: -20, subheadSpace: 0 });
  });
});
