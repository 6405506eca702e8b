import type { EventName } from './contract';

/** Electron channel names: one invoke channel for every command, one send channel per event. */
export const INVOKE_CHANNEL = 'banmian:invoke';

export function eventChannel(event: EventName): string {
  return `banmian:event:${event}`;
}

/** Every event of the contract; the type makes a missing or unknown name a compile error. */
const EVENTS: Record<EventName, true> = { 'stories.changed': true, 'menu.action': true, 'annotations.changed': true, 'pages.changed': true, 'photos.changed': true, 'newsroom.status': true, 'tasks.changed': true, 'history.changed': true, 'newsroom.checkOutLost': true, 'store.damaged': true };

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(EVENTS, name);
}
