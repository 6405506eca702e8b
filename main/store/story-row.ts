import { z } from 'zod';
import type { StorySummary } from '../../shared/ipc/contract-types';
import { bylineSchema, storyLength, storySchema, storyStatusSchema, type Story, type StoryFields } from '../../shared/model/story';
import { parseJsonColumn, parseStored } from './validation';

/** A `stories` row as SQLite returns it. `seq` keys the search index; `id` is the public id. */
export interface StoryRow {
  seq: number;
  id: string;
  section: string;
  status: string;
  kicker: string;
  headline: string;
  subtitle: string;
  bylines: string;
  body: string;
  photo_credit: string;
  flags: string;
  /** '' (Simplified Chinese, the default) or a StoryLanguage. */
  language: string;
  length: number;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export type StorySummaryRow = Omit<StoryRow, 'body'>;

export const STORY_SUMMARY_COLUMNS =
  'seq, id, section, status, kicker, headline, subtitle, bylines, photo_credit, flags, language, length, version, created_at, updated_at, deleted_at';
export const STORY_COLUMNS = `${STORY_SUMMARY_COLUMNS}, body`;

const summarySchema = z.object({
  status: storyStatusSchema,
  bylines: z.array(bylineSchema),
  flags: z.array(z.string()),
});

/** Reads a full row, checking every JSON column against the model's schemas. */
export function rowToStory(row: StoryRow): Story {
  const what = `Story ${row.id}`;
  return parseStored(
    storySchema,
    {
      id: row.id,
      section: row.section,
      status: row.status,
      kicker: row.kicker,
      headline: row.headline,
      subtitle: row.subtitle,
      bylines: parseJsonColumn(row.bylines, `${what} bylines`),
      body: parseJsonColumn(row.body, `${what} body`),
      photoCredit: row.photo_credit,
      flags: parseJsonColumn(row.flags, `${what} flags`),
      ...(row.language ? { language: row.language } : {}),
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      deletedAt: row.deleted_at,
    },
    what,
  );
}

/** A library row without parsing the body; its length is kept in its own column. */
export function rowToSummary(row: StorySummaryRow): StorySummary {
  const what = `Story ${row.id}`;
  const checked = parseStored(
    summarySchema,
    {
      status: row.status,
      bylines: parseJsonColumn(row.bylines, `${what} bylines`),
      flags: parseJsonColumn(row.flags, `${what} flags`),
    },
    what,
  );
  return {
    id: row.id,
    section: row.section,
    status: checked.status,
    kicker: row.kicker,
    headline: row.headline,
    subtitle: row.subtitle,
    bylines: checked.bylines,
    length: row.length,
    flags: checked.flags,
    version: row.version,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** A story's editable fields as the `stories` columns hold them (JSON columns serialised, the length counted). */
export function storyColumnsOf(fields: StoryFields) {
  return {
    section: fields.section,
    status: fields.status,
    kicker: fields.kicker,
    headline: fields.headline,
    subtitle: fields.subtitle,
    bylines: JSON.stringify(fields.bylines),
    body: JSON.stringify(fields.body),
    photo_credit: fields.photoCredit,
    flags: JSON.stringify(fields.flags),
    language: fields.language && fields.language !== 'zh-Hans' ? fields.language : '',
    length: storyLength(fields.body),
  };
}
