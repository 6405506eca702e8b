import type { StoryStatus } from '../../../shared/model/story';
import { useI18n } from '../i18n/i18n-context';
import { BodyEditor } from './body/body-editor';
import type { HeadFields } from './fields/head-fields';
import { StoryHeadForm } from './fields/story-head-form';

interface Props {
  head: HeadFields;
  onHead: (patch: Partial<HeadFields>) => void;
  onStatus: (status: StoryStatus) => void;
  onBlur: () => void;
  onCompositionStart: () => void;
  onCompositionEnd: () => void;
  /** The head and credit cannot be typed in (proofing, or checked out by another user). */
  readOnly: boolean;
}

/** The story as one sheet: the head fields, the Slate body, the photo credit (read-only in proofing or when checked out elsewhere). */
export function StorySheet({ head, onHead, onStatus, onBlur, onCompositionStart, onCompositionEnd, readOnly }: Props) {
  const { t } = useI18n();
  return (
    <div className="story-sheet" data-testid="story-sheet">
      <StoryHeadForm head={head} onChange={onHead} onBlur={onBlur} onStatusChange={onStatus} locked={readOnly} />
      <div className="body-rule" aria-hidden="true" />
      <BodyEditor onBlur={onBlur} onCompositionStart={onCompositionStart} onCompositionEnd={onCompositionEnd} />
      <label className="photo-credit-field">
        <span className="head-label">{t.editor.fields.photoCredit}</span>
        <input
          type="text"
          value={head.photoCredit}
          placeholder={t.editor.fields.photoCreditPlaceholder}
          readOnly={readOnly}
          data-testid="field-photo-credit"
          onBlur={onBlur}
          onChange={(event) => onHead({ photoCredit: event.target.value })}
        />
      </label>
    </div>
  );
}
