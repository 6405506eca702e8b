/** Reporter copy the importer reads; the main process checks again, this only saves a round trip. */
const IMPORTABLE = /\.(txt|docx)$/i;

export function isImportable(fileName: string): boolean {
  return IMPORTABLE.test(fileName);
}

/** Base64 for the IPC payload, in chunks so a large file does not overflow the call stack. */
export function encodeBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}
