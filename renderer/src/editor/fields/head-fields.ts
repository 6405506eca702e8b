import type { Block, Byline, StoryFields } from '../../../../shared/model/story';

export type BylineRole = Byline['role'];

/** A byline as edited: names as typed, so a row may be empty while it is being filled in. */
export interface BylineRow {
  /** Stable React key. */
  key: number;
  role: BylineRole;
  label: string;
  names: string;
}

/** Everything but the body, as the form holds it. */
export interface HeadFields extends Omit<StoryFields, 'body' | 'bylines'> {
  bylines: BylineRow[];
}

/** The label printed before the names for each role, as the desk writes it by default. */
export const DEFAULT_BYLINE_LABELS: Record<BylineRole, string> = {
  reporter: '本报记者',
  correspondent: '本报通讯员',
  photographer: '本报摄影记者',
  writer: '作者',
};

let nextKey = 1;

export function bylineRow(byline: Partial<Byline> = {}): BylineRow {
  const role = byline.role ?? 'reporter';
  return { key: nextKey++, role, label: byline.label ?? DEFAULT_BYLINE_LABELS[role], names: (byline.names ?? []).join(' ') };
}

export function headFrom(story: StoryFields): HeadFields {
  const { body: _body, bylines, ...rest } = story;
  return { ...rest, bylines: bylines.map((byline) => bylineRow(byline)) };
}

/**
 * The headline as typed: a manual break (Shift+Enter, or a line break pasted in) is kept as one
 * "\n" — the page breaks the headline there — and runs of breaks, or breaks at either end,
 * are not lines of a headline.
 */
export function headlineInput(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').replace(/^\n+/, '');
}

/** Names as typed: separated by spaces, 、 or commas. */
export function splitNames(names: string): string[] {
  return names.split(/[\s\u3000、，,；;]+/u).filter((name) => name.length > 0);
}

/** Rows as stored bylines; a row without names is not a byline yet and is left out. */
export function bylinesFrom(rows: readonly BylineRow[]): Byline[] {
  return rows.flatMap((row) => {
    const names = splitNames(row.names);
    return names.length > 0 ? [{ role: row.role, label: row.label.trim(), names }] : [];
  });
}

export function fieldsFrom(head: HeadFields, body: readonly Block[]): StoryFields {
  return {
    section: head.section.trim(),
    status: head.status,
    kicker: head.kicker,
    headline: head.headline,
    subtitle: head.subtitle,
    bylines: bylinesFrom(head.bylines),
    body: body as Block[],
    photoCredit: head.photoCredit,
    flags: head.flags,
    // Sent once chosen, 'zh-Hans' too: a story switched back to Simplified must clear the stored zh-Hant.
    ...(head.language ? { language: head.language } : {}),
  };
}
