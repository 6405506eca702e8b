import { DEFAULT_COLUMN_WIDTH, type LengthTarget } from './story-metrics';

/**
 * A story's target length and column width. The story model has no place for them yet
 * (see docs/story-desk.md), so they are kept per story on this computer.
 */
export interface LengthSettings {
  columnWidth: number;
  unit: LengthTarget['unit'];
  /** null: no target. */
  value: number | null;
}

export const DEFAULT_LENGTH_SETTINGS: LengthSettings = { columnWidth: DEFAULT_COLUMN_WIDTH, unit: 'chars', value: null };

const key = (storyId: string) => `banmian.length.${storyId}`;

export function readLengthSettings(storage: Pick<Storage, 'getItem'> | null, storyId: string): LengthSettings {
  try {
    const raw = JSON.parse(storage?.getItem(key(storyId)) ?? 'null') as Partial<LengthSettings> | null;
    if (!raw || typeof raw !== 'object') return DEFAULT_LENGTH_SETTINGS;
    const columnWidth = Number.isInteger(raw.columnWidth) && raw.columnWidth! >= 4 && raw.columnWidth! <= 60 ? raw.columnWidth! : DEFAULT_COLUMN_WIDTH;
    const unit = raw.unit === 'lines' ? 'lines' : 'chars';
    const value = typeof raw.value === 'number' && Number.isFinite(raw.value) && raw.value > 0 ? Math.round(raw.value) : null;
    return { columnWidth, unit, value };
  } catch {
    return DEFAULT_LENGTH_SETTINGS;
  }
}

export function writeLengthSettings(storage: Pick<Storage, 'setItem'> | null, storyId: string, settings: LengthSettings): void {
  try {
    storage?.setItem(key(storyId), JSON.stringify(settings));
  } catch {
    // Unavailable storage: the setting lasts as long as the window.
  }
}

export function targetOf(settings: LengthSettings): LengthTarget | null {
  return settings.value === null ? null : { unit: settings.unit, value: settings.value, columnWidth: settings.columnWidth };
}
