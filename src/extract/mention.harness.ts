import type { ActorMention } from './types';

/** A mention of `surface` under `key`, as the actor layer gives it (a person unless said). */
export const mention = (surface: string, key: string, kind: ActorMention['kind'] = 'person'): ActorMention => ({
  surface,
  start: 0,
  end: surface.length,
  kind,
  key,
  rules: [],
});
