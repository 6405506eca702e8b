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
  block: PhotoBlock;
}

interface PhotoContext {
  store: WorkspaceStore;
  doc: PageDocument;
  photos: Readonly<Record<string, PhotoView>>;
  images: readonly ImageItem[];
  captions: readonly StoryCaption[];
  credits: readonly string[];
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
          {rgb && view && (
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
              {converting ? t.inspector.converting : t.inspector.convertCmyk}
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
      {ctx.captions.length > 0 && (
        <Field label={t.inspector.captionFromStory} wide>
          <select
            value=""
            data-testid={`${testId}-caption-from`}
            onChange={(event) => {
              const chosen = ctx.captions[Number(event.target.value)];
              if (chosen) onPatch({ caption: chosen.block.caption, ...(showCredit ? { credit: chosen.block.credit } : {}) });
            }}
          >
            <option value="">{t.inspector.chooseCaption}</option>
            {ctx.captions.map((c, i) => (
              <option key={i} value={i}>
                {c.block.caption.slice(0, 40) || t.inspector.noCaption}
              </option>
            ))}
          </select>
        </Field>
      )}
      <TextField label={t.inspector.caption} value={photo.caption} multiline testId={`${testId}-caption`} onChange={(caption) => onPatch({ caption }, `caption-${testId}`)} />
      {showCredit && <TextField label={t.inspector.credit} value={photo.credit} testId={`${testId}-credit`} onChange={(credit) => onPatch({ credit }, `credit-${testId}`)} />}
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
        {ctx.credits.length > 0 && (
          <Field label={t.inspector.creditFromStory} wide>
            <select
              value=""
              data-testid="group-credit-from"
              onChange={(event) => event.target.value && store.change(t.history.photo, (d) => patchFrame(d, frame.id, 'photo-group', { credit: event.target.value }))}
            >
              <option value="">{t.inspector.chooseCaption}</option>
              {ctx.credits.map((credit) => (
                <option key={credit} value={credit}>
                  {credit}
                </option>
              ))}
            </select>
          </Field>
        )}
        <TextField
          label={t.inspector.sharedCredit}
          value={frame.credit}
          testId="group-credit"
          onChange={(credit) => store.change(t.history.photo, (d) => patchFrame(d, frame.id, 'photo-group', { credit }), undefined, `credit-${frame.id}`)}
        />
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
