import { useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { StorySummary } from '../../../../shared/ipc/contract-types';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import { useI18n } from '../../i18n/i18n-context';
import { ElementsPanel, type ElementKind } from '../panels/elements-panel';
import { PhotoPanel } from '../panels/photo-panel';
import { StoryPanel } from '../panels/story-panel';

type SideTab = 'stories' | 'photos' | 'elements';

interface Props {
  stories: { stories: StorySummary[] | null; error: string | null };
  /** How many frames each story has on the page. */
  placed: ReadonlyMap<string, number>;
  photos: { photos: readonly PhotoView[] | null; busy: boolean; error: string | null };
  onImportPhotos: (files: File[]) => void;
  onStoryDrag: (event: ReactPointerEvent, story: StorySummary) => void;
  onPhotoDrag: (event: ReactPointerEvent, photo: PhotoView) => void;
  onElementDrag: (event: ReactPointerEvent, element: ElementKind) => void;
  onOpenStory: (id: string) => void;
}

/** The left side: the story library, the photos and the page elements, each dragged onto the page. */
export function DeskLeftPanel({ stories, placed, photos, onImportPhotos, onStoryDrag, onPhotoDrag, onElementDrag, onOpenStory }: Props) {
  const t = useI18n().t.pageDesk;
  const [sideTab, setSideTab] = useState<SideTab>('stories');
  return (
    <aside className="desk-left" aria-label={t.panels.label}>
      <div className="side-tabs" role="tablist">
        {(['stories', 'photos', 'elements'] as const).map((tab) => (
          <button key={tab} type="button" role="tab" aria-selected={sideTab === tab} className={sideTab === tab ? 'active' : ''} data-testid={`side-tab-${tab}`} onClick={() => setSideTab(tab)}>
            {t.panels.tabs[tab]}
          </button>
        ))}
      </div>
      {sideTab === 'stories' && <StoryPanel stories={stories.stories} placed={placed} error={stories.error} onStartDrag={onStoryDrag} onOpen={onOpenStory} />}
      {sideTab === 'photos' && <PhotoPanel photos={photos.photos} busy={photos.busy} error={photos.error} onImport={onImportPhotos} onStartDrag={onPhotoDrag} />}
      {sideTab === 'elements' && <ElementsPanel onStartDrag={onElementDrag} />}
    </aside>
  );
}
