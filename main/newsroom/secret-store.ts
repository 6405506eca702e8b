/**
 * Where the newsroom password is kept encrypted: Electron's safeStorage in the app (the system
 * keychain / DPAPI / libsecret), an injected store in tests and the CLI never stores one.
 */
export interface SecretStore {
  /** False where the system offers no encryption: the password is then not stored at all. */
  canEncrypt(): boolean;
  encrypt(text: string): Buffer;
  decrypt(bytes: Buffer): string;
}
