/**
 * Words that state a happening, grouped into classes of the same kind of happening, so that "met",
 * "meeting", "summit" and "talks" in different reports count as the same wording when merging.
 * Drawn from the TimeML event classes (occurrence, aspectual, reporting) as they appear in news; the
 * war and legislature verbs ("withdrew from", "fall of", "passed the bill", "congratulated", "chaired")
 * from AP and Reuters conflict and congressional copy.
 */
export const EVENT_CLASSES: Record<string, string[]> = {
  meet: ['meet', 'meets', 'met', 'meeting', 'meetings', 'summit', 'summits', 'talks', 'discussions', 'held discussions', 'hosted', 'hosts', 'host', 'received', 'welcomed', 'welcome', 'chaired', 'spoke', 'phoned', 'convened', 'gathered'],
  visit: ['visit', 'visits', 'visited', 'visiting', 'arrive', 'arrives', 'arrived', 'arriving', 'arrival', 'trip', 'tour', 'toured', 'travelled', 'traveled'],
  agree: ['sign', 'signs', 'signed', 'signing', 'treaty', 'agreement', 'pact', 'deal', 'accord', 'agreed', 'agrees', 'established', 'ratified'],
  dispatch: ['dispatch', 'dispatched', 'dispatches', 'deploy', 'deployed', 'deployment', 'sent', 'sends', 'send', 'supplied', 'supplies', 'shipped', 'delivered'],
  authorize: ['authorize', 'authorized', 'authorizes', 'authorised', 'approved', 'approves', 'allowed', 'permitted', 'banned', 'bans', 'imposed', 'sanctioned', 'lifted', 'passed', 'voted', 'adopted', 'vetoed', 'ordered'],
  appoint: ['appoint', 'appointed', 'appointment', 'named', 'elected', 'election', 'sworn', 'nominated', 'inaugurated', 'inauguration', 'takes office', 'took office', 'take office', 'succeeding', 'succeeded', 'replaced', 'replaces'],
  leave: ['resigned', 'resigns', 'resignation', 'left', 'leaves', 'quit', 'quits', 'fired', 'dismissed', 'retired', 'retires', 'stepped down', 'ousted', 'withdrew', 'withdrawn', 'withdrawal', 'retreated', 'abandoned', 'pulled out'],
  report: ['reported', 'published', 'announced', 'announces', 'announcement', 'confirmed', 'revealed', 'disclosed', 'declared', 'stated', 'released', 'releases', 'unveiled', 'unveils', 'introduced', 'introduces', 'launched', 'launches', 'launch', 'keynote', 'presented', 'showcased', 'demonstrated', 'debuted'],
  attack: ['attacked', 'attack', 'attacks', 'struck', 'strike', 'strikes', 'invaded', 'invasion', 'bombed', 'shelled', 'fired', 'killed', 'shot', 'intercepted', 'incursions', 'clashed', 'retaliated', 'test', 'tests', 'tested', 'hit', 'slammed', 'exploded', 'captured', 'seized', 'recaptured', 'arrested', 'detained', 'fall of'],
  legal: ['sued', 'sues', 'lawsuit', 'ruled', 'ruling', 'verdict', 'charged', 'indicted', 'convicted', 'settled', 'settlement', 'filed', 'won', 'lost', 'dismissed', 'appealed'],
  business: ['sold', 'sells', 'sell', 'bought', 'buys', 'acquired', 'acquires', 'acquisition', 'merged', 'merger', 'invested', 'lowered', 'raised', 'cut', 'cuts', 'priced', 'shipped', 'opened', 'opens', 'closed', 'closes', 'founded', 'started', 'began', 'begins', 'begin', 'take effect', 'takes effect', 'took effect', 'expired', 'expires', 'damaged', 'destroyed', 'fallen', 'risen', 'overtook', 'surpassed', 'evacuated', 'licensed', 'broke out', 'erupted', 'flared', 'stalled', 'suspended', 'suspends', 'filled', 'shut', 'ended', 'ends', 'completed', 'collapsed', 'collapse', 'born', 'died', 'dies', 'death', 'passed away', 'returned', 'joined', 'became', 'exceeded', 'rose', 'fell', 'doubled', 'grew'],
  life: ['fought', 'battled', 'underwent', 'diagnosed', 'hospitalized', 'hospitalised', 'recovered', 'married', 'graduated', 'moved', 'took'],
  pledge: ['pledged', 'pledges', 'vowed', 'vows', 'promised', 'reaffirmed', 'reaffirms', 'affirmed', 'affirms', 'condemned', 'condemns', 'criticized', 'criticised', 'warned', 'accused', 'denied', 'rejected', 'rejects', 'expressed', 'urged', 'called', 'congratulated', 'thanked', 'told'],
};

export const EVENT_WORDS: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [cls, words] of Object.entries(EVENT_CLASSES)) for (const w of words) if (!map.has(w)) map.set(w, cls);
  return map;
})();

/** Classes that describe the same kind of happening seen from different sides. */
export const RELATED_CLASSES: Array<[string, string]> = [
  ['meet', 'visit'],
  ['meet', 'agree'],
  // Two sides of one battle: "troops withdrew from Avdiivka" / "the fall of Avdiivka".
  ['leave', 'attack'],
];

