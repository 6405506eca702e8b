import { useEffect, useRef, useState } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  className: string;
  placeholder: string;
}

/**
 * A caption or credit input inside a photo block. It keeps its own state so that React
 * re-renders it with the typed value inside the same event: a controlled input that waits
 * for the Slate value (which updates a tick later) gets reset by React in between, and
 * that cancels an open IME composition. Outside changes (undo, another window's save)
 * come in through `value` when no composition is open.
 */
export function PhotoTextInput({ value, onChange, className, placeholder }: Props) {
  const [draft, setDraft] = useState(value);
  const composing = useRef(false);

  useEffect(() => {
    if (!composing.current) setDraft(value);
  }, [value]);

  return (
    <input
      type="text"
      className={className}
      value={draft}
      placeholder={placeholder}
      spellCheck={false}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={() => {
        composing.current = false;
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        onChange(event.target.value);
      }}
    />
  );
}
