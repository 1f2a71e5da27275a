import type { Mention } from '../../schema/timeline';
import type { TimelineIndex } from './timelineIndex';

/**
 * An event's reports in the order they were published, the earliest first; the undated last. Reports of one day
 * keep the build's order, the report the title was written from first among them. The BBC's spill coverage listed a
 * report of 17 May first under "BP's Deepwater Horizon rig exploded" (20 April), the one its title came from, above
 * the reports of 29 April: a reader took the first source for the first report.
 */
export function sourcesInOrder<M extends Pick<Mention, 'doc'>>(mentions: readonly M[], index: Pick<TimelineIndex, 'docById'>): M[] {
  const published = (m: M) => index.docById.get(m.doc)?.published?.value ?? null;
  return mentions
    .map((m, at) => ({ m, at, when: published(m) }))
    .sort((a, b) => {
      if (a.when === b.when) return a.at - b.at;
      if (a.when === null) return 1;
      if (b.when === null) return -1;
      // ISO values of any precision: "2010-05" before "2010-05-17", after "2010-04-30"
      return a.when < b.when ? -1 : 1;
    })
    .map(({ m }) => m);
}
