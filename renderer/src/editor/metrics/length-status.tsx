import { useDeferredValue, useMemo, useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { useI18n } from '../../i18n/i18n-context';
import { bodyOf } from '../schema/block-shapes';
import { useChangeSignal, type ChangeSignal } from '../change-signal';
import { readLengthSettings, targetOf, writeLengthSettings, type LengthSettings } from './length-settings';
import { measureStory, targetDelta } from './story-metrics';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The length counter: characters, estimated lines at the column width, and how far the
 * story is from its target (over in red, short in amber). Counted per block from cache,
 * at low priority so typing never waits for it.
 */
export function LengthStatus({ storyId, signal }: { storyId: string; signal: ChangeSignal }) {
  const editor = useSlateStatic();
  const { t, locale } = useI18n();
  const l = t.editor.length;
  const version = useDeferredValue(useChangeSignal(signal));
  const [settings, setSettings] = useState<LengthSettings>(() => readLengthSettings(storage(), storyId));
  const [editing, setEditing] = useState(false);
  // `version` stands for editor.children, which Slate replaces on every change.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for editor.children
  const measure = useMemo(() => measureStory(bodyOf(editor), settings.columnWidth), [editor, version, settings.columnWidth]);
  const target = targetOf(settings);
  const number = (value: number) => value.toLocaleString(locale);
  const delta = target ? targetDelta(measure, target) : 0;
  const save = (next: LengthSettings) => {
    setSettings(next);
    writeLengthSettings(storage(), storyId, next);
  };

  return (
    <div className="length-status" data-testid="length-status">
      <span className="length-count" data-testid="length-characters" data-value={measure.characters}>
        {l.characters(number(measure.characters))}
      </span>
      <span className="length-lines" data-testid="length-lines" data-value={measure.lines}>
        {l.lines(number(measure.lines), settings.columnWidth)}
      </span>
      <button
        type="button"
        className={`length-target${target ? (delta > 0 ? ' is-over' : delta < 0 ? ' is-under' : ' is-on') : ''}`}
        data-testid="length-target"
        aria-expanded={editing}
        title={l.setTarget}
        onClick={() => setEditing((open) => !open)}
      >
        {target ? (
          <>
            {l.targetValue(number(target.value), target.unit)}
            {' · '}
            <strong data-testid="length-delta">
              {delta > 0 ? l.over(number(delta), target.unit) : delta < 0 ? l.under(number(-delta), target.unit) : l.onTarget}
            </strong>
          </>
        ) : (
          l.setTarget
        )}
      </button>
      {editing && <TargetForm settings={settings} onSave={save} onClose={() => setEditing(false)} />}
    </div>
  );
}

function TargetForm({ settings, onSave, onClose }: { settings: LengthSettings; onSave: (settings: LengthSettings) => void; onClose: () => void }) {
  const { t } = useI18n();
  const l = t.editor.length;
  const [unit, setUnit] = useState(settings.unit);
  const [value, setValue] = useState(settings.value === null ? '' : String(settings.value));
  const [columnWidth, setColumnWidth] = useState(String(settings.columnWidth));
  const apply = (clear: boolean) => {
    const width = Math.round(Number(columnWidth));
    const amount = Math.round(Number(value));
    onSave({
      unit,
      value: clear || !(amount > 0) ? null : amount,
      columnWidth: width >= 4 && width <= 60 ? width : settings.columnWidth,
    });
    onClose();
  };
  return (
    <form
      className="target-form"
      data-testid="target-form"
      onSubmit={(event) => {
        event.preventDefault();
        apply(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <fieldset className="target-unit">
        <legend>{l.unit}</legend>
        <label>
          <input type="radio" name="target-unit" checked={unit === 'chars'} onChange={() => setUnit('chars')} /> {l.unitChars}
        </label>
        <label>
          <input type="radio" name="target-unit" checked={unit === 'lines'} onChange={() => setUnit('lines')} /> {l.unitLines}
        </label>
      </fieldset>
      <label className="target-field">
        <span>{l.value}</span>
        <input type="number" min={1} step={1} value={value} autoFocus data-testid="target-value" onChange={(event) => setValue(event.target.value)} />
      </label>
      <label className="target-field">
        <span>{l.columnWidth}</span>
        <input type="number" min={4} max={60} step={1} value={columnWidth} data-testid="target-column-width" onChange={(event) => setColumnWidth(event.target.value)} />
      </label>
      <div className="target-buttons">
        <button type="button" className="link-button" onClick={() => apply(true)}>
          {l.clear}
        </button>
        <button type="submit" className="primary-button small">
          {l.done}
        </button>
      </div>
    </form>
  );
}
