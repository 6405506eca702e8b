import { useState } from 'react';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import type { ImageItem } from '../../../../shared/model/display-list';
import type { PageDocument, Photo, PhotoFrame, PhotoGroupFrame } from '../../../../shared/model/page';
import type { PhotoBlock } from '../../../../shared/model/story';
import { patchFrame, replacePhoto, setArea, ungroupPhotos } from '../workspace/frame-edits';
import { updatePhoto, type CropTarget } from '../workspace/photo-crop';
import type { GridLimits } from '../workspace/grid-snap';
import type { WorkspaceStore } from '../workspace/workspace-store';
import { AreaFields } from './area-fields';
import { Field, NumberField, Section, SelectField, TextField } from './fields';
import { useI18n } from '../../i18n/i18n-context';

/** A caption and credit as a story's photo block carries them, for the "from the story" picker. */
export interface StoryCaption {
  storyId: string;
  headline: string;
  /** The block's place among the story's photo blocks, 0-based (what a caption link names). */
  photo: number;
  block: PhotoBlock;
}

/** A story's shared credit line (本栏照片均由…摄). */
export interface StoryCredit {
  storyId: string;
  headline: string;
  credit: string;
}

interface PhotoContext {
  store: WorkspaceStore;
  doc: PageDocument;
  photos: Readonly<Record<string, PhotoView>>;
  images: readonly ImageItem[];
  captions: readonly StoryCaption[];
  credits: readonly StoryCredit[];
  /** Frames whose photo the preflight found above the press's ink limit. */
  overInk: ReadonlySet<string>;
  onConvert: (sha256: string) => Promise<PhotoView | null>;
  onCrop: (target: CropTarget) => void;
}

/** Pixels per inch as placed: the photo's pixels over its drawn width. */
function placedPpi(view: PhotoView | undefined, images: readonly ImageItem[], assetId: string): number | null {
  const item = images.find((i) => i.assetId === assetId);
  if (!view || !item || item.draw.width <= 0) return null;
  return Math.round(view.width / (item.draw.width / 72));
}

