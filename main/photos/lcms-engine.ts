import { createHash } from 'node:crypto';

/**
 * LittleCMS (lcms-wasm: LittleCMS 2 compiled to WebAssembly) for the press conversion. Loaded on
 * the first photo that needs converting, never by a page whose conversions are all cached: the
 * module and its first transform cost ~0.3 s. The wrapper exposes only profiles and transforms
 * (no device links, no ink-limiting profile), so ink limiting and black generation are our own
 * step after the transform (ink-limit.ts).
 */

interface Lcms {
  cmsOpenProfileFromMem(bytes: Uint8Array, size: number): number;
  cmsCreate_sRGBProfile(): number;
  cmsGetColorSpaceASCII(profile: number): string | null;
  cmsGetProfileInfoASCII(profile: number, info: number, lang: string, country: string): string;
  cmsCreateTransform(input: number, inFormat: number, output: number, outFormat: number, intent: number, flags: number): number;
  cmsDoTransform(transform: number, input: Uint8Array, pixels: number): Uint8Array;
}

interface LcmsModule {
  instantiate(): Promise<Lcms>;
  TYPE_RGB_8: number;
  TYPE_CMYK_8: number;
  INTENT_PERCEPTUAL: number;
  cmsFLAGS_BLACKPOINTCOMPENSATION: number;
  cmsInfoDescription: number;
}

let engine: Promise<{ lcms: Lcms; api: LcmsModule }> | undefined;

function loadLcms(): Promise<{ lcms: Lcms; api: LcmsModule }> {
  engine ??= (async () => {
    const api = (await import('lcms-wasm')) as unknown as LcmsModule;
    return { lcms: await api.instantiate(), api };
  })();
  return engine;
}

const transforms = new Map<string, Promise<{ transform: number; lcms: Lcms }>>();

/** A CMYK output profile that LittleCMS cannot use is the caller's mistake: say which. */
export class ProfileError extends Error {}

/** The profile's description tag, e.g. "Chemical proof"; throws ProfileError when it is not a CMYK profile. */
export async function cmykProfileName(profile: Uint8Array): Promise<string> {
  const { lcms, api } = await loadLcms();
  const handle = lcms.cmsOpenProfileFromMem(profile, profile.byteLength);
  if (!handle) throw new ProfileError('not an ICC profile LittleCMS can read');
  const space = lcms.cmsGetColorSpaceASCII(handle);
  if (space !== 'CMYK') throw new ProfileError(`an ${space ?? 'unknown'} profile, not a CMYK output profile`);
  return lcms.cmsGetProfileInfoASCII(handle, api.cmsInfoDescription, 'en', 'US');
}

function rgbTransform(profile: Uint8Array): Promise<{ transform: number; lcms: Lcms }> {
  const key = createHash('sha256').update(profile).digest('hex');
  let pending = transforms.get(key);
  if (!pending) {
    pending = (async () => {
      await cmykProfileName(profile);
      const { lcms, api } = await loadLcms();
      const output = lcms.cmsOpenProfileFromMem(profile, profile.byteLength);
      // Perceptual with black point compensation: the photo's shadows map onto the press's
      // darkest printable black instead of clipping, as a prepress operator would set it.
      const transform = lcms.cmsCreateTransform(lcms.cmsCreate_sRGBProfile(), api.TYPE_RGB_8, output, api.TYPE_CMYK_8, api.INTENT_PERCEPTUAL, api.cmsFLAGS_BLACKPOINTCOMPENSATION);
      if (!transform) throw new ProfileError('LittleCMS cannot build a transform to this profile');
      return { transform, lcms };
    })();
    pending.catch(() => transforms.delete(key));
    transforms.set(key, pending);
  }
  return pending;
}

/** sRGB pixels (3 bytes each) separated into CMYK (4 bytes, 0 = no ink) through `profile`. */
export async function separateRgb(rgb: Uint8Array, pixels: number, profile: Uint8Array): Promise<Uint8Array> {
  const { transform, lcms } = await rgbTransform(profile);
  return lcms.cmsDoTransform(transform, rgb, pixels);
}
