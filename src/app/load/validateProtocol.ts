import type { SearchText } from '../store/searchText';

export interface ValidateRequest {
  text: string;
}

export type ValidateReply = { ok: true; searchText: SearchText } | { ok: false; error: string };
