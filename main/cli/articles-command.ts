import { withStore } from './with-store';
import { printJson, requireDb, type CliContext } from './cli-context';

export async function articlesCommand(ctx: CliContext): Promise<number> {
  const stories = await withStore(requireDb(ctx), (store) => store.stories.list());
  if (ctx.json) {
    printJson(
      ctx,
      stories.map(({ id, headline, kicker, subtitle, bylines, status, section, length, flags }) => ({
        id,
        headline,
        kicker,
        subtitle,
        bylines,
        status,
        section,
        length,
        flags,
      })),
    );
  } else {
    for (const story of stories) {
      const byline = story.bylines.map((b) => `${b.label} ${b.names.join(' ')}`).join(' / ');
      ctx.io.out(`${story.id}\t${story.status}\t${story.section || '-'}\t${story.headline}\t${byline}\t${story.length}字\n`);
    }
  }
  return 0;
}
