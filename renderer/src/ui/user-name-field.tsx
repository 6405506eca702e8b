import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useUserName } from './user-name';

/** The workstation's user name, in the status bar: typed in place, kept when the field is left. */
export function UserNameField({ highlight = false }: { highlight?: boolean }) {
  const { t } = useI18n();
  const [name, setName] = useUserName();
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const commit = () => {
    if (draft.trim() !== name) setName(draft);
  };
  return (
    <label className={`user-name-field${highlight && !name ? ' is-missing' : ''}`} title={t.proof.user.hint}>
      <span className="user-name-label">{t.proof.user.label}</span>
      <input
        type="text"
        value={draft}
        placeholder={t.proof.user.placeholder}
        maxLength={80}
        data-testid="user-name"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            commit();
          }
        }}
      />
    </label>
  );
}
