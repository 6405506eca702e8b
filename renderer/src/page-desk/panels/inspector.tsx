import type { CopyfitLimits, CopyfitOutcome } from '../../../../shared/compose/copyfit';
import type { FrameReport } from '../../../../shared/compose/compose-types';
import type { StorySummary } from '../../../../shared/ipc/contract-types';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import type { ImageItem } from '../../../../shared/model/display-list';
import type { PageDocument } from '../../../../shared/model/page';
import { groupPhotos, removeFrames, reorderFrames, type Order } from '../workspace/frame-edits';
import type { GridLimits } from '../workspace/grid-snap';
import type { CropTarget } from '../workspace/photo-crop';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { BannerInspector, RuleInspector, TextInspector } from './element-inspectors';
import { Section } from './fields';
import { PageSettings } from './page-settings';
import { PhotoGroupInspector, PhotoInspector, type StoryCaption, type StoryCredit } from './photo-inspector';
import { StoryInspector } from './story-inspector';
import { useI18n } from '../../i18n/i18n-context';

export interface InspectorProps {
  store: WorkspaceStore;
  doc: PageDocument;
  selection: readonly string[];
  limits: GridLimits;
  reports: ReadonlyMap<string, FrameReport> | null;
  photos: Readonly<Record<string, PhotoView>>;
  images: readonly ImageItem[];
  stories: ReadonlyMap<string, StorySummary>;
  captions: readonly StoryCaption[];
  /** Shared credit lines of the stories on the page. */
  credits: readonly StoryCredit[];
  onOpenStory: (storyId: string) => void;
  /** Frames whose photo the preflight found above the press's ink limit (offered "convert for this press"). */
  overInk: ReadonlySet<string>;
  onConvertPhoto: (sha256: string) => Promise<PhotoView | null>;
  /** "Fit to frames" for a story frame: the outcome once applied (undoable), null when it failed. */
  onFitStory: (frameId: string, limits: CopyfitLimits) => Promise<CopyfitOutcome | null>;
  /** Starts cropping a photo on the page. */
  onCrop: (target: CropTarget) => void;
}

/** What is selected, and what can be done with it. */
export function Inspector(props: InspectorProps) {
  const t = useI18n().t.pageDesk;
  const { store, doc, selection, limits } = props;
  const frames = doc.frames.filter((f) => selection.includes(f.id));
  if (frames.length === 0) return <PageSettings store={store} doc={doc} />;

  const order = (o: Order) => store.change(t.history.order, (d) => reorderFrames(d, selection, o));
  const photos = frames.filter((f) => f.kind === 'photo');
  const common = (
    <Section title={frames.length === 1 ? t.inspector.frame(t.frameKinds[frames[0]!.kind]) : t.inspector.frames(frames.length)} testId="inspector-actions">
      <div className="button-row">
        <button type="button" className="icon-button" title={t.inspector.toFront} data-testid="to-front" onClick={() => order('front')}>
          ⤒
        </button>
        <button type="button" className="icon-button" title={t.inspector.forward} data-testid="forward" onClick={() => order('forward')}>
          ↑
        </button>
        <button type="button" className="icon-button" title={t.inspector.backward} data-testid="backward" onClick={() => order('backward')}>
          ↓
        </button>
        <button type="button" className="icon-button" title={t.inspector.toBack} data-testid="to-back" onClick={() => order('back')}>
          ⤓
        </button>
        {photos.length >= 2 && (
          <button
            type="button"
            className="secondary-button"
            data-testid="group-photos"
            onClick={() => {
              const result = groupPhotos(store.doc, photos.map((p) => p.id));
              if (result) store.change(t.history.group, () => result.doc, [result.id]);
            }}
          >
            {t.inspector.groupPhotos}
          </button>
        )}
        <button type="button" className="secondary-button danger" data-testid="delete-frames" onClick={() => store.change(t.history.remove, (d) => removeFrames(d, selection))}>
          {t.inspector.remove}
        </button>
      </div>
    </Section>
  );
  if (frames.length > 1) return common;

  const frame = frames[0]!;
  const photoCtx = { store, doc, photos: props.photos, images: props.images, captions: props.captions, credits: props.credits, overInk: props.overInk, onConvert: props.onConvertPhoto, onCrop: props.onCrop };
  const ctx = { store, limits };
  return (
    <>
      {frame.kind === 'story' && (
        <StoryInspector
          store={store}
          doc={doc}
          frame={frame}
          limits={limits}
          story={props.stories.get(frame.storyId)}
          report={props.reports?.get(frame.id)}
          onOpenStory={props.onOpenStory}
          onFit={props.onFitStory}
        />
      )}
      {frame.kind === 'photo' && <PhotoInspector ctx={photoCtx} frame={frame} limits={limits} />}
      {frame.kind === 'photo-group' && <PhotoGroupInspector ctx={photoCtx} frame={frame} limits={limits} />}
      {frame.kind === 'banner' && <BannerInspector ctx={ctx} frame={frame} />}
      {frame.kind === 'rule' && <RuleInspector ctx={ctx} frame={frame} />}
      {frame.kind === 'text' && <TextInspector ctx={ctx} frame={frame} />}
      {common}
    </>
  );
}
