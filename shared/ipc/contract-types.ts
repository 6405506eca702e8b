import type { Byline, Story, StoryFields, StoryStatus } from '../model/story';

export type { Story };

export interface AppInfo {
  name: string;
  version: string;
  /** Where the database and photos live. */
  dataDir: string;
  /** "electron" in the desktop app, "harness" in the browser test harness. */
  shell: 'electron' | 'harness';
}

/** One row of the story library. */
export interface StorySummary {
  id: string;
  section: string;
  status: StoryStatus;
  kicker: string;
  headline: string;
  subtitle: string;
  bylines: Byline[];
  /** Body length in characters (no whitespace). */
  length: number;
  flags: string[];
  version: number;
  updatedAt: string;
  deletedAt: string | null;
}

export interface StoryRevision {
  storyId: string;
  version: number;
  savedAt: string;
  fields: StoryFields;
}

/** A search result, best first. `highlights` are [start, end) offsets into `snippet`. */
export interface SearchHit {
  id: string;
  headline: string;
  snippet: string;
  highlights: Array<[number, number]>;
  score: number;
}

export interface ImportedStory {
  id: string;
  headline: string;
  fileName: string;
  flags: string[];
}

export interface ImportResult {
  stories: ImportedStory[];
}
