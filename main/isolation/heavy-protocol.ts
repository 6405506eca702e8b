import type { ImageInfo, PreflightIssue } from '../../shared/compose/compose-types';
import { BanmianError, type ErrorCode } from '../../shared/ipc/result';
import type { PageComposition, PhotoView } from '../../shared/ipc/page-contract';
import type { PageDocument } from '../../shared/model/page';
import type { PressProfile } from '../../shared/model/press';
import type { StoryFields } from '../../shared/model/story';
import { PdfExportError, type PdfExportErrorCode } from '../export/export-errors';
import type { PhotoMetadata } from '../photos/image-info';

/**
 * What the main thread and the heavy-work worker say to each other (docs/security.md,
 * Isolation). Every input is plain data — bytes, page documents with their stories inlined,
 * paths of stored photos — so the worker never needs the store (better-sqlite3 stays in the
 * main thread) and everything crosses by structured clone.
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

/** A page to print: composed, then written as PDF (when `outPath`) in the worker. */
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

/** Each task: its input and its output. Tasks are named by the main thread's code only, never by a message from the window. */
export interface HeavyTasks {
  /** Reporter copy (.txt, .docx) → stories (readReporterFile, with the import limits). */
  'import.read': { input: { name: string; bytes: Uint8Array }; output: StoryFields[] };
  /** A photo coming in, decoded whole, then its size and colour (readProvenImageInfo). */
  'photo.prove': { input: { bytes: Uint8Array }; output: PhotoMetadata };
  /** The page desk's composition for the screen. */
  'page.screen': { input: ScreenComposeJob; output: PageComposition };
  /** Composition for print, preflight, and the PDF. */
  'page.print': { input: PrintJob; output: PrintResult };
}

export type HeavyTask = keyof HeavyTasks;
export type HeavyInput<K extends HeavyTask> = HeavyTasks[K]['input'];
export type HeavyOutput<K extends HeavyTask> = HeavyTasks[K]['output'];

/** Failures the tests make happen inside the worker, by task (workerData; never set by the app or the CLI). */
export type HeavyFault = 'out-of-memory' | 'hang' | 'crash' | 'exit';

export interface HeavyWorkerData {
  faults?: Partial<Record<HeavyTask, HeavyFault>>;
}

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

/** The worker's first message: its modules are loaded. */
export interface HeavyReady {
  ready: true;
}

export type HeavyReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

/** An error thrown in the worker as data (class instances do not survive structured clone). */
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
