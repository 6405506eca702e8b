import type { EventName } from '../shared/ipc/contract';

/**
 * Channel names shared with main/app/ipc-channels.ts (a test keeps the two equal). Kept
 * free of Electron imports so the test can load it.
 */
export const INVOKE_CHANNEL = 'banmian:invoke';

export function eventChannel(event: EventName): string {
  return `banmian:event:${event}`;
}

/** Every event of the contract; the type makes a missing or unknown name a compile error. */
const EVENTS: Record<EventName, true> = { 'stories.changed': true, 'menu.action': true };

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(EVENTS, name);
}
