import { BanmianError } from '../../shared/ipc/result';
import { withStore } from './with-store';
import { printJson, requireDb, type CliContext } from './cli-context';

export async function searchCommand(ctx: CliContext): Promise<number> {
  const query = ctx.args.join(' ').trim();
  if (!query) throw new BanmianError('invalid-input', 'give a search query');
  const hits = await withStore(requireDb(ctx), (store) => store.search.search(query, 50));
  if (ctx.json) printJson(ctx, hits.map(({ id, headline, snippet }) => ({ id, headline, snippet })));
  else for (const hit of hits) ctx.io.out(`${hit.id}\t${hit.headline}\n\t${markHits(hit.snippet, hit.highlights)}\n`);
  return 0;
}

/** Brackets the matched ranges so they stand out in a terminal. */
function markHits(snippet: string, highlights: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += `${snippet.slice(at, start)}[${snippet.slice(start, end)}]`;
    at = end;
  }
  return out + snippet.slice(at);
}
