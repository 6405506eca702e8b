import { forwardRef } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

/** The library's search field; Escape clears it. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ value, onChange }, ref) {
  const { t } = useI18n();
  return (
    <div className="search-box">
      <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" />
        <line x1="10.4" y1="10.4" x2="14" y2="14" />
      </svg>
      <input
        ref={ref}
        type="search"
        value={value}
        placeholder={t.search.placeholder}
        aria-label={t.search.label}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onChange('');
        }}
      />
    </div>
  );
});
