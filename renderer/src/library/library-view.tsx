import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { DropOverlay } from './drop-overlay';
import { FilterBar } from './filter-bar';
import { ImportStatus } from './import-status';
import { filterHits, isFiltered, NO_FILTER, type LibraryFilter } from './library-filter';
import { SearchBox } from './search-box';
import { SearchResults } from './search-results';
import { StoryPreview } from './story-preview';
import { StoryTable } from './story-table';
import { useFileDrop } from './use-file-drop';
import { useImporter } from './use-importer';
import { useLibrary } from './use-library';
import { useSearch } from './use-search';

/**
 * The story library: the desk's list of stories with filters, search and import.
 * The selected story is kept here so the story editor can open from it.
 */
export function LibraryView({ appInfo }: { appInfo: AppInfo | null }) {
  const { t } = useI18n();
  const client = useClient();
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const library = useLibrary(client, filter);
  const search = useSearch(client, query, library.revision);
  const importer = useImporter(client);
  const dragging = useFileDrop((files) => void importer.importFiles(files));
  const fileInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  // The application menu's Import and Find. The desktop shell opens its native picker, since
  // a page may open a file chooser only during a user gesture.
  const shell = appInfo?.shell;
  const { importWithDialog } = importer;
  useEffect(
    () =>
      client.on('menu.action', ({ action }) => {
        if (action === 'import') {
          if (shell === 'electron') void importWithDialog();
          else fileInput.current?.click();
        } else if (action === 'find') {
          searchInput.current?.focus();
          searchInput.current?.select();
        }
      }),
    [client, shell, importWithDialog],
  );

  const byId = useMemo(() => new Map((library.all ?? []).map((story) => [story.id, story])), [library.all]);
  // The answer on screen: the current one, or the last one while the next query runs.
  const answer = search.kind === 'done' ? search : search.kind === 'searching' ? search.previous : null;
  const shownQuery = answer?.query ?? '';
  const hits = useMemo(() => (answer ? filterHits(answer.hits, library.all ?? [], filter) : null), [answer, library.all, filter]);
  const busy = importer.state.kind === 'reading' || importer.state.kind === 'importing';

  return (
    <div className="app" aria-busy={busy}>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark">{t.appName}</span>
          <span className="brand-sub">{t.library.title}</span>
        </div>
        <SearchBox ref={searchInput} value={query} onChange={setQuery} />
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
      </header>

      <FilterBar filter={filter} onChange={setFilter} stories={library.all ?? []} />
      <ImportStatus state={importer.state} onDismiss={importer.dismiss} />

      <div className="workspace">
      <main className="content">
        {search.kind === 'idle' ? (
          <LibraryList library={library} filter={filter} selectedId={selectedId} onSelect={setSelectedId} />
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
      {selectedId && <StoryPreview id={selectedId} onClose={() => setSelectedId(null)} />}
      </div>

      <footer className="statusbar">
        <span>{library.all ? t.library.count(library.shown?.length ?? 0, library.all.length) : t.library.loading}</span>
        {appInfo && <span className="statusbar-app">{`${appInfo.name} ${appInfo.version}`}</span>}
      </footer>
      <DropOverlay visible={dragging} />
    </div>
  );
}

function LibraryList(props: {
  library: ReturnType<typeof useLibrary>;
  filter: LibraryFilter;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const { library } = props;
  if (library.error) return <p className="notice notice-error" role="alert">{t.library.loadFailed(library.error)}</p>;
  if (!library.shown) return <p className="placeholder">{t.library.loading}</p>;
  if (library.shown.length === 0) {
    return <p className="placeholder empty">{isFiltered(props.filter) ? t.library.emptyFiltered : t.library.empty}</p>;
  }
  return <StoryTable stories={library.shown} selectedId={props.selectedId} onSelect={props.onSelect} />;
}
