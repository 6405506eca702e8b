import type { GridArea } from '../../../../shared/model/page';
import { onGrid, OFFSET_KEYS, withOffset, type GridLimits } from '../workspace/grid-snap';
import { NumberField } from './fields';
import { useI18n } from '../../i18n/i18n-context';

/** Free offsets are kept within this many mm either way (more is a different grid position). */
const OFFSET_LIMIT = 200;

/**
 * A frame's place in grid units, as the make-up sheet counts them: columns and lines from 1,
 * then the free offsets from that grid position in mm (右移/下移/加宽/加高) for a frame that must sit
 * off the grid. `limits` are the grid (or, for a cell, its group) the area must stay in.
 */
export function AreaFields({ area, limits, testId, onChange }: { area: GridArea; limits: GridLimits; testId: string; onChange: (area: GridArea) => void }) {
  const t = useI18n().t.pageDesk;
  return (
    <>
      <NumberField
        label={t.inspector.column}
        value={area.column + 1}
        min={1}
        max={limits.columns - area.span + 1}
        testId={`${testId}-column`}
        onChange={(v) => v !== undefined && onChange({ ...area, column: v - 1 })}
      />
      <NumberField label={t.inspector.span} value={area.span} min={1} max={limits.columns - area.column} testId={`${testId}-span`} onChange={(v) => v !== undefined && onChange({ ...area, span: v })} />
      <NumberField
        label={t.inspector.line}
        value={area.line + 1}
        min={1}
        max={Math.max(1, limits.lines - area.depth + 1)}
        testId={`${testId}-line`}
        onChange={(v) => v !== undefined && onChange({ ...area, line: v - 1 })}
      />
      <NumberField label={t.inspector.depth} value={area.depth} min={1} max={Math.max(1, limits.lines - area.line)} testId={`${testId}-depth`} onChange={(v) => v !== undefined && onChange({ ...area, depth: v })} />
      {OFFSET_KEYS.map((key) => (
        <NumberField
          key={key}
          label={t.inspector[key]}
          value={area[key] ?? 0}
          min={-OFFSET_LIMIT}
          max={OFFSET_LIMIT}
          step={0.5}
          testId={`${testId}-${key}`}
          onChange={(v) => v !== undefined && onChange(withOffset(area, key, v))}
        />
      ))}
      {OFFSET_KEYS.some((key) => area[key]) && (
        <button type="button" className="secondary-button" data-testid={`${testId}-snap`} title={t.inspector.offsetsHint} onClick={() => onChange(onGrid(area))}>
          {t.inspector.snapToGrid}
        </button>
      )}
    </>
  );
}
