import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { InputFileError, readInputFile } from '../files/read-input-file';
import { pressCondition, type PressCondition, type PressProfile } from '../../shared/model/press';
import { isJpeg } from './image-format';
import { blockMargins, dotGainCurve, inkStats, limitInk, widenMargins } from './ink-limit';
import { isWholeJpeg, readJpegInfo } from './jpeg-info';
import { separateRgb } from './lcms-engine';
import { builtInCmykProfile, decodePixels, encodeJpeg, imageMetadata, type RawPixels } from './sharp-pipelines';

/**
 * Photos made ready for one press (docs/pdf-export.md, Press conversion):
 *
 * - RGB (and PNG, TIFF, … in colour) is separated with LittleCMS, sRGB (or the photo's own
 *   profile, applied by libvips on decoding) → the printer's CMYK profile, or libvips's
 *   public-domain CMYK profile when the printer gave none; then black generation and the ink limit;
 * - CMYK above the ink limit gets the same black generation and ink limit (its K plate kept);
 *   CMYK within the limit is left as it is (null);
 * - grey is compensated for the press's dot gain.
 */

export interface PressSetup {
  press: PressCondition;
  /** The printer's CMYK profile, read from `press.iccProfile`. */
  profile?: Uint8Array;
  /** Names the setup in cache entries: every setting that changes the converted pixels. */
  key: string;
}

export type PressConversion = 'rgb-to-cmyk' | 'cmyk-ink-limit' | 'gray-dot-gain';

/** What kind of photo the bytes are, from the JPEG header or (other formats) libvips's. */
async function photoKind(bytes: Uint8Array): Promise<'rgb' | 'cmyk' | 'gray'> {
  if (isJpeg(bytes)) {
    const { components } = readJpegInfo(bytes);
    return components === 4 ? 'cmyk' : components === 1 ? 'gray' : 'rgb';
  }
  const meta = await imageMetadata(bytes);
  if (meta.space === 'cmyk') return 'cmyk';
  return meta.channels !== undefined && meta.channels <= 2 ? 'gray' : 'rgb';
}

/** The converted JPEG, or null when the photo already suits the press (a CMYK photo within the limit). */
export async function pressJpeg(bytes: Uint8Array, setup: PressSetup): Promise<{ bytes: Uint8Array; conversion: PressConversion } | null> {
  const { press } = setup;
  // libvips would decode a cut-short JPEG with grey filling the rest, and the PDF would print it.
  if (isJpeg(bytes) && !isWholeJpeg(bytes)) throw new Error('the JPEG is cut short (no end-of-image marker)');
  const kind = await photoKind(bytes);
  if (kind === 'gray') {
    const pixels = await decodePixels(bytes, 'b-w');
    const curve = dotGainCurve(press.dotGain);
    for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = curve[pixels.data[i]!]!;
    return { bytes: await encodeJpeg(pixels), conversion: 'gray-dot-gain' };
  }
  if (kind === 'cmyk') {
    const pixels = await decodePixels(bytes, 'cmyk');
    if (inkStats(pixels.data, pixels.width, pixels.height, press.inkLimit).max <= press.inkLimit) return null;
    return { bytes: await limitedJpeg(pixels, press), conversion: 'cmyk-ink-limit' };
  }
  const rgb = await decodePixels(bytes, 'srgb');
  const data = await separateRgb(rgb.data, rgb.width * rgb.height, setup.profile ?? (await builtInCmykProfile()));
  return { bytes: await limitedJpeg({ data, width: rgb.width, height: rgb.height }, press), conversion: 'rgb-to-cmyk' };
}

/** Rounds of "encode, decode, widen the margin where the JPEG went over" before giving up. */
const MAX_ROUNDS = 8;

/**
 * CMYK pixels with black generation and the ink limit, as a JPEG whose decoded pixels are all
 * within the limit: measured after coding, not assumed (JPEG coding rings at sharp edges).
 */
async function limitedJpeg(source: RawPixels, press: PressCondition): Promise<Uint8Array> {
  const margins = blockMargins(source.width, source.height);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const data = source.data.slice();
    limitInk(data, press, margins);
    const jpeg = await encodeJpeg({ ...source, data });
    const decoded = await decodePixels(jpeg, 'cmyk');
    const over = widenMargins(decoded.data, press.inkLimit, margins);
    if (over === 0) return jpeg;
  }
  throw new Error(`the photo stays above ${press.inkLimit} % total ink after ${MAX_ROUNDS} rounds of ink limiting`);
}

/** A press profile (the page file's `press`) that cannot be used: the message says why. */
export class PressProfileError extends Error {}

const CONVERTER = 'lcms-wasm1.0.5-press2-q90';

function setupKey(press: PressCondition, profile: Uint8Array | undefined): string {
  const profileHash = profile ? createHash('sha256').update(profile).digest('hex').slice(0, 16) : 'builtin';
  return `${CONVERTER}-tac${press.inkLimit}-${press.blackGeneration}-dg${press.dotGain}-${profileHash}`;
}

/**
 * Checked from the ICC header (ICC.1 §7.2), without loading LittleCMS: the signature, a CMYK
 * data colour space and an output ("prtr") device class.
 */
function iccHeaderProblem(icc: Uint8Array): string | undefined {
  const tag = (at: number) => String.fromCharCode(...icc.subarray(at, at + 4));
  if (icc.length < 132 || tag(36) !== 'acsp') return 'not an ICC profile';
  if (tag(16) !== 'CMYK') return `a ${tag(16).trim()} profile, not a CMYK one`;
  if (tag(12) !== 'prtr') return `a "${tag(12)}" profile, not an output (printer) profile`;
  return undefined;
}

/**
 * The press a page is printed on, its ICC profile read (relative to `baseDir`) and checked. Only a
 * page file the user named (it gives `baseDir`) may name a profile file: a page from the window or
 * the database cannot make the main process read a file.
 */
export async function pressSetup(profile: PressProfile | undefined, baseDir?: string): Promise<PressSetup> {
  const press = pressCondition(profile);
  let icc: Uint8Array | undefined;
  if (press.iccProfile) {
    if (baseDir === undefined) throw new PressProfileError('press ICC profile: only a page file may name one');
    const path = isAbsolute(press.iccProfile) ? press.iccProfile : resolve(baseDir, press.iccProfile);
    try {
      icc = await readInputFile(path);
    } catch (error) {
      throw new PressProfileError(`press ICC profile ${path}: ${error instanceof InputFileError ? error.reason : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`);
    }
    const problem = iccHeaderProblem(icc);
    if (problem) throw new PressProfileError(`press ICC profile ${path}: ${problem}`);
  }
  return { press, profile: icc, key: setupKey(press, icc) };
}

/** The default press (WAN-IFRA newspaper 26v5, 240 %), for callers that name none. */
export function defaultPressSetup(): Promise<PressSetup> {
  return pressSetup(undefined);
}
