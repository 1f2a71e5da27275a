/**
 * Imported first by cli.ts, so that the CLI watches the command that started it (parentWatch.ts) from its first
 * moments, not only once the extractor's modules have loaded (seconds, compiled through tsx): a `kill -9` on
 * `npm run extract` in that time would otherwise go unseen.
 */
import { watchParent } from './parentWatch';

watchParent(() => {
  process.stderr.write('extract: stopped, because the command that started it has ended.\n');
  process.exit(1);
});
