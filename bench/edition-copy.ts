import type { Block, StoryFields } from '../shared/model/story';
import { archiveStories } from './search-corpus';

/**
 * An edition of real copy for the edition benchmark and its tests: every page is the sample
 * page's layout and photos, its stories' headlines and paragraphs replaced by stories of the
 * benchmark archive (search-corpus.ts; page n takes the next five), each cut to the length of
 * the text it replaces, less a fifth, so the page still fits (other words break into other lines). The pages then differ as an edition's do — each
 * its own glyphs to subset — and share the photos, as pages of one day share the photo desk.
 */

interface SampleDoc {
  page: Record<string, unknown>;
  stories: Record<string, Partial<StoryFields>>;
}

/** How much of a paragraph's length the new copy takes: the sample's frames are filled to the last line. */
const FILL = 0.8;

const textOf = (block: Block): string => ('children' in block ? block.children.map((c) => ('text' in c ? c.text : '')).join('') : '');

/** The page `index` (0-based) of an edition of real copy, from the sample page document (`banmian sample-page`). */
export function realCopyPage<D extends SampleDoc>(sample: D, index: number): D {
  const ids = Object.keys(sample.stories);
  const archive = [...archiveStories((index + 1) * ids.length)].slice(index * ids.length);
  const stories = Object.fromEntries(
    ids.map((id, i) => {
      const own = sample.stories[id]!;
      const copy = archive[i]!;
      const paragraphs = (copy.body ?? []).map(textOf);
      let next = 0;
      const body = (own.body ?? []).map((block) =>
        block.type === 'paragraph' ? { type: 'paragraph' as const, children: [{ text: paragraphs[next++ % paragraphs.length]!.slice(0, Math.floor(textOf(block).length * FILL)) }] } : block,
      );
      return [id, { ...own, headline: (copy.headline ?? '').slice(0, (own.headline ?? '').length), body }];
    }),
  );
  return { ...sample, stories };
}
