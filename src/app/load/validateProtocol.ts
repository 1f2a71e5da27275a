import type { SearchText } from '../store/searchText';

/** The file's bytes, chunk by chunk as they download (transferred, not copied), then the end of the file. */
export type ValidateRequest = { kind: 'chunk'; bytes: ArrayBuffer } | { kind: 'end' };

/**
 * 'receiving' when the first chunk reaches the worker (see Validation.receiving); then the verdict, as soon as the file is validated; then, for a valid file, its search text, which the first
 * view does not need and so does not wait for.
 */
export type ValidateReply =
  | { kind: 'receiving' }
  | { kind: 'verdict'; ok: true }
  | { kind: 'verdict'; ok: false; error: string }
  | { kind: 'searchText'; searchText: SearchText };
