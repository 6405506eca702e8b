import type { z } from 'zod';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, pageDocumentSchema, type PageDocument } from '../model/page';

/** A page file that cannot be used, with every problem named by its field. */
export class PageFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid page file:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PageFileError';
  }
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(root)';
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
}

/**
 * Parses page-file text (or an already parsed value) into a PageDocument, checking the
 * schema and the references between frames, stories and photos. `knownStoryIds` are stories
 * a database can supply; without it every story must be inline.
 */
export function parsePageDocument(input: string | unknown, knownStoryIds?: ReadonlySet<string>): PageDocument {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new PageFileError([`(file): not valid JSON — ${(error as Error).message}`]);
    }
  }
  if (typeof value === 'object' && value !== null) {
    const head = value as { format?: unknown; version?: unknown };
    if (head.format !== PAGE_FORMAT) throw new PageFileError([`format: expected "${PAGE_FORMAT}", found ${JSON.stringify(head.format)}`]);
    if (typeof head.version === 'number' && head.version > PAGE_FORMAT_VERSION) {
      throw new PageFileError([`version: this Banmian reads page files up to version ${PAGE_FORMAT_VERSION}; the file is version ${head.version}`]);
    }
  }
  const parsed = pageDocumentSchema.safeParse(value);
  if (!parsed.success) throw new PageFileError(describe(parsed.error));
  const problems = checkReferences(parsed.data, knownStoryIds);
  if (problems.length) throw new PageFileError(problems);
  return parsed.data;
}

function checkReferences(doc: PageDocument, knownStoryIds?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  doc.frames.forEach((frame, index) => {
    if (ids.has(frame.id)) problems.push(`frames[${index}].id: "${frame.id}" is already used by frames[${ids.get(frame.id)}]`);
    ids.set(frame.id, index);
  });
  const columns = doc.template.grid.columns;
  doc.frames.forEach((frame, index) => {
    const at = `frames[${index}]`;
    if (frame.area.column + frame.area.span > columns) {
      problems.push(`${at}.area: columns ${frame.area.column}–${frame.area.column + frame.area.span - 1} run past the grid's ${columns} columns`);
    }
    if (frame.kind === 'story') {
      if (!(frame.storyId in doc.stories) && !knownStoryIds?.has(frame.storyId)) {
        problems.push(`${at}.storyId: no story "${frame.storyId}" in the file's stories${knownStoryIds ? ' or the database' : ''}`);
      }
      if (frame.bodyColumns > frame.area.span) problems.push(`${at}.bodyColumns: ${frame.bodyColumns} text columns do not fit in ${frame.area.span} basic columns`);
      if (frame.next !== undefined) {
        const target = doc.frames[ids.get(frame.next) ?? -1];
        if (!target) problems.push(`${at}.next: no frame "${frame.next}"`);
        else if (target.kind !== 'story' || target.storyId !== frame.storyId) problems.push(`${at}.next: "${frame.next}" is not a frame of the same story`);
      }
    }
    const photos = frame.kind === 'photo' ? [frame] : frame.kind === 'photo-group' ? frame.photos.map((p) => p.photo) : [];
    for (const photo of photos) {
      if (!(photo.assetId in doc.assets)) problems.push(`${at}: photo "${photo.assetId}" is not listed in assets`);
    }
  });
  return problems;
}
