import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTheirs, differingHeads } from '../../../../renderer/src/editor/conflict/conflict-alignment';
import { storyLines } from '../../../../renderer/src/editor/revisions/story-lines';
import { diffSequences } from '../../../../renderer/src/editor/revisions/sequence-diff';
import { diffCharacters, diffLines, diffSize } from '../../../../renderer/src/editor/revisions/text-diff';
import { emptyStoryFields, type Block } from '../../../../shared/model/story';

const para = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

describe('diffSequences', () => {
  it('rebuilds both sides from its runs, for any two sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (before, after) => {
        const runs = diffSequences(before, after);
        expect(runs.filter((run) => run.kind !== 'insert').flatMap((run) => run.items)).toEqual(before);
        expect(runs.filter((run) => run.kind !== 'delete').flatMap((run) => run.items)).toEqual(after);
      }),
    );
  });

  it('finds a shortest edit: one changed item costs one deletion and one insertion', () => {
    const runs = diffSequences([...'abcdef'], [...'abXdef']);
    expect(runs).toEqual([
      { kind: 'equal', items: ['a', 'b'] },
      { kind: 'delete', items: ['c'] },
      { kind: 'insert', items: ['X'] },
      { kind: 'equal', items: ['d', 'e', 'f'] },
    ]);
  });
});

describe('diffLines', () => {
  it('shows an edited paragraph as the characters that changed', () => {
    const lines = diffLines(['依托“骑手之家”，邀请交警', '第二段'], ['依托“骑手驿站”，邀请交警', '第二段']);
    expect(lines).toEqual([
      {
        kind: 'change',
        parts: [
          { kind: 'equal', text: '依托“骑手' },
          { kind: 'delete', text: '之家' },
          { kind: 'insert', text: '驿站' },
          { kind: 'equal', text: '”，邀请交警' },
        ],
      },
      { kind: 'equal', text: '第二段' },
    ]);
    expect(diffSize(lines)).toEqual({ added: 2, removed: 2 });
  });

  it('pairs an edited line with its new version even when new lines come before it', () => {
    const lines = diffLines(['近年来，沁阳市瞄准新兴领域党建工作难点'], ['副题 新加的一行', '近年来，沁阳市瞄准新兴领域党建工作难点、堵点']);
    expect(lines.map((line) => line.kind)).toEqual(['insert', 'change']);
  });

  it('counts a surrogate-pair character as one character', () => {
    expect(diffCharacters('𠀀a', '𠀁a')).toEqual([
      { kind: 'delete', text: '𠀀' },
      { kind: 'insert', text: '𠀁' },
      { kind: 'equal', text: 'a' },
    ]);
  });
});

describe('storyLines', () => {
  it('labels the heads and lays out blocks one per line', () => {
    const labels = { kicker: '引题', headline: '主题', subtitle: '副题', bylines: '署名', subhead: '小标题', pullQuote: '引语', photo: '图片', photoCredit: '组图署名' };
    const lines = storyLines(
      {
        ...emptyStoryFields(),
        headline: '标题',
        bylines: [{ role: 'reporter', label: '本报记者', names: ['杜挺勇'] }],
        body: [{ type: 'subhead', children: [{ text: '一\n二' }] }, para(''), para('正文')],
      },
      labels,
    );
    expect(lines).toEqual(['主题\u3000标题', '署名\u3000本报记者 杜挺勇', '小标题\u3000一 / 二', '正文']);
  });
});

describe('alignTheirs', () => {
  it('marks their blocks mine lacks and places each after the block it follows', () => {
    const mine = [para('一'), para('二（我改的）'), para('三')];
    const theirs = [para('一'), para('二（他改的）'), para('三'), para('四（他加的）')];
    const { blocks, bodyDifferences } = alignTheirs(mine, theirs);
    expect(blocks.map((block) => [block.differs, block.insertAt])).toEqual([
      [false, 1],
      [true, 2],
      [false, 3],
      [true, 3],
    ]);
    expect(bodyDifferences).toBe(2);
  });

  it('names the head fields that differ', () => {
    const mine = { ...emptyStoryFields(), headline: '甲' };
    const theirs = { ...emptyStoryFields(), headline: '乙', bylines: [{ role: 'reporter' as const, label: '本报记者', names: ['王五'] }] };
    expect(differingHeads(mine, theirs)).toEqual(['headline', 'bylines']);
  });
});
