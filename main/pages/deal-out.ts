/**
 * Work dealt out to a few workers (an edition's pages to the heavy-work processes): each worker
 * takes the next item in order as soon as it is free, so a slow page holds up one worker only.
 * The first failure stops the dealing; what is in flight is waited for, then that failure is
 * thrown. The results come back in the items' order, whatever order they finished in.
 */
export async function dealOut<W, T, R>(
  workers: readonly W[],
  items: readonly T[],
  run: (worker: W, item: T, index: number) => Promise<R>,
  onDone?: (result: R, index: number, done: number) => void,
): Promise<R[]> {
  if (workers.length === 0) throw new Error('dealOut: no workers');
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  let failure: { error: unknown } | undefined;
  const work = async (worker: W): Promise<void> => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await run(worker, items[index]!, index);
      } catch (error) {
        failure ??= { error };
        return;
      }
      onDone?.(results[index], index, ++done);
    }
  };
  await Promise.all(workers.map(work));
  if (failure) throw failure.error;
  return results;
}
