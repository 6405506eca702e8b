import './library.css';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { StatusBarEnd, TopBar } from '../ui/top-bar';
import { ActionToast } from './action-toast';
import { DropOverlay } from './drop-overlay';
import { FilterBar } from './filter-bar';
import { ImportStatus } from './import-status';
import { filterHits, isFiltered, NO_FILTER, type LibraryFilter } from './library-filter';
import { SearchBox } from './search-box';
import { SearchResults } from './search-results';
import { StoryPreview } from './story-preview';
import { StoryTable } from './story-table';
import { TrashView } from './trash-view';
import { useFileDrop } from './use-file-drop';
import { useImporter } from './use-importer';
import { useLibrary, type Library } from './use-library';
import { useSearch } from './use-search';
import { useStoryActions } from './use-story-actions';

interface Props {
  appInfo: AppInfo | null;
  /** The live stories or the trash. */
  view: 'library' | 'trash';
  onView: (view: 'library' | 'trash') => void;
  /** Opens a story in the editor. */
  onOpen: (id: string) => void;
}

/**
 * The story library: the desk's list of stories with filters, search and import, create,
 * duplicate and delete (with Undo), and the trash. A story opens in the editor from the
 * preview's Edit button or a double-click.
 */
export function LibraryView({ appInfo, view, onView, onOpen }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const library = useLibrary(client, filter);
  const search = useSearch(client, query, library.revision);
  const importer = useImporter(client);
  const actions = useStoryActions(client);
  const dragging = useFileDrop((files) => void importer.importFiles(files));
  const fileInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const content = useRef<HTMLElement>(null);

  // The application menu's Import and Find. The desktop shell opens its native picker, since
  // a page may open a file chooser only during a user gesture.
  const shell = appInfo?.shell;
  const { importWithDialog } = importer;
  const { create } = actions;
  const newStory = useCallback(async () => {
    const story = await create();
    if (story) onOpen(story.id);
  }, [create, onOpen]);
  useEffect(
    () =>
      client.on('menu.action', ({ action }) => {
        if (action === 'import') {
          if (shell === 'electron') void importWithDialog();
          else fileInput.current?.click();
        } else if (action === 'find') {
          onView('library');
          searchInput.current?.focus();
          searchInput.current?.select();
        } else if (action === 'new-story') {
          void newStory();
        }
      }),
    [client, shell, importWithDialog, newStory, onView],
  );

  // A new filter shows the top of its list.
  useEffect(() => {
    if (content.current) content.current.scrollTop = 0;
  }, [filter]);

  const deleteStory = async (id: string) => {
    if (await actions.remove(id)) setSelectedId((current) => (current === id ? null : current));
  };
  const duplicateStory = async (id: string) => {
    const copy = await actions.duplicate(id);
    if (copy) setSelectedId(copy.id);
  };
  const searchFor = (value: string) => {
    setQuery(value);
    if (value.trim()) onView('library');
  };

  // The answer on screen: the current one, or the last one while the next query runs.
  const answer = search.kind === 'done' ? search : search.kind === 'searching' ? search.previous : null;
  const byId = useMemo(() => new Map(answer?.stories.map((story) => [story.id, story])), [answer]);
  const shownQuery = answer?.query ?? '';
  const hits = useMemo(() => (answer ? filterHits(answer.hits, answer.stories, filter) : null), [answer, filter]);
  const busy = importer.state.kind === 'reading' || importer.state.kind === 'importing';

  return (
    <div className="app" aria-busy={busy}>
      <TopBar sub={t.library.title}>
        <nav className="desk-nav">
          <a href="#/pages" className="topbar-link" data-testid="nav-pages">
            {t.pageDesk.list.title}
          </a>
          <a href="#/tasks" className="topbar-link" data-testid="nav-tasks">
            {t.newsroom.tasks.nav}
          </a>
        </nav>
        <SearchBox ref={searchInput} value={query} onChange={searchFor} />
        <button type="button" className="bar-button topbar-button" title={t.actions.newStoryHint} data-testid="new-story" onClick={() => void newStory()}>
          {t.actions.newStory}
        </button>
        <button type="button" className="primary-button" title={t.importer.buttonHint} disabled={busy} onClick={() => fileInput.current?.click()}>
          {t.importer.button}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".txt,.docx"
          hidden
          data-testid="import-input"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Cleared so choosing the same file again fires another change.
            event.target.value = '';
            void importer.importFiles(files);
          }}
        />
      </TopBar>

      {view === 'trash' ? (
        <div className="view-bar">
          <button type="button" className="link-button" onClick={() => onView('library')}>
            ← {t.trash.back}
          </button>
          <h1 className="view-title">{t.trash.title}</h1>
        </div>
      ) : (
        <div className="filter-row">
          <FilterBar filter={filter} onChange={setFilter} facets={library.facets} />
          <button type="button" className="trash-button" title={t.trash.openHint} data-testid="open-trash" onClick={() => onView('trash')}>
            {t.trash.open}
          </button>
        </div>
      )}
      <ImportStatus state={importer.state} onDismiss={importer.dismiss} />

      <div className="workspace">
      <main className="content" ref={content}>
        {view === 'trash' ? (
          <TrashView onRestore={(id) => void actions.restore(id)} />
        ) : search.kind === 'idle' ? (
          <LibraryList
            library={library}
            filter={filter}
            scroller={content}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onOpen={onOpen}
            onDelete={(id) => void deleteStory(id)}
          />
        ) : search.kind === 'searching' && !hits ? (
          <p className="placeholder" role="status">{t.search.searching}</p>
        ) : search.kind === 'error' ? (
          <p className="notice notice-error" role="alert">{t.search.failed(search.message)}</p>
        ) : (
          <SearchResults
            query={shownQuery}
            busy={search.kind === 'searching'}
            hits={hits?.visible ?? []}
            hidden={hits?.hidden ?? 0}
            stories={byId}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
        )}
      </main>
      {selectedId && view === 'library' && (
        <StoryPreview
          id={selectedId}
          onClose={() => setSelectedId(null)}
          onOpen={onOpen}
          onDuplicate={(id) => void duplicateStory(id)}
          onDelete={(id) => void deleteStory(id)}
        />
      )}
      </div>

      <footer className="statusbar">
        <span>{library.facets ? t.library.count(library.total, library.facets.total) : t.library.loading}</span>
        <StatusBarEnd appInfo={appInfo} />
      </footer>
      <ActionToast toast={actions.toast} onUndo={(id) => void actions.undoDelete(id)} onDismiss={actions.dismiss} />
      <DropOverlay visible={dragging} />
    </div>
  );
}

function LibraryList(props: {
  library: Library;
  filter: LibraryFilter;
  scroller: RefObject<HTMLElement | null>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const { t } = useI18n();
  const { library } = props;
  if (library.error) return <p className="notice notice-error" role="alert">{t.library.loadFailed(library.error)}</p>;
  if (!library.rows) return <p className="placeholder">{t.library.loading}</p>;
  if (library.total === 0) {
    return <p className="placeholder empty">{isFiltered(props.filter) ? t.library.emptyFiltered : t.library.empty}</p>;
  }
  return (
    <StoryTable
      stories={library.rows}
      total={library.total}
      scroller={props.scroller}
      onNeedRows={library.ensureRows}
      selectedId={props.selectedId}
      onSelect={props.onSelect}
      onOpen={props.onOpen}
      onDelete={props.onDelete}
    />
  );
}
