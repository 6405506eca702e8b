import './newsroom.css';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { AssignableKind, Assignment, NewsroomPerson } from '../../../shared/model/assignment';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';
import { useI18n } from '../i18n/i18n-context';
import { readUserName } from '../ui/user-name';
import { useNewsroomStatus } from './use-newsroom-status';

/**
 * Assigning the open story or page to a person: who has it now (and who gave it), and a field
 * offering every member in the newsroom's directory (display name and roles beside each) and
 * the names this desk has seen in assignments and revisions. The
 * assignment is a document of its own that reaches every desk.
 */
export function AssignBox({ kind, itemId }: { kind: AssignableKind; itemId: string }) {
  const tt = useI18n().t.newsroom.tasks;
  const client = useClient();
  const [current, setCurrent] = useState<Assignment | null>(null);
  const [people, setPeople] = useState<string[]>([]);
  const [directory, setDirectory] = useState<NewsroomPerson[]>([]);
  const [assignee, setAssignee] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useNewsroomStatus();

  const load = useCallback(() => {
    client.call('tasks.ofItem', { kind, itemId }).then((list) => setCurrent(list[0] ?? null), (failure: unknown) => setError(errorMessage(failure)));
    client.call('tasks.people', {}).then(
      (found) => {
        setPeople(found.people);
        setDirectory(found.directory);
      },
      () => undefined,
    );
  }, [client, kind, itemId]);
  useEffect(() => {
    load();
    return client.on('tasks.changed', load);
  }, [client, load]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const by = readUserName();
    // In a newsroom the main process signs with the newsroom user; outside one, a name is needed.
    if (!status && by === '') {
      setError(tt.needName);
      return;
    }
    setBusy(true);
    setError(null);
    client.call('tasks.assign', { kind, itemId, assignee, by: by || (status ? 'newsroom' : by) }).then(
      (made) => {
        setCurrent(made);
        setAssignee('');
        setBusy(false);
      },
      (failure: unknown) => {
        setError(errorMessage(failure));
        setBusy(false);
      },
    );
  };

  const listId = `assign-people-${kind}-${itemId}`;
  return (
    <form className="assign-box" onSubmit={submit} data-testid="assign-box">
      <span className="assign-current" data-testid="assign-current">
        {current ? tt.current(current.assignee, current.assignedBy) : tt.nobody}
      </span>
      <input
        value={assignee}
        list={listId}
        required
        placeholder={tt.assignHint}
        aria-label={tt.assignTo}
        onChange={(event) => setAssignee(event.target.value)}
        data-testid="assign-person"
      />
      <datalist id={listId}>
        {people.map((person) => (
          <option key={person} value={person} label={personLabel(directory.find((entry) => entry.name === person))} />
        ))}
      </datalist>
      <button type="submit" className="secondary-button" disabled={busy || assignee.trim() === ''} data-testid="assign-submit">
        {tt.assign}
      </button>
      {error && <span className="newsroom-error" role="alert">{error}</span>}
    </form>
  );
}

/** What the list shows beside a user name: the display name and roles from the directory. */
function personLabel(entry: NewsroomPerson | undefined): string | undefined {
  if (!entry) return undefined;
  const label = [entry.displayName, entry.roles.join(', ')].filter(Boolean).join(' · ');
  return label || undefined;
}