/** Fit, crop, caption and credit of one photo (a photo frame, or one cell of a group). */
function PhotoFields({
  ctx,
  photo,
  testId,
  showCredit,
  onPatch,
  onReplace,
  target,
}: {
  ctx: PhotoContext;
  photo: Photo;
  testId: string;
  showCredit: boolean;
  target: CropTarget;
  onPatch: (patch: Partial<Photo>, mergeKey?: string) => void;
  onReplace: (view: PhotoView) => void;
}) {
  const t = useI18n().t.pageDesk;
  const view = ctx.photos[photo.assetId];
  const ppi = placedPpi(view, ctx.images, photo.assetId);
  const [converting, setConverting] = useState(false);
  const crop = photo.crop ?? { x: 0, y: 0, width: 1, height: 1 };
  const pct = (v: number) => Math.round(v * 1000) / 10;
  const setCrop = (patch: Partial<typeof crop>) => {
    const next = { ...crop, ...patch };
    next.width = Math.min(next.width, 1 - next.x);
    next.height = Math.min(next.height, 1 - next.y);
    if (next.width > 0 && next.height > 0) onPatch({ fit: 'crop', crop: next }, `crop-${testId}`);
  };
  const rgb = view && view.colorSpace !== 'cmyk' && view.colorSpace !== 'b-w';
  const overInk = view?.colorSpace === 'cmyk' && ctx.overInk.has(target.frameId);
  return (
    <>
      <div className="photo-info">
        {view?.url ? <img src={view.url} alt="" /> : <span className="photo-placeholder" />}
        <span>
          <span className="photo-name">{view?.fileName ?? photo.assetId}</span>
          {view && (
            <span className="card-meta">
              {view.width}×{view.height} · {t.panels.colorSpace(view.colorSpace)}
              {ppi !== null && <span className={ppi < 150 ? 'card-error' : ppi < 200 ? 'card-warn' : ''}> · {t.inspector.ppi(ppi)}</span>}
            </span>
          )}
          {(rgb || overInk) && view && (
            <button
              type="button"
              className="link-button"
              data-testid={`${testId}-convert`}
              disabled={converting}
              onClick={() => {
                setConverting(true);
                void ctx.onConvert(view.sha256).then((converted) => {
                  setConverting(false);
                  if (converted) onReplace(converted);
                });
              }}
            >
              {converting ? t.inspector.converting : overInk ? t.inspector.convertForPress : t.inspector.convertCmyk}
            </button>
          )}
        </span>
      </div>
      <SelectField
        label={t.inspector.fit}
        value={photo.fit}
        testId={`${testId}-fit`}
        options={(['fill', 'fit', 'crop'] as const).map((f) => ({ value: f, label: t.fit[f] }))}
        onChange={(fit) => onPatch(fit === 'crop' ? { fit, crop } : { fit })}
      />
      <button type="button" className="secondary-button" data-testid={`${testId}-crop-on-page`} title={t.inspector.cropOnPageHint} onClick={() => ctx.onCrop(target)}>
        {t.inspector.cropOnPage}
      </button>
      {photo.fit === 'crop' && (
        <>
          <NumberField label={t.inspector.cropX} value={pct(crop.x)} min={0} max={99} step={0.5} testId={`${testId}-crop-x`} onChange={(v) => v !== undefined && setCrop({ x: v / 100 })} />
          <NumberField label={t.inspector.cropY} value={pct(crop.y)} min={0} max={99} step={0.5} testId={`${testId}-crop-y`} onChange={(v) => v !== undefined && setCrop({ y: v / 100 })} />
          <NumberField label={t.inspector.cropW} value={pct(crop.width)} min={1} max={100} step={0.5} testId={`${testId}-crop-w`} onChange={(v) => v !== undefined && setCrop({ width: v / 100 })} />
          <NumberField label={t.inspector.cropH} value={pct(crop.height)} min={1} max={100} step={0.5} testId={`${testId}-crop-h`} onChange={(v) => v !== undefined && setCrop({ height: v / 100 })} />
        </>
      )}
      <CaptionFields ctx={ctx} photo={photo} testId={testId} showCredit={showCredit} onPatch={onPatch} />
    </>
  );
}

/** The photo blocks by story, in the order the stories come. */
function storyGroups(captions: readonly StoryCaption[]): Array<[string, StoryCaption[]]> {
  const groups = new Map<string, StoryCaption[]>();
  for (const c of captions) groups.set(c.storyId, [...(groups.get(c.storyId) ?? []), c]);
  return [...groups];
}

/**
 * Caption and credit: linked to a story's photo block (one source: the story's text is printed
 * and followed), or the page's own. Typing over a linked caption makes it an override, marked,
 * with a reset back to the story's text.
 */
