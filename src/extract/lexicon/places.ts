/** Words that end the name of a place rather than an actor: "Kim Il Sung Square", "Korean Peninsula". */
export const PLACE_HEADS = new Set([
  'square', 'street', 'avenue', 'road', 'river', 'sea', 'ocean', 'island', 'islands', 'mountain', 'mountains', 'peninsula',
  'region', 'province', 'city', 'airport', 'bridge', 'palace', 'hall', 'stadium', 'park', 'zone', 'strait', 'gulf', 'bay',
  'valley', 'desert', 'lake', 'county', 'district', 'oblast', 'base', 'port', 'harbor', 'harbour', 'center', 'centre',
  'asia', 'europe', 'africa', 'america', 'east', 'west', 'pacific', 'atlantic', 'war', 'era', 'day', 'summit', 'games',
  'cup', 'festival', 'conference', 'forum', 'expo', 'show', 'store', 'campus',
]);

/** Prepositions after which a capital names the city, not the state: "took place in Pyongyang". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'across', 'around', 'via', 'toward', 'towards']);
