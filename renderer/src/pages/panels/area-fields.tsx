import type { GridArea } from '../../../../shared/model/page';
import type { GridLimits } from '../workspace/grid-snap';
import { usePagesText } from '../pages-text';
import { NumberField } from './fields';

/**
 * A frame's place in grid units, as the make-up sheet counts them: columns and lines from 1.
 * `limits` are the grid (or, for a cell, its group) the area must stay in.
 */
export function AreaFields({ area, limits, testId, onChange }: { area: GridArea; limits: GridLimits; testId: string; onChange: (area: GridArea) => void }) {
  const t = usePagesText();
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
    </>
  );
}
