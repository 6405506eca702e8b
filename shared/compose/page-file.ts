import { PAGE_FORMAT, PAGE_FORMAT_VERSION, pageDocumentSchema, type Frame, type PageDocument, type Photo } from '../model/page';
import { describeIssues, type FieldName } from '../model/zod-issues';

/** A page file that cannot be used, with every problem named by its field. */
export class PageFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid page file:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PageFileError';
  }
}

/** frames[0].area.span — as the path reads in the JSON. */
const fieldPath: FieldName = (path) => {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(root)';
};

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
  if (!parsed.success) throw new PageFileError(describeIssues(parsed.error, fieldPath));
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
  for (const [key, ref] of Object.entries(doc.assets)) {
    if (ref.file === undefined && ref.sha256 === undefined) problems.push(`assets.${key}: give a "file" path or a "sha256" of a stored photo`);
  }
  const continuedFrom = new Map<string, number>();
  doc.frames.forEach((frame, index) => {
    const at = `frames[${index}]`;
    if (frame.id.startsWith('#')) problems.push(`${at}.id: ids starting with "#" are reserved (found "${frame.id}")`);
    if (frame.area.column + frame.area.span > columns) {
      problems.push(`${at}.area.span: columns ${frame.area.column}–${frame.area.column + frame.area.span - 1} run past the grid's ${columns} columns (0–${columns - 1})`);
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
        else if (frame.next === frame.id) problems.push(`${at}.next: a frame cannot continue in itself`);
        else if (continuedFrom.has(frame.next)) problems.push(`${at}.next: "${frame.next}" already continues frames[${continuedFrom.get(frame.next)}]`);
        continuedFrom.set(frame.next, index);
      }
    }
    if (frame.kind === 'photo') checkPhoto(frame, `${at}`, doc, problems);
    if (frame.kind === 'photo-group') {
      frame.photos.forEach((cell, c) => {
        const where = `${at}.photos[${c}]`;
        checkPhoto(cell.photo, `${where}.photo`, doc, problems);
        if (cell.area.column + cell.area.span > frame.area.span) {
          problems.push(`${where}.area.span: the cell runs past the group's ${frame.area.span} columns (cell areas are relative to the group)`);
        }
        if (cell.area.line + cell.area.depth > frame.area.depth) {
          problems.push(`${where}.area.depth: the cell runs past the group's ${frame.area.depth} lines (cell areas are relative to the group)`);
        }
      });
    }
  });
  problems.push(...threadCycles(doc));
  return problems;
}

function checkPhoto(photo: Photo, at: string, doc: PageDocument, problems: string[]): void {
  if (!(photo.assetId in doc.assets)) problems.push(`${at}.assetId: photo "${photo.assetId}" is not listed in assets`);
  if (photo.fit === 'crop' && !photo.crop) problems.push(`${at}.crop: fit "crop" needs a crop rectangle`);
  if (photo.crop) {
    if (photo.crop.x + photo.crop.width > 1 + 1e-9) problems.push(`${at}.crop.width: x + width is more than the whole image (1)`);
    if (photo.crop.y + photo.crop.height > 1 + 1e-9) problems.push(`${at}.crop.height: y + height is more than the whole image (1)`);
  }
}

/** A story whose frames continue in a circle would never end. */
function threadCycles(doc: PageDocument): string[] {
  const byId = new Map(doc.frames.map((f, i) => [f.id, { frame: f, index: i }]));
  const problems: string[] = [];
  const reported = new Set<string>();
  for (const [index, frame] of doc.frames.entries()) {
    const seen = new Set<string>();
    let current: Frame | undefined = frame;
    while (current?.kind === 'story' && current.next !== undefined) {
      if (seen.has(current.id)) {
        if (!reported.has(current.id)) problems.push(`frames[${index}].next: the frames of story "${frame.kind === 'story' ? frame.storyId : ''}" continue in a circle`);
        for (const id of seen) reported.add(id);
        break;
      }
      seen.add(current.id);
      current = byId.get(current.next)?.frame;
    }
  }
  return problems;
}
