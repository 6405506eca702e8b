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
}

/** The story as one sheet: the head fields, the Slate body, the photo credit (read-only in proofing). */
export function StorySheet({ head, onHead, onStatus, onBlur, onCompositionStart, onCompositionEnd }: Props) {
  const { t } = useI18n();
  return (
    <div className="story-sheet" data-testid="story-sheet">
      <StoryHeadForm head={head} onChange={onHead} onBlur={onBlur} onStatusChange={onStatus} locked={head.status === 'proofing'} />
      <div className="body-rule" aria-hidden="true" />
      <BodyEditor onBlur={onBlur} onCompositionStart={onCompositionStart} onCompositionEnd={onCompositionEnd} />
      <label className="photo-credit-field">
        <span className="head-label">{t.editor.fields.photoCredit}</span>
        <input
          type="text"
          value={head.photoCredit}
          placeholder={t.editor.fields.photoCreditPlaceholder}
          readOnly={head.status === 'proofing'}
          data-testid="field-photo-credit"
          onBlur={onBlur}
          onChange={(event) => onHead({ photoCredit: event.target.value })}
        />
      </label>
    </div>
  );
}
