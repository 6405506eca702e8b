import type { ImageInfo, PreflightIssue } from '../../shared/compose/compose-types';
import { BanmianError, type ErrorCode } from '../../shared/ipc/result';
import type { PageComposition, PhotoView } from '../../shared/ipc/page-contract';
import type { PageDocument } from '../../shared/model/page';
import type { PressProfile } from '../../shared/model/press';
import type { Annotation } from '../../shared/model/annotation';
import type { ProofPageLayer } from '../../shared/proof/proof-types';
import type { PressSetup } from '../photos/press-conversion';
import type { StoryFields } from '../../shared/model/story';
import { PdfExportError, type PdfExportErrorCode } from '../export/export-errors';
import type { PhotoMetadata } from '../photos/image-info';
import type { CopyfitLimits, CopyfitOutcome } from '../../shared/compose/copyfit';
import type { StoryFrameFit } from '../../shared/compose/fit-story-frame';

/**
 * What the main process and the heavy-work process say to each other (docs/security.md,
 * Isolation), whichever carries it: Electron's utilityProcess in the app, a Node child process
 * in the CLI and the tests (heavy-transport.ts). Every input is plain data — bytes, page
 * documents with their stories inlined, paths of stored photos — so the heavy process never
 * needs the store (better-sqlite3 stays in the main process) and everything crosses by
 * structured clone (V8's serializer on both transports).
 */

/** The page desk's composition for the screen (pages/screen-compose.ts), the store already read. */
export interface ScreenComposeJob {
  document: PageDocument;
  /** The stories the page shows: the store's, then the drafts being typed. */
  stories: Record<string, StoryFields>;
  /** Pixel size and colour of the page's stored photos, and their views for the screen. */
  images: Record<string, ImageInfo | undefined>;
  photos: Record<string, PhotoView>;
  /** Item keys the screen holds already (only the others are sent). */
  have?: string[];
  lines?: boolean;
  resources?: boolean;
}

/** The page desk's 适配版面 (pages/copyfit-service.ts): one story frame's story fitted by trial compositions. */
export interface FitStoryJob {
  document: PageDocument;
  frameId: string;
  /** The stories the page shows: the store's, then the drafts being typed. */
  stories: Record<string, StoryFields>;
  images: Record<string, ImageInfo | undefined>;
  limits: CopyfitLimits;
}

/** A story frame sized to its story, on drop and for a 续排 frame (pages/fit-story-frame.ts). */
export interface FitFrameJob {
  document: PageDocument;
  frameId: string;
  stories: Record<string, StoryFields>;
}

/** A page to print: composed, then written as PDF (when `outPath`) in the heavy process. */
export interface PrintJob {
  /** The page with every story it shows inlined (resolved from the store in the main thread). */
  doc: PageDocument;
  /** A page file's folder: only then may photos be files (relative to it). */
  baseDir?: string;
  /** Stored photos the page names, SHA-256 → file in the photo store. */
  photoPaths: Record<string, string>;
  convertRgb: boolean;
  press?: PressProfile;
  /** Where to write the PDF (atomically); without it, composition and preflight only. */
  outPath?: string;
  /** The PDF's dates as an ISO string (default: the edition date). */
  fixedDate?: string;
  allowMissingGlyphs: boolean;
  /** Write no PDF when preflight finds an error (other than a missing glyph, which the writer refuses itself). */
  refuseErrors?: boolean;
  /** Also return the set lines as the `--lines` JSON. */
  lines?: boolean;
}

export interface PrintResult {
  preflight: PreflightIssue[];
  written?: { path: string; bytes: number };
  /** Why the PDF was not written (composition went through: the preflight is there). */
  writeError?: SerializedError;
  /** With `refuseErrors`: the number of preflight errors that kept the PDF from being written. */
  refused?: number;
  linesJson?: string;
}

/** A proof PDF (main/proof): the page to print, and the proof marks to draw over it (read from the store by the caller). */
export interface ProofJob {
  print: PrintJob & { outPath: string };
  annotations: Annotation[];
}

export interface ProofResult {
  preflight: PreflightIssue[];
  path: string;
  bytes: number;
  placed: number;
  unplaced: ProofPageLayer['unplaced'];
}

