import type { Block, StoryFields } from '../../../../shared/model/story';
import { formatBylines } from '../../ui/format-story';
import { diffSequences } from '../revisions/sequence-diff';

/** One block of their version, with whether this window's version lacks it and where it would go. */
export interface TheirBlock {
  block: Block;
  /** Not in my version as it is (added or edited by them). */
  differs: boolean;
  /** Index in my body where copying it puts it: after the block it stands next to. */
  insertAt: number;
}

export interface ConflictAlignment {
  blocks: TheirBlock[];
  /** Places where the bodies differ (a run of changed blocks counts once). */
  bodyDifferences: number;
}

const key = (block: Block) => JSON.stringify(block);

/**
 * Lines up their body against mine block by block, so the conflict view can mark their
 * blocks I do not have and copy one into mine at the matching place.
 */
export function alignTheirs(mine: readonly Block[], theirs: readonly Block[]): ConflictAlignment {
  const runs = diffSequences(mine.map(key), theirs.map(key));
  const blocks: TheirBlock[] = [];
  let mineIndex = 0;
  let theirIndex = 0;
  let differences = 0;
  let inHunk = false;
  for (const run of runs) {
    if (run.kind === 'equal') {
      for (let i = 0; i < run.items.length; i += 1) {
        blocks.push({ block: theirs[theirIndex]!, differs: false, insertAt: mineIndex + 1 });
        mineIndex += 1;
        theirIndex += 1;
      }
      inHunk = false;
      continue;
    }
    if (!inHunk) differences += 1;
    inHunk = true;
    if (run.kind === 'delete') {
      mineIndex += run.items.length;
    } else {
      for (let i = 0; i < run.items.length; i += 1) {
        blocks.push({ block: theirs[theirIndex]!, differs: true, insertAt: mineIndex });
        theirIndex += 1;
      }
    }
  }
  return { blocks, bodyDifferences: differences };
}

export type HeadKey = 'section' | 'status' | 'kicker' | 'headline' | 'subtitle' | 'bylines' | 'photoCredit';
export const HEAD_KEYS: readonly HeadKey[] = ['section', 'status', 'kicker', 'headline', 'subtitle', 'bylines', 'photoCredit'];

/** The head fields in which the two versions differ. */
export function differingHeads(mine: StoryFields, theirs: StoryFields): HeadKey[] {
  const show = (fields: StoryFields, key: HeadKey) => (key === 'bylines' ? formatBylines(fields.bylines) : fields[key]);
  return HEAD_KEYS.filter((key) => show(mine, key) !== show(theirs, key));
}
