import { z } from 'zod';

/**
 * The bounds on every number and string a page, a story or an IPC payload may carry: each is
 * far beyond what a real newspaper page or story reaches, and low enough that no input can make
 * composition, the store or the PDF writer run out of memory or time. docs/page-format.md lists
 * them; validation names the field that crosses one.
 */

/** Characters of text in one story, all blocks together (a long feature is ~20 000). */
export const STORY_MAX_CHARS = 200_000;
/** Blocks (paragraphs, subheads, photos) in one story. */
export const STORY_MAX_BLOCKS = 10_000;
/** A headline, kicker, subtitle, caption line or other one-line field. */
export const LINE_MAX_CHARS = 500;
/** A caption, a text frame, a note. */
export const NOTE_MAX_CHARS = 20_000;
/** Ids and keys (story ids, frame ids, asset keys, face ids). */
export const ID_MAX_CHARS = 64;
/** Frames on one page, photos in one group, stories and photos one page names. */
export const PAGE_MAX_FRAMES = 1000;
export const GROUP_MAX_PHOTOS = 100;
/** Basic columns and grid lines: a 2000 mm page at the smallest pitch (5 pt) has ~1130 lines. */
export const GRID_MAX_COLUMNS = 20;
export const GRID_MAX_LINES = 2000;
/** Lengths in mm (trim, margins, offsets): two metres either way. */
export const MM_MAX = 2000;

/** A string of at most `max` characters, with the bound in the message. */
export function text(max: number) {
  return z.string().max(max, `at most ${max} characters`);
}

export const idText = z.string().min(1).max(ID_MAX_CHARS, `at most ${ID_MAX_CHARS} characters`);

/** A real calendar date as YYYY-MM-DD (2024-13-45 is refused, as 2023-02-29 is). */
export const editionDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2024-02-20')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a real calendar date');

/** A record whose keys are ids, with at most `max` entries. */
export function idRecord<V extends z.ZodType>(value: V, max: number) {
  return z.record(idText, value).refine((record) => Object.keys(record).length <= max, `at most ${max} entries`);
}

/** A field name for a message: a key longer than an id is cut, so no message echoes a huge key. */
export function clipKey(key: PropertyKey): string {
  const name = String(key);
  return name.length > ID_MAX_CHARS ? `${name.slice(0, ID_MAX_CHARS)}…` : name;
}
