import { z } from 'zod';

/** One command of the contract: its zod input schema, and its result type as a phantom. */
export interface Command<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type only. */
  result?: R;
}

/** `command<Result>()(inputSchema)`: declares a command with its result type. */
export function command<R>() {
  return <I extends z.ZodType>(input: I): Command<I, R> => ({ input });
}

export const idSchema = z.string().min(1, 'an id is required').max(64);

/** A file handed over by the renderer (drag-and-drop or picker; reporter copy or a photo): name and base64 bytes. */
export const fileUploadSchema = z.object({
  name: z.string().min(1).max(260),
  base64: z.string().max(70_000_000, 'file is larger than 50 MB'),
});
