import type { ProofMessages } from '../../i18n/messages-proof-en';
import type { ControllerMessage } from './annotation-controller';

/** What the annotation controller reports, worded for the story's notice line. */
export function controllerMessage(proof: ProofMessages, message: ControllerMessage): string {
  const m = proof.messages;
  switch (message.kind) {
    case 'need-name':
      return m.needName;
    case 'refused':
      return m.refused;
    case 'composing':
      return m.composing;
    case 'cannot-accept':
      return message.reason === 'orphaned' ? m.orphaned : message.reason === 'no-next-block' ? m.noNextBlock : m.noTarget;
    case 'not-saved':
      return m.notSaved;
    case 'one-block':
      return m.oneBlock;
    case 'failed':
      return m.failed(message.message);
  }
}
