import './newsroom.css';
import { useCallback, useEffect, useState } from 'react';
import type { Task } from '../../../shared/model/assignment';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';
import { useI18n } from '../i18n/i18n-context';
import { TopBar } from '../ui/top-bar';
import { useUserName } from '../ui/user-name';

/**
 * 我的任务: the stories and pages whose current assignment names this desk's user (the newsroom
 * user; outside a newsroom, the workstation's name), newest first, with the step they were given
 * for, who gave them and when. Read again whenever an assignment arrives or is made.
 */
export function TasksView({ onOpen, onClose }: { onOpen: (task: Task) => void; onClose: () => void }) {
  const { t } = useI18n();
  const tt = t.newsroom.tasks;
  const client = useClient();
  const [name] = useUserName();
  const [list, setList] = useState<{ me: string; tasks: Task[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    client.call('tasks.mine', { me: name }).then(setList, (failure: unknown) => setError(errorMessage(failure)));
  }, [client, name]);
  useEffect(() => {
    load();
    const offTasks = client.on('tasks.changed', load);
    const offStories = client.on('stories.changed', load);
    const offPages = client.on('pages.changed', load);
    return () => {
      offTasks();
      offStories();
      offPages();
    };
  }, [client, load]);

  return (
    <main className="tasks-view" data-testid="tasks-view">
      <TopBar sub={tt.title}>
        <button type="button" className="secondary-button" onClick={onClose}>
          {t.newsroom.back}
        </button>
      </TopBar>
      {error && <p className="newsroom-error" role="alert">{error}</p>}
      {list && <p className="newsroom-intro">{tt.whoAmI(list.me)}</p>}
      {list && list.me !== '' && list.tasks.length === 0 && <p className="newsroom-note">{tt.empty}</p>}
      <ol className="task-list" data-testid="task-list">
        {list?.tasks.map((task) => (
          <li key={task.id} className="task-row" data-testid="task-row">
            <span className="task-kind">{task.kind === 'story' ? tt.story : tt.page}</span>
            <button type="button" className="link-button task-title" onClick={() => onOpen(task)} disabled={task.title === ''}>
              {task.title || tt.untitled}
            </button>
            {task.itemStatus && <span className="task-status">{t.status[task.itemStatus]}</span>}
            {task.status && <span className="task-step">{tt.forStep(t.status[task.status])}</span>}
            <span className="task-by">{tt.by(task.assignedBy, task.at)}</span>
            {task.note && <span className="task-note">{task.note}</span>}
          </li>
        ))}
      </ol>
    </main>
  );
}
