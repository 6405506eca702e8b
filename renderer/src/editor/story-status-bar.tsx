import type { AppInfo } from '../../../shared/ipc/contract-types';
import { AssignBox } from '../newsroom/assign-box';
import { StatusBarEnd } from '../ui/top-bar';
import { UserNameField } from '../ui/user-name-field';
import type { ChangeSignal } from './change-signal';
import { LengthStatus } from './metrics/length-status';
import { PunctuationStatus } from './metrics/punctuation-status';

/**
 * Below the story: its length and punctuation flags, who it is assigned to (in the bar, not over
 * the sheet: a floating box covered the length target's form), and the user's name (highlighted
 * when proofing needs it).
 */
export function StoryStatusBar({ storyId, signal, appInfo, nameWanted }: { storyId: string; signal: ChangeSignal; appInfo: AppInfo | null; nameWanted: boolean }) {
  return (
    <footer className="statusbar editor-statusbar">
      <span className="statusbar-start">
        <LengthStatus storyId={storyId} signal={signal} />
        <PunctuationStatus signal={signal} />
        <AssignBox kind="story" itemId={storyId} />
      </span>
      <StatusBarEnd appInfo={appInfo}>
        <UserNameField highlight={nameWanted} />
      </StatusBarEnd>
    </footer>
  );
}
