import type { Assignment } from '../model/assignment';
import type { UncheckedEdit } from '../model/unchecked-edit';
import type { Byline, Story, StoryFields, StoryStatus } from '../model/story';
import type { Annotation, StatusChange } from '../model/annotation';

export type { Story, Annotation, StatusChange };

/** `proof.exportPage`: whether a proof was written (the user may cancel the save dialog), and what it holds. */
export interface ProofExportResult {
  written: boolean;
  path?: string;
  bytes?: number;
  /** Marks drawn on the page. */
  placed: number;
  /** Marks of the page's stories not on it: their text is gone, or not set on this page. */
  unplaced: { id: string; reason: 'orphaned' | 'not-on-page' }[];
}

/** `stories.setStatus`: the saved story and the history entry the change made. */
export interface StatusChangeResult {
  story: Story;
  change: StatusChange;
  /** The assignment the change routed the story with, when it named someone. */
  assignment?: Assignment;
}

export interface AppInfo {
  name: string;
  version: string;
  /** Where the database and photos live. */
  dataDir: string;
  /** "electron" in the desktop app, "harness" in the browser test harness. */
  shell: 'electron' | 'harness';
  /** Set once the background integrity check found the database damaged: every save is refused from then on. */
  storeDamage?: StoreDamage;
}

/** The database file the background check found damaged, and SQLite's first complaint. */
export interface StoreDamage {
  path: string;
  problem: string;
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
  /** The live pages the story is placed on (edition date and 版次), newest edition first; absent when on none. */
  pages?: StoryPlacement[];
  /** 无签出编辑: saved in a newsroom without the check-out, not yet reviewed (absent: not flagged). */
  unchecked?: UncheckedEdit;
}

export interface StoryPlacement {
  pageId: string;
  editionDate: string;
  pageNumber: number;
}

/** `stories.page`: one page of the library in its order, and where the next one starts. */
export interface StoryPage {
  stories: StorySummary[];
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
  /** How many stories the filter lets through; on the first page only (null on later ones). */
  total: number | null;
}

/** `stories.facets`: the live library's counts, beside each filter choice. */
export interface LibraryFacets {
  total: number;
  statuses: Array<{ value: StoryStatus; count: number }>;
  /** Non-empty sections, in the store's order (the renderer collates them for its locale). */
  sections: Array<{ value: string; count: number }>;
}

export interface StoryRevision {
  /** Global (the same on every desk of a newsroom). */
  id: string;
  storyId: string;
  /** The story's version number on the desk that kept it. */
  version: number;
  savedAt: string;
  /** Who saved that version (the newsroom user), '' when not known (saved outside a newsroom). */
  savedBy: string;
  fields: StoryFields;
  /** 无签出编辑: that version was saved in a newsroom without the check-out and not reviewed before it was replaced. */
  unchecked: boolean;
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
