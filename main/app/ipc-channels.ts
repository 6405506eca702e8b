import type { EventName } from '../../shared/ipc/contract';

/**
 * Channel names shared with preload/ipc-channels.ts (a test keeps the two equal): one
 * invoke channel for every command, one send channel per event.
 */
export const INVOKE_CHANNEL = 'banmian:invoke';

export function eventChannel(event: EventName): string {
  return `banmian:event:${event}`;
}
