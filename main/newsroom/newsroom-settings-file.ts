import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Settings → 编辑部 on disk: `newsroom.json` in the data folder, the password only as the
 * SecretStore's ciphertext (base64), the file readable by its owner only.
 */
const fileSchema = z.object({
  url: z.string(),
  user: z.string(),
  /** base64 of the encrypted password; null when none is stored. */
  password: z.string().nullable(),
  /** Check-out: given back after this many minutes without typing. */
  idleMinutes: z.number().int().positive().optional(),
  /** Check-out for offline work: how long the lease lasts. */
  offlineHours: z.number().int().positive().optional(),
});
export type NewsroomSettingsFile = z.infer<typeof fileSchema>;

export function readNewsroomSettings(path: string): NewsroomSettingsFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // a damaged file is as good as none: the user enters the settings again
  }
}

export function writeNewsroomSettings(path: string, settings: NewsroomSettingsFile): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
