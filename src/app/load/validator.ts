/**
 * The worker's side of a large load, as a plain function of its messages (timeline.worker.ts wires it to the
 * worker's port; tests call it directly). The file arrives chunk by chunk while it downloads and is decoded as it
 * comes; at its end it is validated with the same schema and messages as the small path (parseTimeline). Replies
 * 'receiving' on the first chunk, then the verdict, then, for a valid file, its search text.
 */
import { parseTimeline } from '../../schema/timeline';
import { buildSearchText } from '../store/searchText';
import type { ValidateReply, ValidateRequest } from './validateProtocol';

export type Reply = (message: ValidateReply, transfer?: Transferable[]) => void;

export function createValidator(reply: Reply): (request: ValidateRequest) => void {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let receiving = false;
  return (request) => {
    if (!receiving) {
      receiving = true;
      reply({ kind: 'receiving' });
    }
    if (request.kind === 'chunk') {
      parts.push(decoder.decode(request.bytes, { stream: true }));
      return;
    }
    parts.push(decoder.decode());
    const result = parseTimeline(parts.splice(0).join(''));
    if (!result.ok) return reply({ kind: 'verdict', ok: false, error: result.error });
    reply({ kind: 'verdict', ok: true });
    const searchText = buildSearchText(result.timeline.events);
    reply({ kind: 'searchText', searchText }, [searchText.starts.buffer]);
  };
}
