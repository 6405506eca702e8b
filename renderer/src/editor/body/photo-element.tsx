import { Transforms } from 'slate';
import { ReactEditor, useFocused, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react';
import { useI18n } from '../../i18n/i18n-context';
import { setPhotoText } from '../commands';
import type { PhotoBlock } from '../slate-types';
import { PhotoTextInput } from './photo-text-input';

/**
 * A photo in the story: a void element whose caption and credit are edited in ordinary
 * inputs inside it (Slate leaves events from inputs alone). No image is attached yet; the
 * slot shows where it goes.
 */
export function PhotoElement({ attributes, children, element }: RenderElementProps & { element: PhotoBlock }) {
  const editor = useSlateStatic();
  const selected = useSelected();
  const focused = useFocused();
  const { t } = useI18n();
  const path = () => ReactEditor.findPath(editor, element);

  return (
    <div {...attributes} className={`body-photo${selected && focused ? ' is-selected' : ''}`} data-testid="photo-block">
      <div className="photo-card" contentEditable={false}>
        <div className="body-photo-slot" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="22" height="22">
            <rect x="3" y="5" width="18" height="14" rx="1.5" />
            <circle cx="9" cy="10" r="1.8" />
            <path d="M4 18l5-5 3.5 3.5L15 14l5 4" />
          </svg>
          <span>{t.editor.photo.slot}</span>
        </div>
        {/* Clicks here stay with the inputs: Slate would otherwise select the void and take the focus back. */}
        <div className="photo-fields" onClick={(event) => event.stopPropagation()}>
          <label className="photo-field">
            <span className="photo-field-label">{t.editor.photo.caption}</span>
            <PhotoTextInput
              className="photo-caption"
              value={element.caption}
              placeholder={t.editor.photo.captionPlaceholder}
              onChange={(value) => setPhotoText(editor, path(), 'caption', value)}
            />
          </label>
          <label className="photo-field">
            <span className="photo-field-label">{t.editor.photo.credit}</span>
            <PhotoTextInput
              className="photo-credit-input"
              value={element.credit}
              placeholder={t.editor.photo.creditPlaceholder}
              onChange={(value) => setPhotoText(editor, path(), 'credit', value)}
            />
          </label>
        </div>
        <button
          type="button"
          className="icon-button photo-remove"
          title={t.editor.photo.remove}
          aria-label={t.editor.photo.remove}
          onClick={(event) => {
            event.stopPropagation();
            Transforms.removeNodes(editor, { at: path(), voids: true });
          }}
        >
          ×
        </button>
      </div>
      {children}
    </div>
  );
}
