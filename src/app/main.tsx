/**
 * Entry: start downloading the timeline first, then load the app around it. The app (React, vis-timeline, the
 * panels: most of the site's script) is a chunk of its own, so the file's download no longer waits until all of
 * it has been fetched, compiled and run; on a large timeline the two now overlap.
 */
import './zodConfig';
import { fetchTimeline, refusedDataMessage } from './load/loadTimeline';
import { readUrl } from './store/urlState';
import './styles.css';

const url = readUrl(window.location.search);
const loading = url.refusedData === null ? fetchTimeline(url.data) : Promise.resolve({ ok: false as const, error: refusedDataMessage(url.refusedData) });
void import('./boot').then(({ boot }) => boot(url, loading));
