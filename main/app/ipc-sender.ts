import { isAppUrl } from './schemes';

/** The parts of an IpcMainInvokeEvent the check reads. */
export interface IpcSenderInfo {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * An IPC call is trusted only when it comes from the main frame of one of our windows and
 * that frame shows our app origin. Anything else (a sub-frame, a destroyed frame, a page that
 * somehow navigated elsewhere, a web contents we did not create) is refused.
 */
export function isTrustedSender(event: IpcSenderInfo, trustedContentsIds: ReadonlySet<number>): boolean {
  if (!trustedContentsIds.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
