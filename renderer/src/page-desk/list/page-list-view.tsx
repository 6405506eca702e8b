import '../page-desk.css';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../../shared/ipc/contract-types';
import type { PageSummaryView } from '../../../../shared/ipc/page-contract';
import type { PageInfo, PageTemplate } from '../../../../shared/model/page';
import { StatusBarEnd, TopBar } from '../../ui/top-bar';
import { useClient } from '../../ipc/client-context';
import { errorMessage } from '../../ipc/error-message';
import { preloadPageFonts } from '../canvas/screen-fonts';
import { PageSlotFields } from './page-slot-fields';
import { NewPageDialog } from './new-page-dialog';
import { groupByEdition, localDate } from './page-groups';
import { nextPageNumber } from './template-choice';
import { useI18n } from '../../i18n/i18n-context';
import { UncheckedBadge } from '../../newsroom/unchecked-edit';

/**
 * The page list: an edition's pages by 版次 (第3版 党建), newest edition first. A page is made
 * from a template, duplicated into another slot, deleted (with Undo), or opened; the built-in
 * sample page can be opened from here with its stories and photos.
 */
export function PageListView({ appInfo, onOpen }: { appInfo: AppInfo | null; onOpen: (id: string) => void }) {
  const client = useClient();
  const { t: messages } = useI18n();
  const t = messages.pageDesk;
  const [pages, setPages] = useState<PageSummaryView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ kind: 'new' } | { kind: 'duplicate'; page: PageSummaryView } | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [toast, setToast] = useState<{ text: string; undo?: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setPages(await client.call('pages.list', {}));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [client]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => preloadPageFonts(client), [client]);
  useEffect(() => {
    document.title = `${messages.appName} · ${t.list.title}`;
  }, [messages.appName, t]);

  const groups = useMemo(() => groupByEdition(pages ?? []), [pages]);
  const today = localDate();

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setDialogError(null);
    try {
      await work();
    } catch (e) {
      setDialogError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const create = (page: PageInfo, template: PageTemplate) =>
    run(async () => {
      const created = await client.call('pages.create', { page, template });
      setDialog(null);
      onOpen(created.id);
    });

  const openSample = () =>
    run(async () => {
      const sample = await client.call('pages.openSample', {});
      onOpen(sample.id);
    });

  const remove = async (page: PageSummaryView) => {
    try {
      await client.call('pages.delete', { id: page.id });
      setToast({ text: t.list.deleted(page.editionDate, page.pageNumber), undo: page.id });
      await load();
    } catch (e) {
      setToast({ text: errorMessage(e) });
    }
  };
  const undoDelete = async (id: string) => {
    try {
      await client.call('pages.restore', { id });
      setToast(null);
      await load();
    } catch (e) {
      setToast({ text: errorMessage(e) });
    }
  };

  return (
    <div className="app page-list-app" data-testid="page-list">
      <TopBar sub={t.list.title}>
        <nav className="desk-nav">
          <a href="#/" className="topbar-link" data-testid="nav-library">
            {t.list.toLibrary}
          </a>
        </nav>
        <button type="button" className="bar-button topbar-button" data-testid="open-sample" disabled={busy} onClick={() => void openSample()}>
          {t.list.openSample}
        </button>
        <button type="button" className="primary-button" data-testid="new-page" onClick={() => setDialog({ kind: 'new' })}>
          {t.list.newPage}
        </button>
      </TopBar>
      {error && (
        <p className="notice notice-error" role="alert">
          {t.list.loadFailed(error)}
        </p>
      )}
      {dialogError && !dialog && (
        <p className="notice notice-error" role="alert" data-testid="list-error">
          {dialogError}
        </p>
      )}
      <main className="content page-list-content">
        {!pages && !error && <p className="placeholder">{t.list.loading}</p>}
        {pages && pages.length === 0 && <p className="placeholder empty">{t.list.empty}</p>}
        {groups.map((group) => (
          <section key={group.editionDate} className="edition" data-testid="edition" data-edition={group.editionDate}>
            <h2 className="edition-date">{t.list.editionHeading(group.editionDate)}</h2>
            <table className="page-table">
              <tbody>
                {group.pages.map((page) => (
                  <tr key={page.id} data-testid="page-row" data-page-id={page.id} onDoubleClick={() => onOpen(page.id)}>
                    <td className="page-number">{t.list.pageNumber(page.pageNumber)}</td>
                    <td className="page-name">
                      <button type="button" className="link-button page-open" onClick={() => onOpen(page.id)}>
                        {page.name}
                      </button>
                      <UncheckedBadge flag={page.unchecked} />
                    </td>
                    <td className="page-section">{page.section || '—'}</td>
                    <td className="page-updated">{t.list.updated(page.updatedAt)}</td>
                    <td className="page-actions">
                      <button type="button" className="secondary-button" data-testid="page-open" onClick={() => onOpen(page.id)}>
                        {t.list.open}
                      </button>
                      <button type="button" className="secondary-button" data-testid="page-duplicate" onClick={() => setDialog({ kind: 'duplicate', page })}>
                        {t.list.duplicate}
                      </button>
                      <button type="button" className="secondary-button danger" data-testid="page-delete" onClick={() => void remove(page)}>
                        {t.list.delete}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </main>
      <footer className="statusbar">
        <span>{pages ? t.list.count(pages.length) : ''}</span>
        <StatusBarEnd appInfo={appInfo} />
      </footer>
      {dialog?.kind === 'new' && (
        <NewPageDialog
          defaults={{ edition: today, number: nextPageNumber(pages ?? [], today) }}
          busy={busy}
          error={dialogError}
          onCreate={(page, template) => void create(page, template)}
          onCancel={() => {
            setDialog(null);
            setDialogError(null);
          }}
        />
      )}
      {dialog?.kind === 'duplicate' && (
        <DuplicateDialog
          page={dialog.page}
          pages={pages ?? []}
          busy={busy}
          error={dialogError}
          onDuplicate={(slot) =>
            void run(async () => {
              const copy = await client.call('pages.duplicate', { id: dialog.page.id, ...slot });
              setDialog(null);
              await load();
              setToast({ text: t.list.duplicated(copy.editionDate, copy.pageNumber) });
            })
          }
          onCancel={() => {
            setDialog(null);
            setDialogError(null);
          }}
        />
      )}
      {toast && (
        <div className="toast" role="status" data-testid="toast">
          <span className="toast-text">{toast.text}</span>
          {toast.undo && (
            <button type="button" className="toast-action" onClick={() => void undoDelete(toast.undo!)}>
              {t.actions.undo}
            </button>
          )}
          <button type="button" className="toast-close" aria-label={t.actions.dismiss} onClick={() => setToast(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

function DuplicateDialog({
  page,
  pages,
  busy,
  error,
  onDuplicate,
  onCancel,
}: {
  page: PageSummaryView;
  pages: readonly PageSummaryView[];
  busy: boolean;
  error: string | null;
  onDuplicate: (slot: { editionDate: string; pageNumber: number; name?: string }) => void;
  onCancel: () => void;
}) {
  const t = useI18n().t.pageDesk;
  const [editionDate, setEditionDate] = useState(page.editionDate);
  const [pageNumber, setPageNumber] = useState(() => nextPageNumber(pages, page.editionDate));
  const [name, setName] = useState(page.name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDuplicate({ editionDate, pageNumber, name });
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="duplicate-title" data-testid="duplicate-dialog" onSubmit={submit}>
        <h2 id="duplicate-title">{t.list.duplicateTitle(page.editionDate, page.pageNumber)}</h2>
        <div className="inspector-grid">
          <PageSlotFields
            testIdPrefix="duplicate"
            edition={editionDate}
            onEdition={setEditionDate}
            number={pageNumber}
            onNumber={setPageNumber}
            name={name}
            onName={setName}
          />
        </div>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="secondary-button" onClick={onCancel}>
            {t.actions.cancel}
          </button>
          <button type="submit" className="primary-button" data-testid="duplicate-confirm" disabled={busy}>
            {t.list.duplicate}
          </button>
        </div>
      </form>
    </div>
  );
}
