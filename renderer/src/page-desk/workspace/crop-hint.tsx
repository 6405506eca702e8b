import type { PageDeskMessages } from '../../i18n/messages-page-desk-en';

/** Over the canvas while a photo is cropped: how to crop, and Done. */
export function CropHint({ t, onDone }: { t: PageDeskMessages; onDone: () => void }) {
  return (
    <div className="crop-hint" data-testid="crop-hint" role="status">
      <span>{t.canvas.cropHint}</span>
      <button type="button" className="secondary-button" data-testid="crop-done" onClick={onDone}>
        {t.canvas.cropDone}
      </button>
    </div>
  );
}
