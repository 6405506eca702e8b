import { useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../../../../shared/model/annotation';
import type { DisplayItem } from '../../../../shared/model/display-list';
import type { StoryFields } from '../../../../shared/model/story';
import { layoutProof } from '../../../../shared/proof/proof-layer';
import type { ProofPageLayer } from '../../../../shared/proof/proof-types';
import type { BanmianClient } from '../../ipc/bridge';
import type { DeskComposition, PageComposer } from './page-composer';

/**
 * The proof layer of the page on screen (docs/proofreading.md): the open marks of the page's
 * stories, read with `annotations.list` and read again on `annotations.changed`, laid out by
 * the same layoutProof as the proof PDF over the composition on screen. Nothing is fetched
 * while the layer is off.
 */

interface ProofSource {
  marks: Annotation[];
  stories: Record<string, StoryFields>;
}

/** Notes in the page's own sans face when it has one (the PDF's default): the window has its metrics. */
function noteFace(faces: readonly string[]): string | undefined {
  return faces.find((f) => f === 'noto-sans-sc-400') ?? faces.find((f) => f.includes('sans'));
}

export function useProofLayer(
  client: BanmianClient,
  enabled: boolean,
  storyIds: readonly string[],
  composed: DeskComposition | null,
  composer: PageComposer,
  inline: Readonly<Record<string, StoryFields>>,
): ProofPageLayer | null {
  const [source, setSource] = useState<ProofSource | null>(null);
  const key = [...new Set(storyIds)].sort().join(',');

  useEffect(() => {
    if (!enabled) {
      setSource(null);
      return;
    }
    let live = true;
    const ids = key ? key.split(',') : [];
    const load = async () => {
      const found = await Promise.all(
        ids.map(async (id) => {
          try {
            const [story, marks] = await Promise.all([client.call('stories.get', { id }), client.call('annotations.list', { storyId: id })]);
            return { id, story: story as StoryFields, marks };
          } catch {
            return null; // a story only in the page file has no stored marks
          }
        }),
      );
      if (!live) return;
      const stories: Record<string, StoryFields> = {};
      const marks: Annotation[] = [];
      for (const entry of found) {
        if (!entry) continue;
        stories[entry.id] = entry.story;
        marks.push(...entry.marks);
      }
      setSource({ marks, stories });
    };
    void load();
    const offMarks = client.on('annotations.changed', ({ storyId }) => {
      if (ids.includes(storyId)) void load();
    });
    const offStories = client.on('stories.changed', ({ ids: changed }) => {
      if (changed.some((id) => ids.includes(id))) void load();
    });
    return () => {
      live = false;
      offMarks();
      offStories();
    };
  }, [client, enabled, key]);

  return useMemo(() => {
    if (!enabled || !source || !composed) return null;
    const items: DisplayItem[] = [];
    for (const k of composed.order) {
      const item = composed.items.get(k);
      if (item) items.push(item);
    }
    // The stories as composed: drafts being typed before stored ones, inline ones as the page holds them.
    const stories = { ...source.stories, ...inline, ...composer.currentDrafts() };
    const face = noteFace(composed.faces);
    return layoutProof({
      page: { ...composed.page, items },
      stories,
      annotations: source.marks,
      measurer: composer.proofMeasurer(),
      ...(face ? { options: { noteFace: face } } : {}),
    });
  }, [enabled, source, composed, composer, inline]);
}
