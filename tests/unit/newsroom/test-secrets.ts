import type { SecretStore } from '../../../main/newsroom/secret-store';

/** A stand-in for Electron's safeStorage in tests: reversible, and never the plain text. */
export const testSecrets: SecretStore = {
  canEncrypt: () => true,
  encrypt: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
  decrypt: (bytes) => Buffer.from(bytes.toString().replace(/^sealed:/, ''), 'hex').toString(),
};
