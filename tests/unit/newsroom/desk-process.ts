/**
 * A desk in its own process for the crash tests: `node --import tsx desk-process.ts DB URL USER HEADLINE`
 * (password in BANMIAN_PASSWORD). It syncs live, saves one story, prints "saved ID" and keeps
 * running until it is killed.
 */
import { NewsroomDesk } from '../../../main/newsroom/newsroom-desk';
import { openReplica, replicaPathFor } from '../../../main/newsroom/replica';
import { openStore } from '../../../main/store/open-store';

const [db, url, user, headline] = process.argv.slice(2);
if (!db || !url || !user || !headline) throw new Error('usage: desk-process.ts DB URL USER HEADLINE');
const store = openStore(db);
const desk = new NewsroomDesk(store, openReplica(replicaPathFor(store.path)), { url, user, password: process.env.BANMIAN_PASSWORD ?? '' });
desk.start();
const story = store.stories.create({ headline });
process.stdout.write(`saved ${story.id}\n`);
setInterval(() => undefined, 60_000);
