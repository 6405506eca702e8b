/**
 * The usage lines of the newsroom commands, apart from the commands themselves: `banmian`'s
 * help shows them, while the commands (and PouchDB, LevelDB, node-fetch behind them) are
 * loaded only when one of them runs — a page's `compose` never pays for them.
 */
export const NEWSROOM_USAGE = 'newsroom init|user add --server URL --admin USER[:PASS] [--user NAME:PASS:ROLE[,ROLE][=DISPLAY NAME]]...';
export const SYNC_USAGE = 'sync --db DB --server URL --user USER [--once] [--json]';
