import type { CommandName } from './contract';

/**
 * The contract's command names without its zod schemas, so preload (which only forwards)
 * stays small. The Record type makes a command missing here a compile error.
 */
const NAMES: Record<CommandName, true> = {
  'app.info': true,
  'stories.list': true,
  'stories.get': true,
  'stories.create': true,
  'stories.save': true,
  'stories.duplicate': true,
  'stories.delete': true,
  'stories.restore': true,
  'stories.revisions': true,
  'stories.search': true,
  'import.files': true,
  'import.dialog': true,
};

export const COMMAND_NAMES = Object.keys(NAMES) as CommandName[];
