import { STORY_STATUSES, type StoryStatus } from '../../shared/model/story';
import type { Handlers, Services } from './handler-types';

type TaskCommand = Extract<keyof Handlers, `tasks.${string}`>;

/**
 * Assignments and 我的任务 (docs/newsroom.md, Assignments). In a newsroom the desk signs and
 * looks itself up as its newsroom user (the server checks who wrote each assignment); outside
 * one, as the workstation's name the window sends.
 */
export function taskHandlers(services: Services): Pick<Handlers, TaskCommand> {
  const { store } = services;
  const me = (given: string) => services.newsroom?.user() ?? given;
  return {
    'tasks.assign': ({ kind, itemId, assignee, by, note }) => {
      const assignment = store.assignments.assign({ kind, itemId, assignee, assignedBy: me(by), note });
      services.notify?.('tasks.changed', { ids: [assignment.id] });
      return assignment;
    },
    'tasks.mine': ({ me: given }) => {
      const person = me(given);
      return { me: person, tasks: person === '' ? [] : store.assignments.tasksOf(person) };
    },
    'tasks.ofItem': ({ kind, itemId }) => store.assignments.ofItem(kind, itemId),
    'tasks.people': async () => {
      const onDuty: Partial<Record<StoryStatus, string>> = {};
      for (const status of STORY_STATUSES) {
        const person = store.assignments.lastAssigneeFor(status);
        if (person) onDuty[status] = person;
      }
      const user = services.newsroom?.user();
      const directory = (await services.newsroom?.directory()) ?? [];
      const people = new Set([...store.assignments.people(), ...directory.map((person) => person.name), ...(user ? [user] : [])]);
      return { people: [...people].sort(), directory, onDuty };
    },
  };
}
