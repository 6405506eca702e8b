import { z } from 'zod';

/**
 * 无签出编辑: a story or page in a newsroom was saved by a desk that did not hold its check-out
 * (offline, the server out of reach, or the lease lost or broken). Who saved it and when; the
 * mark stays until someone holding the check-out reviews it (已核对) or saves it under the lock.
 */
export const uncheckedEditSchema = z.object({
  by: z.string(),
  at: z.string(),
});
export type UncheckedEdit = z.infer<typeof uncheckedEditSchema>;
