import type { StoryFields, StoryStatus } from '../../shared/model/story';
import type { LibraryFacets, SearchHit, Story, StoryPage, StoryRevision, StorySummary } from '../../shared/ipc/contract-types';
import type { AnnotationRepository } from './annotation-types';
import type { AssetRepository } from './asset-types';
import type { NewsroomInbound } from './newsroom-inbound';
import type { NewsroomOutbox } from './newsroom-outbox';
import type { NewsroomPhotos } from './newsroom-photos';
import type { UncheckedEdits } from './newsroom-unchecked';
import type { AssignmentRepository } from './assignment-repository';
import type { PageRepository } from './page-types';
import type { StatusHistoryRepository } from './status-history-repository';

/** The contract between the store and its users (IPC handlers, import, CLI). */

export interface StoryFilter {
  status?: StoryStatus;
  section?: string;
  /** ISO date (YYYY-MM-DD): changed on or after. */
  since?: string;
  /** true: the trash (soft-deleted stories) instead of the live ones. */
  deleted?: boolean;
}

/** One page of the live library: the filter, where the previous page ended, how many rows. */
export interface StoryPageRequest extends Omit<StoryFilter, 'deleted'> {
  /** The `next` of the previous page; absent for the first. */
  after?: string;
  /** 1 to 500. */
  limit: number;
}

export interface StoryRepository {
  /** Missing fields take the empty story's values. */
  create(fields: Partial<StoryFields>): Story;
  /** All or nothing: one transaction. */
  createMany(list: Array<Partial<StoryFields>>): Story[];
  /** Throws BanmianError('not-found'). Finds soft-deleted stories too. */
  get(id: string): Story;
  /** Every story the filter lets through (CLI, trash, page desk); the library pages with `page`. */
  list(filter?: StoryFilter): StorySummary[];
  /** Live stories newest first, a page at a time (keyset: `next` continues where this page ended). */
  page(request: StoryPageRequest): StoryPage;
  /** Counts of live stories by status and by section. */
  facets(): LibraryFacets;
  /** These stories' library rows, in the order asked; ids not found are left out. */
  summaries(ids: readonly string[]): StorySummary[];
  /** Live stories with exactly this headline, oldest first (the sample page finds its stories so). */
  withHeadline(headline: string): StorySummary[];
  /**
   * Saves when `expectedVersion` is the stored version, keeping the old one as a revision.
   * Otherwise throws BanmianError('conflict', …, { current: Story }) and writes nothing.
   */
  save(id: string, expectedVersion: number, fields: Partial<StoryFields>): Story;
  duplicate(id: string): Story;
  softDelete(id: string): Story;
  restore(id: string): Story;
  revisions(id: string): StoryRevision[];
  /** One kept revision by its global id; null when not on this desk. */
  revisionRecord(revisionId: string): StoryRevision | null;
}

export interface SearchService {
  /** Best first; finds two-character Chinese words, Latin words and numbers. */
  search(query: string, limit?: number): SearchHit[];
}

export interface Store {
  readonly path: string;
  readonly stories: StoryRepository;
  readonly search: SearchService;
  readonly pages: PageRepository;
  /** Photos, content-addressed in the photos folder next to the database. */
  readonly assets: AssetRepository;
  readonly annotations: AnnotationRepository;
  /** The newsroom bridge's tables: what waits to go out, what came in (docs/newsroom.md). */
  readonly newsroom: {
    readonly outbox: NewsroomOutbox;
    readonly inbound: NewsroomInbound;
    readonly photos: NewsroomPhotos;
    /** Edits made without the check-out (无签出编辑) and the leases this desk holds. */
    readonly unchecked: UncheckedEdits;
  };
  /** Each story's status changes and proof rounds. */
  readonly statusHistory: StatusHistoryRepository;
  /** Who has which story or page to do (我的任务). */
  readonly assignments: AssignmentRepository;
  /** Runs `fn` in one write transaction (repositories' own transactions nest in it as savepoints). */
  transaction<T>(fn: () => T): T;
  /** Closes the database; later calls do nothing. */
  close(): void;
}
