import { BanmianError } from '../../../shared/ipc/result';

/** The BanmianError `fn` throws; fails the test when it throws nothing or something else. */
export function caught(fn: () => unknown): BanmianError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BanmianError) return error;
    throw error;
  }
  throw new Error('expected a BanmianError');
}
