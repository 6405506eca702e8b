import { useEffect, useState, type ReactNode, type Ref } from 'react';

/**
 * Inspector fields. Numbers commit as they are typed when they are valid (an empty or
 * out-of-range entry is shown but not applied until it is); text commits on every change,
 * which the workspace merges into one undo step per field.
 */

export function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={`field${wide ? ' field-wide' : ''}`}>
      <span className="field-label">{label}</span>
      {children}
    </label>
  );
}

export function NumberField({
  label,
  value,
  min,
  max,
  step = 1,
  testId,
  placeholder,
  required,
  onChange,
}: {
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  step?: number;
  testId?: string;
  placeholder?: string;
  /** The form does not submit while the field is empty or out of range. */
  required?: boolean;
  onChange: (value: number | undefined) => void;
}) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);
  return (
    <Field label={label}>
      <input
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step}
        placeholder={placeholder}
        required={required}
        data-testid={testId}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() === '') {
            if (placeholder !== undefined) onChange(undefined);
            return;
          }
          const n = Number(event.target.value);
          if (Number.isFinite(n) && n >= min && n <= max) onChange(n);
        }}
        onBlur={() => setText(value === undefined ? '' : String(value))}
      />
    </Field>
  );
}

export function TextField({
  label,
  value,
  testId,
  multiline,
  textareaRef,
  onChange,
}: {
  label: string;
  value: string;
  testId?: string;
  multiline?: boolean;
  /** The multiline field's element (for its selection). */
  textareaRef?: Ref<HTMLTextAreaElement>;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} wide>
      {multiline ? (
        <textarea ref={textareaRef} value={value} rows={3} data-testid={testId} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input type="text" value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  testId,
  onChange,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  testId?: string;
  onChange: (value: T) => void;
}) {
  return (
    <Field label={label}>
      <select value={value} data-testid={testId} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="inspector-section" data-testid={testId}>
      <h3>{title}</h3>
      <div className="inspector-grid">{children}</div>
    </section>
  );
}