/** A stored photo an edition prints, as its pages will ask for it (main/pages/edition-export.ts). */
export interface EditionPhoto {
  path: string;
  /** The page's press (its own, overridden by the caller's), for the conversion. */
  press: PressProfile;
  baseDir?: string;
}

/** Each task: its input and its output. Tasks are named by the main thread's code only, never by a message from the window. */
export interface HeavyTasks {
  /** Reporter copy (.txt, .docx) → stories (readReporterFile, with the import limits). */
  'import.read': { input: { name: string; bytes: Uint8Array }; output: StoryFields[] };
  /** A photo coming in, decoded whole, then its size and colour (readProvenImageInfo). */
  'photo.prove': { input: { bytes: Uint8Array }; output: PhotoMetadata };
  /** A stored photo converted for the press (printableBytes): the bytes to store as a photo of its own. */
  'photo.press': { input: { bytes: Uint8Array; press: PressSetup }; output: Uint8Array };
  /** A stored photo's screen preview (an upright sRGB JPEG), read from its file in the photo store. */
  'photo.preview': { input: { path: string; edge: number }; output: Uint8Array };
  /** The page desk's composition for the screen. */
  'page.screen': { input: ScreenComposeJob; output: PageComposition };
  /** Fit to frames: tracking, subhead and paragraph space tried by composing the page again and again. */
  'page.fit': { input: FitStoryJob; output: CopyfitOutcome };
  /** A story frame's depth and columns found by trial compositions. */
  'page.fitFrame': { input: FitFrameJob; output: StoryFrameFit };
  /** Composition for print, preflight, and the PDF. */
  'page.print': { input: PrintJob; output: PrintResult };
  /** A proof PDF: the page composed for print, the marks drawn over it. */
  'page.proof': { input: ProofJob; output: ProofResult };
  /**
   * An edition's photos read, their facts found and converted for the press into the disk caches
   * before its pages are composed on several processes, so each is converted once; each photo done
   * is reported as progress.
   */
  'edition.photos': { input: { photos: EditionPhoto[]; convertRgb: boolean }; output: number };
}

export type HeavyTask = keyof HeavyTasks;
export type HeavyInput<K extends HeavyTask> = HeavyTasks[K]['input'];
export type HeavyOutput<K extends HeavyTask> = HeavyTasks[K]['output'];

/**
 * Failures the tests make happen inside the heavy process, by task (never set by the app or the
 * CLI): run out of heap, block for good, throw outside the task, exit, and the native crashes a
 * thread could not survive — `process.abort()` and a segmentation fault.
 */
export type HeavyFault = 'out-of-memory' | 'hang' | 'crash' | 'exit' | 'abort' | 'segfault';
export type HeavyFaults = Partial<Record<HeavyTask, HeavyFault>>;

/** How the faults reach the heavy process: one argument, `--faults=JSON`. */
export const FAULTS_ARG = '--faults=';

export interface HeavyRequest {
  id: number;
  task: HeavyTask;
  input: unknown;
}

export interface SerializedError {
  kind: 'banmian' | 'pdf-export' | 'error';
  code?: string;
  message: string;
  details?: unknown;
  issues?: string[];
}

/** The heavy process's first message: its modules are loaded; the heap limit V8 really has (MB). */
export interface HeavyReady {
  ready: true;
  heapLimitMb: number;
}

/** An exception nothing caught, said just before the heavy process exits (the pool words it). */
export interface HeavyFatal {
  fatal: string;
}

/** A step of a long task done (an edition's photo converted): the time limit starts again. */
export interface HeavyProgress {
  id: number;
  progress: unknown;
}

export type HeavyReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

/** Everything the heavy process sends. */
export type HeavyMessage = HeavyReady | HeavyFatal | HeavyProgress | HeavyReply;

/** An error thrown in the heavy process as data (class instances do not survive structured clone). */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof BanmianError) return { kind: 'banmian', code: error.code, message: error.message, details: error.details, issues: error.issues };
  if (error instanceof PdfExportError) return { kind: 'pdf-export', code: error.code, message: error.message };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** …and back, so callers catch the same classes as when the work ran in their own thread. */
export function deserializeError(error: SerializedError): Error {
  if (error.kind === 'banmian') return new BanmianError(error.code as ErrorCode, error.message, error.details, error.issues);
  if (error.kind === 'pdf-export') return new PdfExportError(error.code as PdfExportErrorCode, error.message);
  return new Error(error.message);
}
