import { memo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The photo store: import JPEG, PNG or TIFF photos, drag one onto the page (or onto a photo frame
 * to replace its photo). Photos a newsroom shared whose original is still on the server are listed
 * too, marked, and placed the same way (the original is fetched before export).
 */
export const PhotoPanel = memo(function PhotoPanel({
  photos,
  busy,
  error,
  onImport,
  onStartDrag,
}: {
  photos: readonly PhotoView[] | null;
  busy: boolean;
  error: string | null;
  onImport: (files: File[]) => void;
  onStartDrag: (event: ReactPointerEvent, photo: PhotoView) => void;
}) {
  const t = useI18n().t.pageDesk;
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="side-list" data-testid="photo-panel">
      <button type="button" className="secondary-button side-action" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t.panels.importingPhotos : t.panels.importPhotos}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".jpg,.jpeg,.png,.tif,.tiff,image/jpeg,image/png,image/tiff"
        data-testid="photo-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length) onImport(files);
        }}
      />
      {error && <p className="side-note notice-error" role="alert">{error}</p>}
      {photos && photos.length === 0 && <p className="side-note">{t.panels.noPhotos}</p>}
      <ul className="photo-cards">
        {(photos ?? []).map((photo) => (
          <li
            key={photo.sha256}
            className="desk-photo"
            data-testid="photo-card"
            data-sha256={photo.sha256}
            data-file-name={photo.fileName}
            data-on-server={photo.onServer ? 'true' : undefined}
            title={photo.onServer ? `${t.panels.dragPhotoHint}\n${t.panels.originalOnServerHint}` : t.panels.dragPhotoHint}
            onPointerDown={(event) => onStartDrag(event, photo)}
          >
            {photo.url ? <img src={photo.url} alt="" draggable={false} loading="lazy" /> : <span className="photo-placeholder" />}
            <span className="photo-name">{photo.fileName}</span>
            <span className="card-meta">
              <span>
                {photo.width}×{photo.height}
              </span>
              <span className={photo.colorSpace === 'cmyk' || photo.colorSpace === 'b-w' ? '' : 'card-warn'}>{t.panels.colorSpace(photo.colorSpace)}</span>
              {photo.onServer && <span data-testid="photo-on-server">{t.panels.originalOnServer}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
});
