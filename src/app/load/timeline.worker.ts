/**
 * Validates a large timeline off the page's thread, with the same schema as the small path (parseTimeline), and
 * builds its search text. Replies { ok: true, searchText } or { ok: false, error } with parseTimeline's message.
 */
import { parseTimeline } from '../../schema/timeline';
import { buildSearchText } from '../store/searchText';
import type { ValidateReply, ValidateRequest } from './validateProtocol';

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const result = parseTimeline(event.data.text);
  let reply: ValidateReply;
  if (result.ok) reply = { ok: true, searchText: buildSearchText(result.timeline.events) };
  else reply = { ok: false, error: result.error };
  (self as unknown as Worker).postMessage(reply, reply.ok ? [reply.searchText.starts.buffer] : []);
};