/** Nouns of happenings that a later sentence can point back to: "the meeting", "their summit", "the report". */
export const ANAPHORIC_NOUNS = new Set(['meeting', 'summit', 'talks', 'visit', 'trip', 'report', 'agreement', 'treaty', 'pact', 'deal', 'announcement', 'attack', 'strike', 'deployment', 'dispatch']);

/** Sentences that judge or speculate rather than report: "The significance of this visit cannot be overstated". */
export const COMMENTARY_PATTERNS: RegExp[] = [
  /cannot be overstated/i,
  /remains? to be seen/i,
  /\bis (?:particularly )?noteworthy\b/i,
  /\b(?:could|might|may|would) (?:be seen|mark|signal|have|shift|alter|reshape)\b/i,
  /\bwill undoubtedly\b/i,
  /\bis one to watch\b/i,
  /\bin conclusion\b/i,
  /\bexperts? (?:warn|say|believe)\b/i,
];

/** Leading words of a clause that a title does without: "especially following North Korea's dispatch ...". */
export const TITLE_LEAD_FILLERS: RegExp =
  /^(?:(?:and|but|so|especially|particularly|including|even|just|also|then|only|which|that|this comes|it comes|comes)\s+)*(?:in the context of|in the wake of|in response to|following|after|before|since|during|amid|amidst|when|while|as|until|with|in|on|at|by|from|for)?\s*/i;

/** Words that start a subordinate clause: the happening a date belongs to is often in one. */
export const SUBORDINATORS = ['after', 'before', 'since', 'following', 'when', 'while', 'until', 'because'];

/** Attribution patterns, in order of reliability; group 1 is the source. */
export const ATTRIBUTION_PATTERNS: RegExp[] = [
  /\baccording to (?:the )?([^,.;:]+?)(?=[,.;:]|\s+(?:on|in|at)\s|$)/i,
  /\b[Rr]eports? from (?:the )?([^,.;:]+?) (?:indicate|indicates|suggest|suggests|say|says|show|shows|claim|claims)\b/,
  // (after a dateline: "Seoul, December 1, 2024 – North Korean state media reported that")
  /^(?:[^,–—]*?,\s*)?(?:[^–—]{0,40}[–—]\s*)?([A-Z][^,.;:–—]{2,60}?) (?:reported|said|stated|announced|confirmed|claimed|reports|says) that\b/,
  /\b(?:reported|published|confirmed|announced|released) by (?:the )?([^,.;:]+?)(?=[,.;:]|\s+(?:on|in|at)\s|$)/i,
  /\bas (?:mentioned|reported|stated) (?:in|by) (?:the )?([^,.;:]+?)(?: report)?(?=[,.;:]|$)/i,
];

/**
 * What is only expected, possible or wished for is not (yet) a happening: "Mac OS X Leopard would be
 * released in 2007", "is expected to arrive in June", "could reach the market next year". Scheduled
 * plans ("will go on sale on June 24", "is slated for") stay: a reader wants them on a timeline.
 * "is due to" and "are set to" are vaguer ("a question the leaders are set to discuss again at the EU
 * summit next week"), and what did not happen is no happening ("Moscow did not comment on Friday's strike").
 */
export const HYPOTHETICAL_CUES: RegExp =
  /\b(?:could|might|may|would|should)\s+(?:not\s+|also\s+|soon\s+|still\s+|likely\s+|eventually\s+)?(?:be|have|\p{L}+)\b|\b(?:is|are|was|were)\s+(?:widely\s+)?(?:expected|likely|unlikely|rumou?red|predicted|projected|poised|hoped)\s+to\b|\b(?:plans?|planned|intends?|hopes?|aims?|wants?)\s+to\b|\bif\b|\b(?:is|are)\s+(?:due|set)\s+to\b|\b(?:did|does|do)\s+not\b|\b(?:didn|doesn)['’]t\b/iu;

/** Just before a date: it ends a span rather than dating a happening ("suspend their strike until January 15"). */
export const SPAN_END_BEFORE: RegExp = /\b(?:until|till|through)\s+$/i;

/**
 * Before "since <date>": the date is the baseline of a record, not a happening ("the first by the union since
 * 1977", "the highest level since 2008", "its worst drought since 1984").
 */
export const RECORD_BASELINE: RegExp = /\b(?:first|only|largest|biggest|highest|lowest|worst|best|most|least|longest|shortest|deadliest|strongest|weakest|fastest|slowest|record)\b[^.;]{0,70}\bsince\s+$/i;

/** (events.ts ownSubject) Happening words that are nouns when they open a clause: "but talks collapsed" has its own subject. */
export const PLURAL_HAPPENINGS = new Set(['talks', 'discussions', 'meetings', 'summits', 'attacks', 'strikes', 'incursions', 'tests', 'sanctions', 'deals', 'elections', 'visits', 'trips']);

/** (events.ts presentTenseClass) Words whose past form is a happening word but which are nouns in news copy: "fires raged", "the charges". */
export const PRESENT_TENSE_NOUNS = new Set(['fires', 'fire', 'charges', 'orders', 'records', 'reports', 'claims', 'cases', 'forces', 'files', 'rules', 'returns', 'closes', 'lands', 'cuts', 'hits', 'sues']);
