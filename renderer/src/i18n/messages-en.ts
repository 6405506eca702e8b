import type { StoryStatus } from '../../../shared/model/story';

/**
 * The English catalogue; its shape is the catalogue's type, so a key missing from
 * another language is a type error, not a blank label.
 */
export const messagesEn = {
  appName: 'Banmian',
  library: {
    title: 'Story library',
    count: (shown: number, total: number) =>
      shown === total ? `${total} ${total === 1 ? 'story' : 'stories'}` : `${shown} of ${total} stories`,
    loading: 'Loading stories…',
    empty: 'No stories yet. Import reporter copy (.txt, .docx) with the button above or drop files onto the window.',
    emptyFiltered: 'No story matches these filters.',
    loadFailed: (message: string) => `The story list could not be loaded: ${message}`,
  },
  columns: {
    headline: 'Headline',
    section: 'Section',
    status: 'Status',
    bylines: 'Bylines',
    length: 'Length',
    updated: 'Last change',
  },
  filters: {
    label: 'Filters',
    status: 'Status',
    allStatuses: 'All statuses',
    section: 'Section',
    allSections: 'All sections',
    since: 'Changed since',
    clear: 'Clear filters',
  },
  status: {
    draft: 'Draft',
    editing: 'Editing',
    proofing: 'Proofing',
    approved: 'Approved',
    placed: 'Placed',
  } satisfies Record<StoryStatus, string>,
  flags: {
    'provisional-headline': 'Provisional headline',
    'kicker-from-trailing-line': 'Check kicker',
  } as Record<string, string>,
  flagHints: {
    'provisional-headline': 'The copy had no printed headline; the desk must write one.',
    'kicker-from-trailing-line': 'The kicker was taken from a line printed after the text; check that it belongs to this story.',
  } as Record<string, string>,
  noSection: '—',
  noHeadline: '(no headline)',
  length: (chars: number, locale: string) => `${chars.toLocaleString(locale)} chars`,
  search: {
    placeholder: 'Search headlines, bylines and text',
    label: 'Search stories',
    searching: 'Searching…',
    results: (count: number, query: string) =>
      count === 0 ? `Nothing found for “${query}”.` : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”, best first`,
    hiddenByFilters: (count: number) => `${count} more hidden by the filters.`,
    failed: (message: string) => `Search failed: ${message}`,
  },
  importer: {
    button: 'Import copy…',
    buttonHint: 'Import reporter copy (.txt, .docx); you can also drop files onto the window',
    dropTitle: 'Drop reporter copy to import',
    dropHint: '.txt or .docx; every file is read before anything is saved',
    reading: (done: number, total: number) => `Reading files ${done}/${total}…`,
    importing: (total: number) => `Importing ${total} ${total === 1 ? 'file' : 'files'}…`,
    done: (stories: number, files: number) =>
      `Imported ${stories} ${stories === 1 ? 'story' : 'stories'} from ${files} ${files === 1 ? 'file' : 'files'}.`,
    noStories: 'The files held no stories; nothing was imported.',
    /** Follows the "done" sentence directly, so it carries its own leading space. */
    provisional: (count: number) =>
      ` ${count} ${count === 1 ? 'story has' : 'stories have'} a provisional headline.`,
    failed: 'Import failed — nothing was imported.',
    unsupported: (names: string) => `Only .txt and .docx files can be imported: ${names}`,
    readFailed: (name: string) => `${name} could not be read from disk.`,
    dismiss: 'Dismiss',
  },
  preview: {
    label: 'Story',
    close: 'Close',
    loading: 'Loading the story…',
    failed: (message: string) => `The story could not be opened: ${message}`,
    version: (version: number) => `version ${version}`,
    photo: 'Photo',
  },
};

export type Messages = typeof messagesEn;