function CaptionFields({ ctx, photo, testId, showCredit, onPatch }: { ctx: PhotoContext; photo: Photo; testId: string; showCredit: boolean; onPatch: (patch: Partial<Photo>, mergeKey?: string) => void }) {
  const t = useI18n().t.pageDesk;
  const source = photo.source;
  const linked = source ? ctx.captions.find((c) => c.storyId === source.storyId && c.photo === source.photo) : undefined;
  const fromStory = linked !== undefined && !photo.captionOverride;
  const caption = fromStory ? linked.block.caption : photo.caption;
  const credit = fromStory ? linked.block.credit : photo.credit;
  const link = (c: StoryCaption | undefined) =>
    onPatch(c ? { source: { storyId: c.storyId, photo: c.photo }, captionOverride: undefined, caption: c.block.caption, credit: c.block.credit } : { source: undefined, captionOverride: undefined });
  // An edit of linked text keeps both texts as printed, now the page's own.
  const edit = (patch: Partial<Photo>, key: string) => onPatch(source ? { caption, credit, ...patch, captionOverride: true } : patch, key);
  return (
    <>
      {(ctx.captions.length > 0 || source) && (
        <Field label={t.inspector.captionFromStory} wide>
          <select
            value={linked ? String(ctx.captions.indexOf(linked)) : ''}
            data-testid={`${testId}-caption-from`}
            onChange={(event) => link(event.target.value === '' ? undefined : ctx.captions[Number(event.target.value)])}
          >
            <option value="">{t.inspector.notFromStory}</option>
            {storyGroups(ctx.captions).map(([storyId, captions]) => (
              <optgroup key={storyId} label={`「${captions[0]!.headline.slice(0, 24)}」`}>
                {captions.map((c) => (
                  <option key={c.photo} value={ctx.captions.indexOf(c)}>
                    {c.block.caption.slice(0, 40) || t.inspector.noCaption}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
      )}
      {source && (
        <p className={`caption-source${photo.captionOverride ? ' overridden' : ''}`} data-testid={`${testId}-caption-source`} data-state={!linked ? 'missing' : photo.captionOverride ? 'override' : 'story'}>
          {!linked ? t.inspector.captionMissing : photo.captionOverride ? t.inspector.overridden : t.inspector.captionLinked(linked.headline, linked.photo + 1)}
          {linked && photo.captionOverride && (
            <button type="button" className="link-button" data-testid={`${testId}-caption-reset`} onClick={() => link(linked)}>
              {t.inspector.resetCaption}
            </button>
          )}
        </p>
      )}
      <TextField label={t.inspector.caption} value={caption} multiline testId={`${testId}-caption`} onChange={(text) => edit({ caption: text }, `caption-${testId}`)} />
      {showCredit && <TextField label={t.inspector.credit} value={credit} testId={`${testId}-credit`} onChange={(text) => edit({ credit: text }, `credit-${testId}`)} />}
    </>
  );
}

export function PhotoInspector({ ctx, frame, limits }: { ctx: PhotoContext; frame: PhotoFrame; limits: GridLimits }) {
  const t = useI18n().t.pageDesk;
  const { store } = ctx;
  return (
    <>
      <Section title={t.inspector.photo} testId="inspector-photo">
        <PhotoFields
          ctx={ctx}
          photo={frame}
          testId="photo"
          target={{ frameId: frame.id, cell: null }}
          showCredit
          onPatch={(patch, mergeKey) => store.change(t.history.photo, (d) => updatePhoto(d, { frameId: frame.id, cell: null }, (photo) => ({ ...photo, ...patch })), undefined, mergeKey)}
          onReplace={(view) => store.change(t.history.photo, (d) => replacePhoto(d, frame.id, view))}
        />
      </Section>
      <Section title={t.inspector.place}>
        <AreaFields area={frame.area} limits={limits} testId="area" onChange={(area) => store.change(t.history.area, (d) => setArea(d, frame.id, area), undefined, `area-${frame.id}`)} />
      </Section>
    </>
  );
}

/** The group's shared credit line: from a story (followed) or the page's own, overridable and resettable like a caption. */
function GroupCreditFields({ ctx, frame }: { ctx: PhotoContext; frame: PhotoGroupFrame }) {
  const t = useI18n().t.pageDesk;
  const { store } = ctx;
  const patch = (p: Partial<PhotoGroupFrame>, mergeKey?: string) => store.change(t.history.photo, (d) => patchFrame(d, frame.id, 'photo-group', p), undefined, mergeKey);
  const linked = frame.creditFrom !== undefined ? ctx.credits.find((c) => c.storyId === frame.creditFrom) : undefined;
  const fromStory = linked !== undefined && !frame.creditOverride;
  const credit = fromStory ? linked.credit : frame.credit;
  const link = (c: StoryCredit | undefined) => patch(c ? { creditFrom: c.storyId, creditOverride: undefined, credit: c.credit } : { creditFrom: undefined, creditOverride: undefined });
  return (
    <>
      {(ctx.credits.length > 0 || frame.creditFrom !== undefined) && (
        <Field label={t.inspector.creditFromStory} wide>
          <select value={linked?.storyId ?? ''} data-testid="group-credit-from" onChange={(event) => link(ctx.credits.find((c) => c.storyId === event.target.value))}>
            <option value="">{t.inspector.notFromStory}</option>
            {ctx.credits.map((c) => (
              <option key={c.storyId} value={c.storyId} title={c.headline}>
                {c.credit}
              </option>
            ))}
          </select>
        </Field>
      )}
      {frame.creditFrom !== undefined && (
        <p className={`caption-source${frame.creditOverride ? ' overridden' : ''}`} data-testid="group-credit-source" data-state={!linked ? 'missing' : frame.creditOverride ? 'override' : 'story'}>
          {!linked ? t.inspector.captionMissing : frame.creditOverride ? t.inspector.overridden : t.inspector.creditLinked(linked.headline)}
          {linked && frame.creditOverride && (
            <button type="button" className="link-button" data-testid="group-credit-reset" onClick={() => link(linked)}>
              {t.inspector.resetCredit}
            </button>
          )}
        </p>
      )}
      <TextField
        label={t.inspector.sharedCredit}
        value={credit}
        testId="group-credit"
        onChange={(text) => patch(frame.creditFrom !== undefined ? { credit: text, creditOverride: true } : { credit: text }, `credit-${frame.id}`)}
      />
    </>
  );
}

export function PhotoGroupInspector({ ctx, frame, limits }: { ctx: PhotoContext; frame: PhotoGroupFrame; limits: GridLimits }) {
  const t = useI18n().t.pageDesk;
  const { store } = ctx;
  const patchCell = (index: number, patch: Partial<Photo>, mergeKey?: string) =>
    store.change(t.history.photo, (d) => updatePhoto(d, { frameId: frame.id, cell: index }, (photo) => ({ ...photo, ...patch })), undefined, mergeKey);
  const setCellArea = (index: number, area: PhotoGroupFrame['photos'][number]['area']) =>
    store.change(
      t.history.area,
      (d) => {
        const group = d.frames.find((f) => f.id === frame.id);
        if (group?.kind !== 'photo-group') return d;
        return patchFrame(d, frame.id, 'photo-group', { photos: group.photos.map((c, i) => (i === index ? { ...c, area } : c)) });
      },
      undefined,
      `cell-area-${frame.id}-${index}`,
    );
  return (
    <>
      <Section title={t.inspector.photoGroup} testId="inspector-group">
        <GroupCreditFields ctx={ctx} frame={frame} />
        <button
          type="button"
          className="secondary-button"
          data-testid="ungroup"
          onClick={() => {
            const result = ungroupPhotos(store.doc, frame.id);
            if (result) store.change(t.history.ungroup, () => result.doc, result.ids);
          }}
        >
          {t.inspector.ungroup}
        </button>
      </Section>
      <Section title={t.inspector.place}>
        <AreaFields area={frame.area} limits={limits} testId="area" onChange={(area) => store.change(t.history.area, (d) => setArea(d, frame.id, area), undefined, `area-${frame.id}`)} />
      </Section>
      {frame.photos.map((cell, i) => (
        <Section key={i} title={t.inspector.cell(i + 1)} testId={`inspector-cell-${i}`}>
          <PhotoFields
            ctx={ctx}
            photo={cell.photo}
            testId={`cell-${i}`}
            target={{ frameId: frame.id, cell: i }}
            showCredit={false}
            onPatch={(patch, mergeKey) => patchCell(i, patch, mergeKey)}
            onReplace={(view) => store.change(t.history.photo, (d) => replacePhoto(d, frame.id, view, i))}
          />
          <AreaFields area={cell.area} limits={{ columns: frame.area.span, lines: frame.area.depth }} testId={`cell-${i}-area`} onChange={(area) => setCellArea(i, area)} />
        </Section>
      ))}
    </>
  );
}
