/**
 * Words that state a happening, grouped into classes of the same kind of happening, so that "met",
 * "meeting", "summit" and "talks" in different reports count as the same wording when merging.
 * Drawn from the TimeML event classes (occurrence, aspectual, reporting) as they appear in news; the
 * war and legislature verbs ("withdrew from", "fall of", "passed the bill", "congratulated", "chaired")
 * from AP and Reuters conflict and congressional copy.
 */
export const EVENT_CLASSES: Record<string, string[]> = {
  meet: [
    'meet',
    'meets',
    'met',
    'meeting',
    'meetings',
    'summit',
    'summits',
    'talks',
    'discussions',
    'held discussions',
    'hosted',
    'hosts',
    'host',
    'received',
    'welcomed',
    'welcome',
    'chaired',
    'spoke',
    'phoned',
    'convened',
    'gathered',
  ],
  visit: ['visit', 'visits', 'visited', 'visiting', 'arrive', 'arrives', 'arrived', 'arriving', 'arrival', 'trip', 'tour', 'toured', 'travelled', 'traveled'],
  agree: ['sign', 'signs', 'signed', 'signing', 'treaty', 'agreement', 'pact', 'deal', 'accord', 'agreed', 'agrees', 'established', 'ratified'],
  dispatch: [
    'dispatch',
    'dispatched',
    'dispatches',
    'deploy',
    'deployed',
    'deployment',
    'sent',
    'sends',
    'send',
    'supplied',
    'supplies',
    'shipped',
    'delivered',
  ],
  authorize: [
    'authorize',
    'authorized',
    'authorizes',
    'authorised',
    'approved',
    'approves',
    'allowed',
    'permitted',
    'banned',
    'bans',
    'imposed',
    'sanctioned',
    'lifted',
    'passed',
    'voted',
    'adopted',
    'vetoed',
    'ordered',
  ],
  appoint: [
    'appoint',
    'appointed',
    'appointment',
    'named',
    'elected',
    'election',
    'sworn',
    'nominated',
    'inaugurated',
    'inauguration',
    'takes office',
    'took office',
    'take office',
    'succeeding',
    'succeeded',
    'replaced',
    'replaces',
  ],
  leave: [
    'resigned',
    'resigns',
    'resignation',
    'left',
    'leaves',
    'quit',
    'quits',
    'fired',
    'dismissed',
    'retired',
    'retires',
    'stepped down',
    'ousted',
    'withdrew',
    'withdrawn',
    'withdrawal',
    'retreated',
    'abandoned',
    'pulled out',
  ],
  report: [
    'reported',
    'published',
    'announced',
    'announces',
    'announcement',
    'confirmed',
    'revealed',
    'disclosed',
    'declared',
    'stated',
    'released',
    'releases',
    'unveiled',
    'unveils',
    'introduced',
    'introduces',
    'launched',
    'launches',
    'launch',
    'keynote',
    'presented',
    'showcased',
    'demonstrated',
    'debuted',
  ],
  attack: [
    'attacked',
    'attack',
    'attacks',
    'struck',
    'strike',
    'strikes',
    'invaded',
    'invasion',
    'bombed',
    'shelled',
    'killed',
    'shot',
    'intercepted',
    'incursions',
    'clashed',
    'retaliated',
    'test',
    'tests',
    'tested',
    'hit',
    'slammed',
    'exploded',
    // The noun and the present tense of exploded tell the same happening: the explosion of the Deepwater Horizon rig
    // and the rig that exploded are one event of 20 April 2010 in the reports of the BBC
    'explode',
    'explodes',
    'explosion',
    'blast',
    'captured',
    'seized',
    'recaptured',
    'arrested',
    'detained',
    'fall of',
  ],
  legal: [
    'sued',
    'sues',
    'lawsuit',
    'ruled',
    'ruling',
    'verdict',
    'charged',
    'indicted',
    'convicted',
    'settled',
    'settlement',
    'filed',
    'won',
    'lost',
    'appealed',
  ],
  // (Not "began" or "started": a beginning is of any kind of happening; read as business, "the leak that began in April
  // when a BP rig in the Gulf of Mexico exploded" joined "Shares in London-based BP Plc fell 7 percent" of 29 April.)
  business: [
    'sold',
    'sells',
    'sell',
    'bought',
    'buys',
    'acquired',
    'acquires',
    'acquisition',
    'merged',
    'merger',
    'invested',
    'lowered',
    'raised',
    'cut',
    'cuts',
    'priced',
    'opened',
    'opens',
    'closed',
    'closes',
    'founded',
    'take effect',
    'takes effect',
    'took effect',
    'expired',
    'expires',
    'damaged',
    'destroyed',
    'fallen',
    'risen',
    'overtook',
    'surpassed',
    'evacuated',
    'licensed',
    'broke out',
    'erupted',
    'flared',
    'stalled',
    'suspended',
    'suspends',
    'filled',
    'shut',
    'ended',
    'ends',
    'completed',
    'collapsed',
    'collapse',
    'born',
    'died',
    'dies',
    'death',
    'passed away',
    'returned',
    'joined',
    'became',
    'exceeded',
    'rose',
    'fell',
    'doubled',
    'grew',
  ],
  life: ['fought', 'battled', 'underwent', 'diagnosed', 'hospitalized', 'hospitalised', 'recovered', 'married', 'graduated', 'moved', 'took'],
  pledge: [
    'pledged',
    'pledges',
    'vowed',
    'vows',
    'promised',
    'reaffirmed',
    'reaffirms',
    'affirmed',
    'affirms',
    'warned',
    'denied',
    'rejected',
    'rejects',
    'expressed',
    'urged',
    'called',
    'congratulated',
    'thanked',
    'told',
  ],
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

/**
 * Words of fighting and of its toll, read in what a party to a war is reported to have said
 * (events/combat-claim.ts): "Iran said it had achieved important victories against Iraq", "Iraq said its warplanes
 * launched two bombing raids on Iran's offshore Nowruz oilfield", "Iran said over 2,600 Iraqis had been killed or
 * wounded yesterday". Lemmas and the plural nouns the tagger may leave as written.
 */
export const COMBAT_WORDS = new Set([
  'kill',
  'wound',
  'injure',
  'capture',
  'seize',
  'destroy',
  'repulse',
  'repel',
  'overrun',
  'liberate',
  'shell',
  'bomb',
  'bombing',
  'raid',
  'raids',
  'attack',
  'attacks',
  // "an Iraqi communique said its forces repulsed ... the Iranians launched a major assault": an assault is an attack.
  'assault',
  'assaults',
  'sink',
  'smash',
  'breach',
  'rout',
  'inflict',
  'casualty',
  'casualties',
  'victory',
  'victories',
  'offensive',
  'warplanes',
  'troops',
  'forces',
]);

/**
 * Words of the state a verb left its object in, written right after the object: "set the Cypriot supertanker Pivot
 * ablaze", "left the tanker adrift" (events/complements.ts, `title:object-state-kept`; "on fire" is read there too).
 */
export const OBJECT_STATE_WORDS = new Set(['ablaze', 'alight', 'afire', 'adrift', 'aground']);

/**
 * Words of an army's own voice in a sayer's phrase (events/combat-claim.ts): "a military spokesman said Iraqi warplanes
 * today destroyed an oil pumping station", "A high command war communique said four Revolutionary Guards divisions
 * attacked Iraqi positions" (Reuters, 1987). A belligerent's spokesman or communique speaks for a party to the war even
 * when the sentence names no country in the sayer's phrase; its word on the fighting is a claim.
 */
export const MILITARY_SAYER_WORDS = new Set(['military', 'war', 'army', 'navy', 'command', 'communique', 'communiques']);

/**
 * The words of COMBAT_WORDS that name nothing but war: "Iraq said its warplanes launched two bombing raids", "Iran said its
 * forces launched fresh attacks near Basra" (told by a state organ, events/combat-claim.ts). A toll or a
 * win ("killed", "destroyed", "victory") is a war claim only against a second party: "The U.S. Geological Survey said
 * the earthquake destroyed 200 homes in Nepal" is no party's claim (events/combat-claim.ts).
 */
export const WAR_ONLY_WORDS = new Set([
  'repulse',
  'repel',
  'overrun',
  'shell',
  'bomb',
  'bombing',
  'raid',
  'raids',
  'offensive',
  'warplanes',
  'troops',
  'rout',
  'enemy',
  'forces',
]);

/**
 * The heads of a sayer that speaks for a state at war: "Tehran radio", "The Iranian news agency IRNA", "an Iraqi
 * military spokesman". An agency of science, health or trade with a state's name ("The U.S. Geological Survey",
 * "The Kenyan electoral commission") is no party to a war (events/combat-claim.ts).
 */
export const STATE_SAYER_HEADS = new Set([
  'government',
  'army',
  'military',
  'spokesman',
  'spokesmen',
  'radio',
  'agency',
  'television',
  'command',
  'headquarters',
  'communique',
  'navy',
  'guards',
]);

/**
 * Verbs of saying: "Thad Allen said on Monday", "officials added". The saying is no happening for a
 * timeline; what was said is read in its own clause (and its date kept only if it is inside that clause).
 * Forecasts and estimates ("predicted a rise", "estimated the flow") are no happenings either.
 */
export const SAYING_VERBS = new Set([
  'say',
  'tell',
  'add',
  'note',
  'explain',
  'argue',
  'insist',
  'claim',
  'comment',
  'reply',
  'respond',
  'suggest',
  'predict',
  'estimate',
  'speculate',
  'write',
  'tweet',
  'stress',
  'emphasise',
  'emphasize',
  'remark',
  'observe',
  'assert',
  'contend',
  'maintain',
  'concede',
  'recall',
  'repeat',
  'hint',
  'caution',
  'complain',
  'forecast',
  'project',
  'allege',
  'state',
  'admit',
  'acknowledge',
  'ask',
  'describe',
  'call',
  'quote',
  'warn',
  'cite',
  // "Hayward on Sunday alluded to the role BP has unwillingly adopted: 'I'm sorry'": a mention; what was said is read
  // in its own words.
  'allude',
]);

/**
 * Verbs of a state, not a happening: "the well remains a threat", "BP has 40% of the field", "the spill
 * seems to be slowing", "the plan includes a fund". (Be is read from the verb group: a copula.)
 */
export const STATE_VERBS = new Set([
  'have',
  'seem',
  'appear',
  'remain',
  'stay',
  'look',
  'sound',
  'mean',
  'need',
  'want',
  'like',
  'love',
  'hate',
  'own',
  'belong',
  'contain',
  'include',
  'consist',
  'involve',
  'depend',
  'deserve',
  'exist',
  'lack',
  'matter',
  'resemble',
  'represent',
  'continue',
  'tend',
  'try',
  'face',
  'plan',
  'intend',
  'aim',
  'wish',
  'seek',
  'get',
  'date',
  'see',
  'presume',
  // "Previous pandemics have behaved in this way": how things behave is a general statement.
  'behave',
  // "Testimony this week has focused on usual suspects": what something dwells on is a description.
  'focus',
  // "Exxon's refining earnings fell sharply, contrasting with the unusually strong margins prevailing in the first qtr
  // of 1986": how one figure stands against another is a comparison, and its participle made a false 1986 event.
  'contrast',
  // "It also said that at the end of July 1986, Stanley owed his bankrupt companies 874,000 dlrs in unpaid interest-free
  // loans" (Reuters, April 1987): what one owes is a balance held on a day, judged no happening.
  'owe',
  // "Results were awaited on Egypt's tender today for 200,000 tonnes of U.S. soft or white wheat" (Reuters, March 1987):
  // what is awaited has not happened; the waiting is a state.
  'await',
]);

/**
 * Verbs of a view, not a happening: criticism, praise, blame and defence of a view ("the senator slammed the two
 * companies", "the minister was rebuked by members of parliament", "the mayor defended the new curfew", "the
 * company's results were overshadowed by the fire"). A reader's timeline tells what was done or decided; what
 * someone thought of it is comment. (A missile that "slammed into" a port is read as a movement.)
 */
export const VIEW_VERBS = new Set([
  'slam',
  'blast',
  'criticise',
  'criticize',
  'rebuke',
  'defend',
  'praise',
  'condemn',
  'accuse',
  'fault',
  'lambaste',
  'lambast',
  'berate',
  'chide',
  'scold',
  'castigate',
  'denounce',
  'decry',
  'deplore',
  'applaud',
  'hail',
  'commend',
  'blame',
  'assail',
  'chastise',
  'overshadow',
  // "Last week, Hayward was disputing the existence of the plumes", "BP was disputing the $20bn sum": a view held.
  'dispute',
  // "investors interpreted Wednesday's news as substantially increasing the company's potential liability": a reading of news.
  'interpret',
]);

/** After a verb of view, the preposition of a movement: "missiles slammed into Odesa" is a strike, not a criticism. */
/**
 * Nouns that name a person by the nation he or she comes from, which a writer puts for a name just told: "Alan Joyce,
 * the newly installed chief executive of Qantas Airways ... The Irishman took the helm of the Australian airline"
 * (events/placed.ts `epithetSubject`).
 */
export const NATIONALITY_PERSON_NOUNS = new Set([
  'irishman',
  'irishwoman',
  'englishman',
  'englishwoman',
  'frenchman',
  'frenchwoman',
  'dutchman',
  'welshman',
  'scotsman',
  'briton',
]);

/**
 * Words after a number that make it a figure of millions or more: "the 3.06 mln shares", "the 40 mln dlrs"
 * (events/unplaced.ts `definiteFigure`).
 */
export const FIGURE_SCALE_WORDS = new Set(['mln', 'bln', 'bn', 'million', 'billion', 'trillion']);

/**
 * Nouns of an amount that say nothing without their "of" phrase: "a total of 4,379 people", "a number of cases",
 * "confirmed the presence of low levels of oil".
 */
export const AMOUNT_NOUNS = new Set(['total', 'number', 'level', 'levels', 'amount', 'amounts', 'average']);

/**
 * Nouns that name a part of something and say nothing without their "of" phrase: "nudged up against the side [of the
 * Exxon Valdez]", "placed on top [of the well]".
 */
// ("has begun washing into the fringes [of Louisiana's coastal marshes]")
export const PART_NOUNS = new Set([
  'side',
  'top',
  'bottom',
  'edge',
  'middle',
  'rest',
  'end',
  'part',
  'front',
  'back',
  'centre',
  'center',
  'heart',
  'fringes',
  'edges',
  'outskirts',
]);

/**
 * Prepositions whose phrase after an object completes what was done to it: where it went ("sent Enron into
 * bankruptcy", "pumped mud into the well"), what it was told ("informed its shareholders about the probe"), or what
 * it was aimed at ("issued an alert against the flu", "fell nearly 4 percent against the U.S. dollar").
 */
/**
 * Nouns that say nothing out of context without their complement, with the prepositions that bring it: "joined the
 * board [of BP]", "made his second visit [to the Gulf disaster zone]", "flew into a storm [of protest]", "overturned
 * the ban [on deepwater drilling]". A title keeps the complement whole or is not written (events/candidates.ts
 * `neededPhrase`).
 */
export const RELATIONAL_NOUNS = new Map<string, string[]>([
  ['board', ['of']],
  // ("Between 2am and 3am on 27 May, aides to Browner produced two different edits": whose aides places them.)
  ['aide', ['to']],
  ['adviser', ['to']],
  ['advisor', ['to']],
  ['storm', ['of']],
  ['visit', ['to']],
  // ("Jindal was chosen to give the Republican response [to President Obama's first address to a joint session of
  // Congress]": without it the response cannot be placed.)
  ['response', ['to']],
  ['trip', ['to']],
  ['ban', ['on']],
  ['moratorium', ['on']],
  // ("approved the toughest reforms ever [to offshore energy drilling practices]")
  ['reform', ['to']],
  ['estimate', ['of']],
  // ("The Commission, the EC's executive authority, two weeks ago cut its forecast for economic growth in the Community
  // to 2.3 per cent" (Reuters 1987; "The Commission cut its forecast" judged unreadable: "forecast of what"): a forecast
  // of what, or for what.)
  ['forecast', ['for', 'of']],
  ['existence', ['of']],
  ['cost', ['of']],
  ['extent', ['of']],
  ['value', ['of']],
  ['investigation', ['into', 'of']],
  ['probe', ['into']],
  // ("West german aid to Bolivia last year totalled 50 mln marks", "Zambia had ended copper shipments through South
  // Africa": aid to whom, goods by which way or to where; without it the title speaks of all aid, all shipments (Reuters
  // 1987, failed as unfaithful). "through" is written "thru" in the tokens' normal form.)
  ['aid', ['to']],
  ['shipment', ['to', 'thru', 'via']],
  ['export', ['to', 'thru', 'via']],
  ['import', ['from']],
  ['inquiry', ['into']],
  ['stake', ['in']],
  // ("During March last year privately-held Marcor acquired a controlling interest [in F and M Importing]": an
  // interest in what.)
  ['interest', ['in']],
  // ("announced its plans to sell its 24.8% shareholding [in Ocensa]", "left open the door [to someday drilling
  // again]": a share of what, a door to what.)
  ['shareholding', ['in']],
  ['holding', ['in']],
  ['door', ['to']],
  // ("BP cleared the way [for an attempt to cap the runaway oil spill]", "attempted to shift the blame [for the accident]",
  // "to analyze the effect [on internal pressure]": an idiom's noun says nothing without its phrase.)
  ['way', ['for']],
  ['blame', ['for']],
  ['effect', ['on']],
  ['connection', ['with']],
  // ("unveiled his plans [for Afghanistan and Pakistan]", "challenged the official estimate of the size [of the
  // spill]", "demanded more clarity [on who ... is responsible]", "showed no signs [of leaking]", "have suspended their
  // operations [to Mexico]": cut before the phrase, the title says less, or another thing.)
  ['plan', ['for']],
  ['size', ['of']],
  ['clarity', ['on', 'about']],
  ['sign', ['of']],
  ['operation', ['to']],
  ['flight', ['to']],
  // ("Talks with bondholders started late last year", "responsibility for the claims was transferred": whose talks,
  // responsible for what, the phrase says.)
  // ("Negotiations with Iran resumed in Vienna on Monday", "Talks between Israel and Hamas resumed": with whom, the
  // phrase says.)
  ['talk', ['with', 'between']],
  ['talks', ['with', 'between']],
  ['negotiation', ['with', 'between']],
  ['negotiations', ['with', 'between']],
  ['responsibility', ['for']],
  // ("The 1918 Spanish flu pandemic was caused by an H1N1 form [of influenza A]": a form of what, the phrase says.)
  ['form', ['of']],
  // ("Texaco ... filed for protection [under Chapter 11 of the U.S. bankruptcy code] earlier today": protection says
  // nothing without what it is under or from.)
  ['protection', ['under', 'from']],
  // ("ratings agency Standard & Poor's lowered its outlook [on the British oil giant] to negative": an outlook on what;
  // the judges failed "lowered its outlook" as unreadable, S&P's own outlook.)
  ['outlook', ['on', 'for']],
  // ("Planning Minister Song Ping made an indirect reference to this problem", "Argentina ... won excellent terms for a
  // major portion of its 50 billion dlr debt", "economies had led to a reduction in the public sector deficit": a
  // reference to what, terms for what, a reduction in what (Reuters first look: "made an indirect reference", "won
  // excellent terms", "had led to a reduction" fail readable).)
  ['reference', ['to']],
  ['terms', ['for', 'on']],
  ['reduction', ['in', 'of']],
  // ("but buyer resistance to fixed prices apparently cut February production": resistance to what.)
  ['resistance', ['to']],
  // ("Toyota severed ties with its Philippine partner of 20 years, Delta Motor Corp, in 1984": ties with whom;
  // "Toyota severed ties" says it cut them all.)
  ['ties', ['with', 'to']],
  // ("the 1976 Berne Agreement which set the framework for talks on the Aegean continental shelf", "agreed last Saturday
  // on basic elements for a new pact", Reuters 1987: a framework for what, elements of what; "set the framework",
  // "agreed on basic elements" were judged cut off.)
  ['framework', ['for', 'of']],
  ['element', ['of', 'for']],
]);

/**
 * Offices one person holds at a time, written as a subject "the president", "the chief executive": a reader cannot
 * place them out of context, and the article names their holder (events.ts `subject:role-of-one-person`).
 */
export const ROLE_NOUNS = new Set([
  'president',
  'chief executive',
  'chief executive officer',
  'ceo',
  'chairman',
  'prime minister',
  'governor',
  'mayor',
  'admiral',
]);

/**
 * Offices that name a company's head, as a subject writes it with its owner ("But he did show his disdain for BP's head,
 * who caused cringes last month") and as the article names the holder ("BP CEO Tony Hayward"): any of them is the one
 * office (events.ts `actors:holder-of-owned-role`). Not the chairman, another person.
 */
export const COMPANY_HEAD_OFFICES = new Set(['head', 'boss', 'chief', 'chief executive', 'chief executive officer', 'ceo']);

/**
 * Nouns of a member of a party, which a subject writes for a person named before: "The Louisiana Republican was
 * addressing BP America President Lamar McKay during a House Energy and Commerce Committee hearing Tuesday" (which
 * Republican, the title cannot say; events/candidates.ts `subject-cannot-be-placed:party-member`).
 */
export const PARTY_MEMBER_NOUNS = new Set(['republican', 'democrat']);

/**
 * The abbreviation an article writes before the name of the holder of an office of ROLE_NOUNS: "Coast Guard Adm. Thad
 * Allen" holds the office "the admiral" names (events/unplaced.ts `officePattern`).
 */
export const ROLE_ABBREVIATIONS = new Map([['admiral', 'adm.']]);

/**
 * After a bare noun object, the prepositions of a verb idiom's complement, which a title keeps: "set fire [to the
 * rig]", "took issue [with the report]", "put pressure [on the Indian government]".
 */
export const IDIOM_PREPOSITIONS = new Set(['to', 'with', 'on', 'for', 'from', 'in', 'into', 'over', 'against', 'about']);

/**
 * Verbs whose object is made to do what the infinitive after it says: "a report prompted many analysts [to assume
 * ...]"; with the infinitive cut, the title is cut (events/candidates.ts `title:object-infinitive-cut`).
 */
export const CAUSING_VERBS = new Set(['prompt', 'cause', 'lead', 'spur', 'drive']);

/**
 * Verbs whose object is the one who feels what was done, no doer of it: "Britain released a Libyan convicted of blowing
 * up a U.S. plane, angering the United States" (events/candidates.ts `participants:feels-what-was-done`).
 */
export const FEELING_CAUSED_VERBS = new Set([
  'anger',
  'infuriate',
  'enrage',
  'outrage',
  'upset',
  'alarm',
  'dismay',
  'disappoint',
  'frustrate',
  'irritate',
  'annoy',
  'surprise',
  'shock',
  'delight',
  'please',
  'embarrass',
  'worry',
]);

/**
 * Nouns of a way of acting, whose effects a speaker weighs: "the IMF's approach had caused social and political unrest"
 * (events/background-clauses.ts `claim:effect-of-a-policy`).
 */
export const POLICY_NOUNS = new Set(['approach', 'policy', 'policies', 'strategy', 'programme', 'program', 'measures', 'reforms', 'austerity']);

/**
 * Verbs whose object, as a transitive verb with no particle, is the effect they bring about: "inadequate inspection
 * ... caused the 1985 crash"; a date before that object is the effect's (events.ts `date:of-what-it-caused`). Not
 * "lead" or "drive", which mean causing only with "to" or "up": "Jones led the 1985 expedition" did the leading.
 */
export const EFFECT_VERBS = new Set(['cause', 'prompt', 'spur', 'trigger']);

/**
 * Nouns of a state or a level that a happening moves away from, whose "of" phrase dates that state: "engineered a strong
 * comeback from the dark days of 1982", "recovered from the lows of March 1987" (events.ts `date:of-what-it-came-from`).
 * Not a time noun or a happening: "worked on the rig from the morning of April 20", "fled from the crash of October
 * 1987" are dated by it.
 */
export const STATES_MOVED_FROM_NOUNS = new Set(['days', 'low', 'lows', 'level', 'levels', 'high', 'highs', 'depths', 'trough', 'peak', 'losses']);

/**
 * Verbs that give a person an office: "became chief executive", "was named chairman"; the office needs whose it is
 * (events/candidates.ts `title-office-without-whose`).
 */
export const OFFICE_VERBS = new Set(['become', 'name', 'appoint', 'elect']);

/**
 * Nouns whose content is the infinitive after them, even past a time: "announced plans Monday [to try attaching
 * another pipe]" (events/candidates.ts `title:object-infinitive`, `title:object-infinitive-cut`).
 */
// ("Allen issued the order Thursday night to begin moving dozens of vessels from the spill site": "issued the order"
// says nothing of which order (the judges fail readable); an order, a permission, a pledge is for what the
// infinitive says. Not "request": "approved a request from Louisiana Gov. Bobby Jindal to have ..." is placed by whose
// it is, and the title cannot reach the infinitive past it.)
export const INFINITIVE_NOUNS = new Set([
  'plan',
  'attempt',
  'effort',
  'bid',
  'decision',
  'proposal',
  'order',
  'permission',
  'approval',
  'go-ahead',
  'promise',
  'pledge',
  'commitment',
]);

/**
 * Nouns of (un)willingness or (in)ability, whose infinitive is what they are about and never the purpose of the verb
 * before them (events/candidates.ts `title:infinitive-of-noun-between`): "some producers' output fell due to customer
 * reluctance to pay the new prices". (Not "attempt" or "bid": "shut down in an attempt to stop the spread" tells the
 * purpose of shutting down.)
 */
// ("the need to secure fresh oil contracts": a need is about its infinitive too, events/scope-left-out.ts.)
export const WILLINGNESS_NOUNS = new Set(['reluctance', 'refusal', 'willingness', 'unwillingness', 'failure', 'inability', 'ability', 'readiness', 'need']);

/** Words of a part or share that say nothing at the end of a title without their "of" phrase: "shut down for most [of 2009]". */
export const PART_OF_WORDS = new Set(['most', 'many', 'much', 'some', 'all', 'each', 'none', 'half', 'rest', 'part', 'parts', 'portion', 'share']);

/**
 * Prepositions written in two words, the first word with the second it needs: a title ending on "due" with its "to"
 * left out is cut inside the phrase ("GSA tin disposals increased in calendar year due [to changed market
 * conditions]", candidates.ts `title-cut-inside-phrase:two-word-preposition`).
 */
export const TWO_WORD_PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ['due', 'to'],
  ['owing', 'to'],
  ['according', 'to'],
  ['prior', 'to'],
  ['because', 'of'],
  ['instead', 'of'],
  ['ahead', 'of'],
  ['regardless', 'of'],
]);

/** Verbs that make an idiom with a bare noun and its phrase: "to set fire [to the leaking oil]", "to take issue [with]". */
export const IDIOM_VERBS = new Set(['set', 'take', 'put', 'make', 'give', 'lay']);

/** Words of a comparison "as ... as": "was taking as much mud [as engineers were pumping]" (a title cut before the second "as"). */
export const AS_COMPARED_WORDS = new Set(['much', 'many', 'long', 'far', 'high', 'low', 'large', 'big', 'little', 'few', 'quickly', 'soon']);

/** Verbs of beginning, going on or ending whose -ing verb is what was begun: "to begin [using this safer dispersant]". */
// ("announced plans Monday to try attaching another pipe": "try" with an -ing verb is an attempt at it.)
export const BEGINNING_VERBS = new Set(['begin', 'start', 'continue', 'resume', 'stop', 'finish', 'keep', 'try']);

/** Where a person stands in a picture, between commas after the name: "Adm. Thad Allen, left, and ..." (a caption). */
export const CAPTION_POSITIONS = new Set(['left', 'right', 'center', 'centre']);

/**
 * Verbs that say nothing without the phrase of a preposition: "five year-seven pupils were diagnosed [with the virus]",
 * "was accused [of lying]" (events/candidates.ts `verb-without-what:needs-phrase`).
 */
/**
 * People one may lose to a death: "lost numerous constituents [in the 1988 bombing]". Without how, "lost" reads as
 * lost voters or staff (events/candidates.ts `title-cut:loss-without-how`).
 */
export const LOST_PEOPLE_NOUNS = new Set([
  'constituent',
  'relative',
  'family',
  'friend',
  'colleague',
  'son',
  'daughter',
  'husband',
  'wife',
  'father',
  'mother',
  'brother',
  'sister',
  'child',
  'one',
  'member',
  'worker',
  'man',
  'people',
  'resident',
  'citizen',
  'employee',
  'crew',
]);

/** Verbs of placing a thing, whose title is whole with where it went or what for (events/candidates.ts `verb-without-what:needs-phrase`). */
export const PLACING_VERBS = new Set(['place', 'attach', 'install', 'position', 'insert', 'put']);

export const NEEDED_PREPOSITIONS = new Map<string, string>([
  ['diagnose', 'with'],
  ['accuse', 'of'],
  // ("Officials were first notified Wednesday night about the oil on Freemason Island": notified of what.)
  ['notify', 'of|about'],
  // ("BP placed a containment cap [on the well] last week", "to try attaching another pipe [to a separate opening]":
  // a thing placed says nothing without where; the title keeps the phrase (`title:object-needs-its-phrase:placement`)
  // or is not written.)
  ['place', 'on|onto|over|in|into|atop|at|under|above|around|inside'],
  ['attach', 'to|onto'],
  ['install', 'on|in|at|over|atop|inside|onto'],
  ['position', 'over|on|above|atop|at'],
  ['insert', 'into|in'],
  // ("BP put a new tight-fitting cap [on the well] July 12", "The lack of disclosure put BP [under fire]", "Researchers
  // put the spill [at around 4.4 million barrels]", "have put underwater robots and equipment [in place]".)
  ['put', 'on|onto|in|into|over|at|under|to|behind|inside|atop|through'],
  // ("The Interior Department exempted BP's calamitous Gulf of Mexico drilling operation [from a detailed environmental
  // impact analysis]": exempted from what is the news.)
  ['exempt', 'from'],
  // ("BP links staff bonuses [to safety performance]", the BBC's headline of 19 October 2010: linked to what is the news.)
  ['link', 'to|with'],
]);

/**
 * Verbs of stopping or forbidding whose object's place phrase, when the sentence writes one, is the scope of the ban:
 * "In December Barack Obama ... banned new drilling [off the east coast and the eastern part of the Gulf of Mexico]",
 * "US suspends drilling [in Arctic Ocean]" ("banned new drilling" says everywhere; the judges failed both
 * as unfaithful). The title keeps the phrase or is not written (events/candidates.ts `title:object-needs-its-phrase:scope`);
 * with none written, "BP halted drilling" is whole.
 */
export const SCOPED_BAN_VERBS = new Set(['ban', 'suspend', 'halt', 'prohibit']);

/** The prepositions of a ban's scope (SCOPED_BAN_VERBS). */
export const SCOPE_PREPOSITIONS = new Set(['off', 'in', 'at', 'near', 'across', 'along']);

/**
 * Verbs whose object takes a noun after it that says what the object was declared or called: "The Department of
 * Homeland Security then declared the spill [an incident of \"national significance\"]"; the title keeps it
 * (events/candidates.ts `title:object-complement`) or is not written (`title:object-complement-cut`).
 */
export const OBJECT_NOUN_COMPLEMENT_VERBS = new Set(['declare', 'dub', 'deem', 'proclaim', 'pronounce', 'call']);

/**
 * Verbs whose bare use says nothing of what was begun: "said Yerby, who began in 1952", "The drilling of two relief
 * wells, which began in May" read as "Two relief wells began" (events/candidates.ts `title-cut:begun-what`), unless the
 * subject is itself a happening ("The leak began").
 */
export const BEGUN_WHAT_VERBS = new Set(['begin', 'start']);

/**
 * Degree words that make "different" a comparison that needs what it differs from: "Obama sang a much different tune
 * [to Cameron]" (events/candidates.ts `title-cut:compared-with-what`).
 */
export const COMPARISON_DEGREE_WORDS = new Set(['much', 'far', 'very', 'vastly', 'completely', 'totally', 'entirely']);

/**
 * Verbs whose content is a "that" clause, proved or shown as much as said: "offered to prove to Dudley [that there's still
 * plenty of oil]"; with the clause left out, the title is cut (events/candidates.ts `title-cut:content`).
 */
export const PROOF_VERBS = new Set(['prove', 'show', 'demonstrate']);

/**
 * Verbs that state a level, whose object says it only with the figure it is put "at" (events/title-grammar.ts
 * `title:object-keeps-its-figure`): "A Rasmussen Reports poll ... showed Jindal's state approval rating [at 74 percent]"
 * (Fox News, 28 July 2010; judged cut).
 */
export const LEVEL_STATING_VERBS = new Set(['show', 'put', 'estimate', 'peg', 'set', 'fix', 'forecast', 'project', 'see']);

/**
 * Words in "-er" that are no degree a level's "at" or "to" follows (events/clause-goes-on.ts `title:level-keeps-its-figure`,
 * which reads "down", "up", "off" and comparatives, "lower at 1.8218 marks"): "Japan's vehicle exports to Europe in
 * January rose 38 pct from a year earlier to 174,133 units" (Reuters, 1987) closes a time with "earlier", and "rose 38
 * pct earlier to 174,133 units" was garbled.
 */
export const NOT_DEGREE_WORDS = new Set([
  'earlier',
  'later',
  'after',
  'over',
  'under',
  'ever',
  'never',
  'together',
  'further',
  'rather',
  'other',
  'either',
  'neither',
  'whether',
  'per',
]);

/** Words English writes twice running ("had had", "that that"), no doubled word of the wire (`title-cut:doubled-word`). */
export const DOUBLED_IN_ENGLISH = new Set(['had', 'that', 'is']);

/**
 * Verbs of telling a person something, besides grammar.ts's ADDRESSEE_VERBS: "reassured Prime Minister David Cameron
 * [that his frustration ...]" (events/candidates.ts `title-cut:content`).
 */
export const REASSURING_VERBS = new Set(['reassure']);

/**
 * Verbs whose object's role is said with "as", kept in the title: "confirmed Sebelius [as health secretary]", "listed
 * Dr Lutz [as a consultant]" (events/candidates.ts, `title:object-needs-its-phrase:office`).
 */
export const ROLE_AS_VERBS = new Set(['confirm', 'list', 'nominate', 'choose', 'select', 'designate', 'install']);

/**
 * States a passive leaves its subject in, which the title keeps with the verb: "have been found [dead]", "was left
 * [homeless]" (events/candidates.ts `title:passive-complement`).
 */
export const STATE_COMPLEMENTS = new Set(['dead', 'alive', 'homeless', 'unconscious', 'guilty', 'missing', 'injured', 'safe']);

/**
 * Verbs whose passive tells its deed in the adjective after it, besides the object-complement verbs of grammar.ts and
 * OBJECT_COMPLEMENT_VERBS above: "after a national seamen's strike was ruled [illegal] last Friday" (Reuters 1987);
 * "A national seamen's strike was ruled" says another thing (events/candidates.ts `title:passive-state-complement`).
 */
export const RULING_VERBS = new Set(['rule', 'judge', 'certify']);

/**
 * Adjectives that open a place with "to", as a preposition does: "A dead baby whale was also found [close to the site]"
 * (BBC) tells where it was found, no state (events/candidates.ts `title:passive-state-complement`).
 */
export const NEARNESS_ADJECTIVES = new Set(['close', 'near', 'next', 'adjacent']);

/**
 * Verbs whose object is there for what the infinitive after it says: "used her first visit to the Gulf coast [to urge
 * Americans to ...]"; with the infinitive cut, the title is cut (events/candidates.ts `title:object-infinitive-cut`).
 */
export const PURPOSE_VERBS = new Set(['use']);

/**
 * Verbs whose object is kept from what "from" and an -ing verb after it say: "Weather and sea conditions prevented
 * officials [from trying another controlled burn]"; with that cut, "prevented officials" says nothing
 * (events/candidates.ts `title:object-gerund`, `title:object-gerund-cut`).
 */
/**
 * Verbs that say what something was called or taken for in an "as" phrase: "President Barack Obama referred to BP
 * [as "British Petroleum"]", "voted to label an Ottoman-era slaughter of Armenians [as "genocide"]". Cut before it,
 * the title says another thing (events/candidates.ts `title-cut-before-as`).
 */
export const AS_COMPLEMENT_VERBS = new Set(['refer', 'label', 'describe', 'brand', 'characterize', 'characterise', 'regard', 'classify', 'portray', 'dismiss']);

/**
 * Verbs whose object is taken some way, told by the adverb after it: "Wall Street today began to take Icahn's effort
 * [more seriously]" (events/candidates.ts `title:taken-how`, or no title: `title-cut:taken-how`).
 */
export const MANNER_TAKING_VERBS = new Set(['take', 'treat']);

/**
 * Adverbs in "-ly" that tell no manner of taking: focusing, frequency, likelihood, degree and time words. "Shell took
 * the decision only [after ...]" is not taken "only" (events/candidates.ts `title:taken-how`).
 */
export const NOT_MANNER_LY_ADVERBS = new Set([
  'only',
  'early',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'hourly',
  'quarterly',
  'likely',
  'unlikely',
  'nearly',
  'fully',
  'largely',
  'mostly',
  'partly',
  'merely',
  'hardly',
  'barely',
  'probably',
  'possibly',
  'reportedly',
  'allegedly',
  'apparently',
  'recently',
  'initially',
  'finally',
  'eventually',
  'previously',
  'currently',
  'immediately',
  'subsequently',
  'originally',
  'formerly',
]);

/**
 * Units an amount is measured in, which say nothing of what was measured without their "of" phrase: "accepted
 * Mexico's offer of two skimmers and 13,779 feet [of boom]" (events/candidates.ts `title:measure-of-phrase`).
 */
export const MEASURE_NOUNS = new Set([
  'barrels',
  'gallons',
  'litres',
  'liters',
  'tonnes',
  'tons',
  'feet',
  'metres',
  'meters',
  'miles',
  'kilometres',
  'kilometers',
  'acres',
  'pounds',
]);

/**
 * Units of distance, and the words after them that make "a mile beneath the Gulf" a place, not a doer: "Robots a
 * mile beneath the Gulf of Mexico positioned the inverted funnel-like lid" (events/candidates.ts
 * `subject-is-a-distance`).
 */
export const DISTANCE_UNITS = new Set(['mile', 'foot', 'metre', 'meter', 'kilometre', 'kilometer', 'yard']);
export const DISTANCE_PREPOSITIONS = new Set(['beneath', 'below', 'under', 'underneath', 'above', 'off', 'from', 'beyond', 'away', 'offshore', 'down']);

/** Nouns of a unit of time that make an amount a rate after "a" or "per": "70,000 barrels per day", "460,000 gallons of oil a day". */
export const RATE_TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute']);

export const PREVENTING_VERBS = new Set(['prevent', 'stop', 'keep', 'bar', 'ban', 'block', 'deter', 'discourage', 'prohibit', 'dissuade']);

/** Words before an object that a phrase after it restricts: "stopped all oil drilling [in the Gulf]". */
export const ALL_WORDS = new Set(['all', 'every']);

export const COMPLETING_PREPOSITIONS = new Set(['into', 'onto', 'about', 'against']);

export const MOVEMENT_PREPOSITIONS = new Set(['into', 'through', 'onto', 'against', 'across', 'past']);

/**
 * Nouns of a mood or an assessment as a subject: "Anger and doubt swept over the town", "any doubts were dispelled",
 * "fears brought a new threat". Feelings do nothing a timeline can date.
 */
export const MOOD_NOUNS = new Set([
  'anger',
  'fear',
  'fears',
  'doubt',
  'doubts',
  'hope',
  'hopes',
  'worry',
  'worries',
  'concern',
  'concerns',
  'skepticism',
  'scepticism',
  'frustration',
  'outrage',
  'anxiety',
  'anxieties',
  'optimism',
  'pessimism',
  'uncertainty',
  'suspicion',
  'suspicions',
  'fury',
  'dismay',
  'criticism',
  'accusations',
  // ("Expectations were rising of a further half-point cut in the Japanese discount rate", Reuters, 7 April 1987:
  // judged a state of the market's mind.)
  'expectations',
]);

/** What a statement was, when its object says only that one was made: "issued a statement", "made their comments". */
// ("Rahm Emanuel made the same observation Saturday on ABC's "This Week"": an observation made is a remark.)
// (A paper's headlines and editorials are news by what they say: "The Pioneer and Hindustan newspapers ran headlines
// last week repeating the charge that ...".)
export const STATEMENT_NOUNS = new Set([
  'statement',
  'statements',
  'comment',
  'comments',
  'remark',
  'remarks',
  'observation',
  'observations',
  'headline',
  'headlines',
  'editorial',
  'editorials',
]);

/** Verbs that make a statement ("issued a statement"), not those that act on one ("retracted his statement"). */
export const STATEMENT_MAKING_VERBS = new Set(['issue', 'release', 'make', 'give', 'deliver', 'read', 'run', 'carry']);

/**
 * Subjects whose blame or criticism is a finding, news by itself: "the inquiry blamed a series of errors", "the
 * commission blamed the accident on ...".
 */
export const FINDING_NOUNS = new Set(['report', 'investigation', 'inquiry', 'study', 'review', 'commission', 'probe', 'audit']);

/** "served as press secretary", "worked as a nurse": a role someone held, a background fact, not a happening. */
export const ROLE_VERBS = new Set(['serve', 'work']);

/**
 * Common nouns that name people or a body acting as one, heads of a headline's subject whose present tells the day's
 * news as a name's does: "MPs publish report on lessons from BP's Gulf of Mexico oil spill disaster", "Panel urges
 * major reforms", "US government takes BP to court over oil spill" (events/candidates.ts `headline:group-subject`).
 * Not "papers", "players", "people", nor a thing or an idea ("Gulf oil spill offers a lesson in capitalism"); nor one
 * company a headline does not name, "Energy firm beats expectations with £3.6 bn quarterly profit" (the Guardian of 27
 * April 2010: which firm, the line does not say).
 */
export const HEADLINE_GROUP_HEADS = new Set([
  'mps',
  'ministers',
  'lawmakers',
  'senators',
  'legislators',
  'officials',
  'authorities',
  'regulators',
  'government',
  'administration',
  'commission',
  'committee',
  'panel',
  'inquiry',
  'court',
  'judge',
  'jury',
  'police',
  'scientists',
  'researchers',
  'biologists',
  'doctors',
  'farmers',
  'fishermen',
  'residents',
  'workers',
  'activists',
  'protesters',
  'campaigners',
  'investors',
  'shareholders',
  'bosses',
  'executives',
]);

/**
 * Verbs of a thing reaching a place, a people or a figure, which a headline tells of its subject as the day's news:
 * "Swine flu outbreak reaches Europe" (BBC, 28 April 2009), "Swine flu shuts Eton as UK cases pass 200" (the Guardian,
 * 28 May 2009), "BP's total spill spending so far hits $2.65 bn" (events/candidates.ts `headline:thing-reaches`). Not
 * "offers", "gives", "puts", "causes": "Gulf oil spill offers a lesson in capitalism" is a feature's thesis.
 */
export const HEADLINE_REACHING_VERBS = new Set(['reach', 'hit', 'shut', 'spread', 'strike', 'kill', 'top']);

/** Verbs of a photo caption's scene ("A young heron sits dying amidst oil", "Birds fly past oil booms"): no happening. */
export const CAPTION_VERBS = new Set([
  'sit',
  'stand',
  'fly',
  'walk',
  'look',
  'wait',
  'watch',
  'rest',
  'lie',
  'float',
  'work',
  'pose',
  'gather',
  'swim',
  'wash',
  'show',
]);

/**
 * Verbs of a newsroom getting its material (candidates.ts, `report-sourcing`): "Copies of planned testimony, obtained
 * Monday by The Associated Press, brought into the open fissures ...", "The Washington Post obtained a copy of ...".
 * With a news outlet as the one who got it, the report's own sourcing, no happening of the story.
 */
export const SOURCING_VERBS = new Set(['obtain', 'see', 'review']);

/**
 * Verbs of a body's posture (candidates.ts, `state:posture`): "Patrick Shay, 43, sat on a porch swing of his cottage
 * in Grand Isle, Louisiana, on Sunday", "Several black men in town sat in a grassy area": a scene set for the story,
 * no happening ("sat down with" has its particle and stays; "stood at 9.5 percent" is a figure's level, told elsewhere).
 */
export const POSTURE_VERBS = new Set(['sit', 'lean', 'kneel', 'crouch', 'perch']);

/**
 * Heads of a market that is open or closed (candidates.ts, `state:market-closed`): "British markets were closed on
 * Monday but BP's Frankfurt-listed shares opened 8 percent lower": a market shut for a holiday is a state.
 */
export const MARKET_HEADS = new Set(['market', 'markets', 'exchange', 'exchanges', 'bourse', 'bourses']);

/**
 * Verbs of an extent or a weight, which with an amount as object tell a measurement, a state (candidates.ts,
 * `state:measure`): "The rainbow-colored sheen of oil stretched 20 miles by 20 miles on Saturday", "The first box sent
 * down last week weighed 100 tons", "a thin oil slick that covered more than 1,200 square miles in late April" ("oil
 * covered the beach" has no amount and stays).
 */
export const EXTENT_VERBS = new Set(['stretch', 'extend', 'span', 'measure', 'weigh', 'cover']);

/**
 * Units an extent or a weight is told in, beside MEASURE_NOUNS (candidates.ts, `state:measure`): "covered more than
 * 1,200 square miles".
 */
export const EXTENT_UNITS = new Set(['mile', 'kilometre', 'kilometer', 'foot', 'yard', 'ton', 'tonne', 'pound', 'kilogram', 'kilograms', 'kilos', 'hectares']);

/**
 * Participles of a valuation, which with "at" and an amount tell what something was worth, a state (candidates.ts,
 * `state:measure`): "At the start of last week, the company was valued at £122bn", "The pressure in the well was
 * measured Saturday morning at 6,745 pounds per square inch".
 */
export const VALUATION_PARTICIPLES = new Set(['valued', 'calculated', 'measured']);

/**
 * Participles of a naming (candidates.ts, `state:named-after`): "the partial meltdown of a Pennsylvania nuclear power
 * plant in 1979 was named after the facility where the incident occurred": how a thing came to be called is
 * background, and a date in its subject is the thing's own. After a title's phrase they give it its name ("a
 * containment dome called the top hat"; events/unplaced.ts `title:named-as`, which reads "known as" too).
 */
export const NAMING_PARTICIPLES = new Set(['named', 'called', 'dubbed', 'nicknamed']);

/**
 * Verbs of contending, whose complement is the sayer's case, not a fact (candidates.ts, `claim:argued`): "Federal
 * probation officer Mary Frances Barnes argued in an Anchorage federal court yesterday that a second spill in Alaska in
 * November last year constituted a violation of its probation" (what was argued did not happen by being argued; "said
 * the rig sank on Thursday" tells a fact and stays).
 */
export const CONTENDING_VERBS = new Set(['argue', 'allege', 'contend', 'claim', 'insist', 'maintain', 'assert']);
/**
 * Subordinators of a time or a contrast that the reporter tells beside an argued state (candidates.ts,
 * `claim:inside-what-is-argued` does not climb through them): "The company maintained its plant was safe until an
 * explosion killed 12 workers on Monday", "The minister insisted the economy was strong as the currency plunged".
 */
export const REPORTER_FRAME_MARKERS = new Set(['until', 'till', 'as', 'while', 'when', 'though', 'although']);

/**
 * Heads of a force of weather or sea, which in the past progressive tell what the weather was doing at a moment, a
 * scene (candidates.ts, `state:weather-at-work`): "Heavy seas on Friday were pushing the slick towards the coast",
 * "Forecasters said south-westerly winds on Monday were pushing the slick towards Florida".
 */
export const WEATHER_FORCE_HEADS = new Set(['wind', 'winds', 'sea', 'seas', 'wave', 'waves', 'current', 'currents', 'tide', 'tides', 'swell', 'swells']);

/**
 * Participles of a place seen full of people or things (candidates.ts, `state:scene`): "a conference room was packed
 * Tuesday with some big lumber from the legal profession": how a place looked is a scene, no happening. ("filled",
 * "covered" are left out: "the hole was filled with cement" is a thing done.)
 */
export const SCENE_PARTICIPLES = new Set(['packed', 'crowded', 'jammed', 'thronged', 'lined', 'dotted', 'strewn', 'littered']);

/**
 * Verbs of meeting a difficulty (candidates.ts, `state:facing`), with DIFFICULTY_NOUNS as their object: "BP confronted a
 * parallel escalation yesterday" frames what follows, it tells nothing done ("Protesters confronted Hayward" is a
 * happening; "face" is a state verb whatever its object).
 */
export const FACING_VERBS = new Set(['confront']);
/** What is faced rather than done: "confronted a parallel escalation", "confronted a dilemma". */
export const DIFFICULTY_NOUNS = new Set([
  'escalation',
  'challenge',
  'challenges',
  'dilemma',
  'crisis',
  'problem',
  'problems',
  'question',
  'questions',
  'pressure',
  'prospect',
  'threat',
  'choice',
  'task',
  'reality',
]);

/**
 * A document's own heads (candidates.ts, `view:urged-by-document`): "A U.N. Environment Programme report on Tuesday
 * urged businesses to take more account of their impact": what a report urges or recommends is its view, as what it
 * says is; a person or a body urging ("A U.S. lawmaker urged BP to provide more information", "the committee
 * recommended raising the pandemic threat level") did something that day.
 */
/**
 * Besides DOCUMENT_HEADS, what something is said in, whose date is the saying's: "indicated in an interview published on
 * Monday" (events/candidates.ts `date-scope:not-a-participle-of-another-noun` passes over them).
 */
export const SPOKEN_IN_NOUNS = new Set(['interview', 'letter', 'speech', 'memo', 'filing']);

export const DOCUMENT_HEADS = new Set(['report', 'study', 'paper', 'survey', 'analysis', 'document']);
/** Verbs of urging a course (with DOCUMENT_HEADS as subject, `view:urged-by-document`). */
export const URGING_VERBS = new Set(['urge', 'recommend', 'advise', 'encourage', 'exhort']);

/**
 * Heads of a subject that advises on the market: what they urge is advice, a view (candidates.ts
 * `view:advice-of-analysts`): "Some analysts today recommended clients not buy Burlington at its current levels".
 */
export const MARKET_ADVISER_HEADS = new Set(['analyst', 'analysts', 'broker', 'brokers', 'strategist', 'strategists']);
/** Whom market advisers advise (with MARKET_ADVISER_HEADS, `view:advice-of-analysts`): "recommended clients not buy Burlington". */
export const ADVISED_TRADER_HEADS = new Set(['client', 'clients', 'investor', 'investors', 'shareholder', 'shareholders', 'customer', 'customers']);
/** Verbs of a call on a stock (with MARKET_ADVISER_HEADS, `view:advice-of-analysts`): "recommended clients sell Boeing shares". */
export const STOCK_CALL_VERBS = new Set(['buy', 'sell', 'hold', 'avoid', 'accumulate']);

/**
 * Words before the verb of an imperative sentence (candidates.ts, `imperative-frame`): "Please also do not forget that a
 * pipeline owned by a BP subsidiary exploded near Bellingham, WA in 1999": a writer (a reader's comment, a columnist)
 * addressing the reader; what follows "that" is a reminder of background, no report of the day.
 */
export const IMPERATIVE_OPENERS = new Set(['please', 'also', 'just', 'do', "don't", 'dont', 'not', "n't", 'never', 'and', 'but', 'so']);
/** Verbs of an imperative that frame a reminder: "do not forget that", "remember that", "consider that". */
export const REMINDING_VERBS = new Set(['forget', 'remember', 'recall', 'note', 'consider', 'bear', 'keep', 'imagine', 'notice', 'realize', 'realise']);

/**
 * Verbs that set an earlier happening beside the news, as a precedent or a point of comparison (events/background-clauses.ts
 * `background:precedent-cited`): "The 1970 Shell blowout happened on a production platform, he notes", "noting that
 * the 1918 Spanish flu outbreak which killed tens of millions of people worldwide came in a series of increasingly
 * lethal waves", "contrasts with majority GOP support for federal efforts a few weeks after Katrina struck in 2005".
 */
export const PRECEDENT_FRAME_VERBS = new Set(['note', 'recall', 'remind', 'cite', 'contrast', 'compare', 'liken']);

/** Verbs of making known: "BP announced a $20bn fund" is a happening; "officials announced that ..." alone says nothing. */
export const ANNOUNCING_VERBS = new Set([
  'announce',
  'report',
  'confirm',
  'reveal',
  'disclose',
  'declare',
  'testify',
  'deny',
  'publish',
  'recommend',
  'hear',
  'discover',
]);

/**
 * Verbs of an empty "it", whose subject stands for no one (events/announcer-pronoun.ts): "announced it would take months
 * to drill the relief well", "said it would cost billions": the announcer is not what "it" names, and "BP announced it
 * would take months" tells nothing of BP.
 */
export const IMPERSONAL_IT_VERBS = new Set(['take', 'cost', 'seem', 'appear', 'mean', 'happen', 'matter', 'depend', 'remain', 'become', 'emerge', 'turn']);

/** Verbs of a proclamation, whose future-tense complement about a third thing is a prediction (events/candidates.ts `forecast:proclaimed`). */
export const PROCLAIMING_VERBS = new Set(['declare', 'proclaim']);

/**
 * Words opening an unnamed source after "according to": "The 1918 pandemic killed between 40 million and 100 million,
 * according to some estimates" (events/candidates.ts `hearsay:unnamed-estimate`).
 */
export const UNNAMED_SOURCE_OPENERS = new Set(['some', 'other', 'several', 'many', 'various', 'unofficial', 'conflicting']);

/** Verbs whose meaning is in their object: "took six months off", "made a misstep", "gave BP 24 hours". */
export const LIGHT_VERBS = new Set(['take', 'make', 'give', 'hold', 'put', 'set', 'do', 'bring', 'keep', 'reach', 'hit']);

/**
 * Verbs that tell a whole happening with their subject alone: "The rig sank", "11 workers died", "Shares fell".
 * A title of subject and verb only is kept for these (and for a passive or a phrasal verb); any other verb says
 * nothing without what it was done to: "BP released", "Workers noticed", "The company resumed".
 */
export const INTRANSITIVE_HAPPENINGS = new Set([
  'begin',
  'start',
  'end',
  'die',
  'explode',
  'sink',
  'collapse',
  'resign',
  'crash',
  'erupt',
  'burn',
  'fail',
  'open',
  'close',
  'rise',
  'fall',
  'drop',
  'jump',
  'surge',
  'plunge',
  'tumble',
  'slump',
  'soar',
  'climb',
  'rally',
  'arrive',
  'land',
  'retire',
  'occur',
  'happen',
  'spread',
  'leak',
  'rupture',
  'strike',
  'capsize',
  'drown',
  'recover',
  'escape',
  'flee',
  'riot',
  'protest',
  'vote',
  'expire',
  'disappear',
  'ground',
  'sail',
  'shut',
  'stall',
  'crumble',
  'topple',
  'apologize',
  'apologise',
  // ("Tropical storm Colin formed but dissipated far out in the Atlantic yesterday": a storm's or a slick's end.)
  'dissipate',
]);

/** Verbs of a happening between the members of a plural subject: "Scholz, Macron and Tusk met", "the two sides clashed". */
export const RECIPROCAL_VERBS = new Set(['meet', 'talk', 'clash', 'negotiate', 'collide', 'merge']);

/**
 * Verbs whose object receives what their "with" phrase names: "issued Transocean with an improvement notice", "hit BP
 * with a record $87 million fine" (events/candidates.ts `title:given-with`).
 */
export const GIVEN_WITH_VERBS = new Set(['issue', 'hit', 'slap', 'provide', 'supply', 'furnish', 'present', 'serve', 'equip', 'saddle']);

/**
 * Verbs of causing, wanting or perceiving whose object takes a past participle that tells what was done to it: "ordered
 * up to 200 jobs trimmed", "had its licence revoked", "wants the tax cut" (candidates.ts `title:object-participle`).
 */
export const OBJECT_PARTICIPLE_VERBS = new Set(['order', 'have', 'get', 'want', 'see', 'need', 'keep', 'leave', 'find', 'hear', 'watch']);

/** Verbs with two objects, the receiver first: "gave reporters a technical briefing", "sent Congress a letter". */
export const DOUBLE_OBJECT_VERBS = new Set(['give', 'send', 'offer', 'show', 'grant', 'hand', 'award', 'lend', 'owe', 'promise', 'tell', 'pay', 'cost']);

/**
 * Verbs of taking a person or a thing somewhere, whose object says nothing of the happening without where it was taken:
 * "Alicia Soto ... took her daughter [to the doctor] two weeks ago" (events/candidates.ts `title:object-needs-its-phrase:goal`).
 */
export const BRINGING_VERBS = new Set(['take', 'bring', 'carry', 'rush', 'drive', 'transport', 'airlift', 'ship', 'evacuate']);

/**
 * Verbs of sending or going somewhere beside BRINGING_VERBS, after which a dateline's "here" is where to: "U.S. troops
 * flew the hostages here on Saturday" (FRANKFURT, Reuters) is "flew the hostages to Frankfurt"
 * (events/read-alone.ts `title:here-written-as-goal`).
 */
export const HERE_AS_GOAL_VERBS = new Set(['fly', 'send', 'move', 'return', 'deport', 'transfer', 'come', 'travel', 'relocate', 'extradite']);

/** Spoken happenings complete in themselves: "gave his annual opening keynote [to the conference]" needs no recipient. */
export const SPOKEN_EVENT_NOUNS = new Set([
  'keynote',
  'speech',
  'address',
  'lecture',
  'interview',
  'presentation',
  'briefing',
  'sermon',
  'testimony',
  'eulogy',
]);

/** Verbs that link their subject to a complement: "became chief executive" tells something, "has become" alone nothing. */
export const LINKING_VERBS = new Set(['become', 'turn', 'grow', 'prove', 'come']);

/** Adverbs inside a verb group that a title drops: they place a happening in a story, not in the world ("BP also sold"). */
export const TITLE_DROP_ADVERBS = new Set([
  'also',
  'then',
  'later',
  'earlier',
  'subsequently',
  'now',
  'however',
  'meanwhile',
  'already',
  'finally',
  'just',
  'since',
  'still',
  'previously',
  'recently',
  'eventually',
  'ultimately',
  'even',
]);

/**
 * Adverbs inside a verb group that limit the happening and stay in its title, or the title says another thing:
 * "Dispersants were last used July 19" is not "Dispersants were used", "first reported", "only
 * agreed" (events/candidates.ts `title:limiting-adverb-kept`).
 */
export const TITLE_KEPT_LIMITING_ADVERBS = new Set(['last', 'first', 'only', 'never', 'again', 'nearly', 'almost']);

/**
 * Nouns that name a happening and can be dated where they stand: "a summit between Kim and Putin in June",
 * "after a meeting with Andrei Belousov on Friday", "North Korea’s dispatch of troops last month".
 */
export const EVENT_NOUNS = new Set([
  'meeting',
  'summit',
  'talks',
  'visit',
  'trip',
  'arrival',
  'treaty',
  'agreement',
  'pact',
  'accord',
  'deployment',
  'dispatch',
  'appointment',
  'election',
  'inauguration',
  'resignation',
  'withdrawal',
  'announcement',
  'invasion',
  'attack',
  'lawsuit',
  'ruling',
  'verdict',
  'settlement',
  'acquisition',
  'merger',
  'explosion',
  'blast',
  'collapse',
  'death',
  'launch',
  'fall',
  'capture',
  'bombing',
]);

/** Modifiers of a happening noun that is still to come or only possible: "the next meeting", "a planned visit". */
export const NOT_YET_MODIFIERS = new Set([
  'next',
  'upcoming',
  'planned',
  'proposed',
  'possible',
  'potential',
  'future',
  'expected',
  'scheduled',
  'forthcoming',
  'coming',
  'likely',
  'any',
  'no',
]);

/**
 * Adjectives before "to" that set a thing beside another: "software disputes similar to those between Fujitsu and IBM"
 * (events/candidates.ts `participants:what-it-is-like`).
 */
export const LIKENESS_ADJECTIVES = new Set(['similar', 'comparable', 'identical', 'akin', 'analogous']);

/** Prepositions after a happening noun that introduce its participants: "a meeting with ...", "talks between ... and ...". */
export const PARTICIPANT_PREPOSITIONS = new Set(['of', 'with', 'between', 'by', 'against', 'among', 'to']);

/**
 * Nouns of a setting in time or place whose "of" phrase names where or when, no participant: "imposed the moratorium
 * in the wake of the BP disaster", "a hearing on the current status of the BP oil spill cleanup effort", "at the start
 * of the BP spill" (candidates.ts `participants:of-phrase-on-setting`). Not "in the devastation of Hurricane Katrina"
 * (what did it) nor "as part of the WHO's efforts" (whose deed it is).
 */
export const SETTING_NOUNS = new Set(['wake', 'aftermath', 'start', 'beginning', 'end', 'middle', 'midst', 'height', 'status', 'site', 'scene', 'eve']);

/** Happenings that befall a thing named after "on" or "at": "the explosion on the Deepwater Horizon rig", "a fire at the refinery". */
export const BLAST_NOUNS = new Set(['explosion', 'explosions', 'blast', 'fire', 'fires', 'blowout', 'accident', 'collision']);

/**
 * Happenings besides BLAST_NOUNS that a place phrase can follow and a ", which" after it describe: "the Piper Alpha
 * oil platform explosion and fire in the British North Sea, which killed nearly 170 people" (nlp/clause-rules.ts
 * `which-skips-place-of-happening`).
 */
export const DISASTER_NOUNS = new Set(['spill', 'spills', 'disaster', 'crash', 'sinking', 'leak', 'eruption', 'earthquake', 'bombing', 'attack']);

/**
 * Forces of nature that strike a place (events.ts `actors:place-struck-by-nature`): "Blizzards lashed Greece today",
 * "an earthquake which shook Ecuador and southern Colombia last night" (Reuters 1987, the judges: "Greece is only the
 * location of the blizzards"). What such a subject hits is where it happened, no participant.
 */
export const NATURAL_FORCE_NOUNS = new Set([
  'earthquake',
  'earthquakes',
  'quake',
  'quakes',
  'tremor',
  'tremors',
  'storm',
  'storms',
  'snowstorm',
  'snowstorms',
  'rainstorm',
  'rainstorms',
  'hurricane',
  'typhoon',
  'cyclone',
  'tornado',
  'tornadoes',
  'flood',
  'floods',
  'flooding',
  'rain',
  'rains',
  'snow',
  'snows',
  'blizzard',
  'blizzards',
  'drought',
  'frost',
  'frosts',
  'gales',
  'winds',
  'avalanche',
  'landslide',
  'landslides',
  'mudslide',
  'mudslides',
  'tsunami',
  'eruption',
  'weather',
]);

/** Adjectives that make the clause after them a likelihood, not a fact: "it was likely that ...". */
/**
 * Adverbs that hedge the word after them, or say it held only at first, which a title keeps: "the potentially
 * climate-warming methane", "BP shares initially fell around 1 percent [..., but recovered]" (events/candidates.ts
 * `title:hedge-kept`).
 */
export const HEDGE_ADVERBS = new Set([
  'potentially',
  'possibly',
  'probably',
  'allegedly',
  'reportedly',
  'apparently',
  'presumably',
  'supposedly',
  'seemingly',
  'initially',
  'originally',
  // ("The company ... effectively declared war Friday by calling the tragedy \"preventable\"": without it the figure
  // of speech reads as a literal war; these say the verb holds only in effect, in part or nearly.)
  'effectively',
  'virtually',
  'practically',
  'essentially',
  'partly',
  'partially',
  'largely',
  'mostly',
]);

/**
 * Words before a subject's number that make it an approximation or a bound, which a title keeps: "as many as 159
 * deaths", "at least 20 people", "nearly 300 birds" (events/candidates.ts `title:approximation-kept`).
 */
export const AMOUNT_HEDGES = new Set([
  'as many as',
  'as much as',
  'as few as',
  'at least',
  'at most',
  'up to',
  'more than',
  'less than',
  'fewer than',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'over',
  'under',
]);

export const HEDGE_ADJECTIVES = new Set(['likely', 'unlikely', 'possible', 'probable', 'plausible', 'conceivable', 'doubtful']);

/**
 * Nouns of what is told by nobody named: "there were reports that Hayward had held similar discussions in 2007",
 * "Reports this week suggest that ... a senior BP executive lobbied". What they tell is hearsay, not a fact
 * (events/candidates.ts `hearsay`).
 */
export const HEARSAY_NOUNS = new Set(['reports', 'rumours', 'rumors', 'speculation', 'suggestions', 'allegations', 'claims']);
/** Words that stand in for a noun named elsewhere: "the last", "the one", "the latter". */
export const STAND_IN_HEADS = new Set([
  'last',
  'first',
  'second',
  'third',
  'latter',
  'former',
  'other',
  'others',
  'one',
  'ones',
  'latest',
  'next',
  'previous',
  'rest',
  'same',
]);

/** Verbs that measure one thing against another: a date after them is the other's ("surpassed the 1989 spill"). */
export const COMPARISON_VERBS = new Set(['surpass', 'exceed', 'eclipse', 'dwarf', 'overtake', 'outstrip', 'rival', 'compare', 'outpace']);
/**
 * Verbs whose object is what is talked over, no party to the talk: "US President Barack Obama and UK Prime Minister
 * David Cameron discussed BP's problems at the G20 summit" (events.ts `actors:topic-of-discussion`).
 */
export const DISCUSSION_VERBS = new Set(['discuss', 'debate']);

/**
 * Heads of a subject that describes the company an article is about: "the company", "the oil giant", "the firm". Read
 * also by segment.ts (`acronymOpensPiece`: an acronym after one of them opens no sentence) and document.ts
 * (`DESCRIBES_NAME`: a headline run into the text), so a word added here changes sentence and headline splitting too.
 */
export const COMPANY_DESCRIPTIONS = new Set([
  'company',
  // ("Until last year, the federal government had subsidized synfuels development through the U.S. Synthetic Fuels Corp.
  // ... The corporation was shut down last April" (Reuters 1987; alone, "'The corporation' has no known
  // referent"): the one organisation named just before, as for "the company".)
  'corporation',
  'firm',
  'giant',
  'major',
  'group',
  'driller',
  'operator',
  'carrier',
  'airline',
  'insurer',
  'lender',
  'bank',
  'carmaker',
  'drugmaker',
  'retailer',
  // ("established by the Organization of Petroleum Exporting Countries (OPEC) at its December meeting when the cartel set
  // a 15.8 mln barrel per day production ceiling": the one organisation named just before, as for "the company".)
  'cartel',
]);

/**
 * Heads of COMPANY_DESCRIPTIONS that describe a body of states or an institution, not a firm: the one organisation named
 * before is theirs even when it is an institution of the lexicon ("established by the Organization of Petroleum Exporting
 * Countries (OPEC) at its December meeting when the cartel set a 15.8 mln barrel per day production ceiling").
 */
export const INSTITUTION_DESCRIPTIONS = new Set(['cartel']);

/**
 * Heads that describe the one trade union named near them, as COMPANY_DESCRIPTIONS the one company (events.ts
 * `subject:company-named-before`, events/named-nearby.ts `subject:organisation-named-in-sentence`): "The UAW leader said
 * the company and the union agreed in principle in 1985" (Reuters 1987; unreadable alone as "The union agreed in
 * principle"). Only a union's name stands for it, never a company's (events/named-nearby.ts `unionName`).
 */
export const UNION_DESCRIPTIONS = new Set(['union']);

/**
 * Verbs that voice a view (with VIEW_OBJECT_NOUNS): "expressed concerns", "voiced support", "raised doubts". ("BP has
 * given its considered opinion", "offered his condolences": given or offered, a view is still a view.)
 */
// ("vented his frustrations with BP": vented, a feeling is voiced. "He said Baker had indicated receptivity to Latin
// America's position during talks yesterday" (Reuters, March 1987; judged "a speaker's reading of Baker's attitude, a
// view"): an attitude indicated or signalled is voiced as well.)
export const VOICING_VERBS = new Set(['express', 'voice', 'air', 'raise', 'share', 'state', 'convey', 'give', 'offer', 'vent', 'indicate', 'signal']);

/**
 * Verbs that say again what was said before: "Sen. Mary Landrieu reiterated her call to end the moratorium", "Hayward
 * reiterated the promise". Nothing new happened on the day it was repeated.
 */
export const REPEATING_VERBS = new Set(['reiterate', 'restate', 'reaffirm']);

/**
 * Verbs that with "for" make a demand, not a thing done: "lawyers ... pushed for a much quicker schedule", "Democrats
 * pressed for new legislation".
 */
export const DEMANDING_VERBS = new Set(['push', 'press', 'clamour', 'clamor']);

/**
 * Past participles that with "be" and an infinitive tell a plan: "The action on Thursday was set to move back to the
 * courts", "The House was poised to pass a bill", "the hearing is scheduled to start".
 */
// ("Earlier on Friday, the company was prepared to oppose a plaintiffs' motion": ready to, not done.)
export const PLAN_PARTICIPLES = new Set(['set', 'poised', 'due', 'scheduled', 'slated', 'prepared']);

/**
 * Subjects that are a period of the calendar: "Hurricane season officially started on 1 June" tells the calendar, not a
 * happening (a season "was opened" by someone is a decision and stays).
 */
export const CALENDAR_HEADS = new Set(['season']);

/** Verbs by which a period of the calendar begins or ends (with CALENDAR_HEADS). */
export const CALENDAR_VERBS = new Set(['start', 'begin', 'open', 'end', 'close', 'finish']);

/**
 * Subjects that are someone's repute (after a possessive): "Browne's star had already been tarnished by a 2005
 * explosion", "BP's reputation was hurt by the Texas City refinery fire", "BP's credibility took a further hit". A
 * state of standing, not a happening; what hurt it is its own clause.
 */
export const REPUTATION_HEADS = new Set(['star', 'reputation', 'credibility', 'standing', 'prestige']);

/** Verbs that ask someone to come to a happening: the date after their "to" is that happening's (events.ts). */
export const INVITING_VERBS = new Set(['invite', 'summon']);

/**
 * Objects that are a forecast (with VOICING_VERBS): "a Reuters poll of 11 analysts gave an average forecast of $4.98
 * billion for BP's underlying net profits". What is expected has not happened.
 */
export const FORECAST_NOUNS = new Set(['forecast', 'forecasts', 'prediction', 'predictions', 'projection', 'projections']);

/** Objects that are a view, not a thing done: "expressed concerns", "rejected the notion that ...". */
export const VIEW_OBJECT_NOUNS = new Set([
  'concern',
  'concerns',
  'doubt',
  'doubts',
  'fear',
  'fears',
  'hope',
  'hopes',
  'optimism',
  'skepticism',
  'scepticism',
  'support',
  'opposition',
  'frustration',
  'regret',
  'confidence',
  'sympathy',
  'condolences',
  'outrage',
  'notion',
  'idea',
  'suggestion',
  'view',
  'views',
  'objections',
  // "The government this week raised the question of whether BP took incremental shortcuts": a question raised is a doubt voiced.
  'question',
  'questions',
  // "Travellers quarantined in a Hong Kong hotel ... expressed dismay on Saturday at the tough steps", "Mr David Cameron
  // expressed his sadness": a feeling voiced.
  'dismay',
  'sadness',
  'sorrow',
  'disappointment',
  'anger',
  // "BP has given its considered opinion", "reiterated her call to end the moratorium": a view or a demand voiced.
  'opinion',
  'opinions',
  'call',
  'calls',
  // "William K. Reilly, co-chairman of the presidential commission, expressed amazement at BP’s case Friday",
  // "Obama expressed unease at the amount of money the company was spending": a feeling voiced is a reaction.
  // ("offer relief" is aid given, no feeling: not here.)
  'amazement',
  'astonishment',
  'surprise',
  'alarm',
  'shock',
  'disbelief',
  'unease',
  'satisfaction',
  'dissatisfaction',
  'displeasure',
  'disgust',
  // "Dillon ... elaborated on his experiences in the Gulf and vented his frustrations with BP" (Guardian, 2010; a
  // quote of views, no happening): a feeling vented is a view.
  'frustrations',
  // "Baker had indicated receptivity to Latin America’s position" (Reuters, March 1987): an attitude to another's view.
  'receptivity',
  'sympathies',
  // "In interviews on Wednesday, BP’s managing director, Bob Dudley, raised the possibility of success before the end of
  // July" (Washington Post, July 2010; judged "a forecast/view, not a happening"): a possibility raised is a guess voiced.
  'possibility',
]);

/**
 * Nouns of a readiness to act, which say nothing without the act: "Both the union and American Motors this week have
 * voiced willingness to return to the negotiating table" (Reuters, March 1987) is a stance announced when its
 * infinitive is in the title, and "voiced willingness" alone says not to do what (events/needed-phrase.ts
 * `title:stance-keeps-act`, `title-cut:stance-without-act`).
 */
export const STANCE_NOUNS = new Set(['willingness', 'readiness', 'eagerness', 'unwillingness', 'reluctance']);

/**
 * Verbs by which a view of someone is received or drawn (with RECEIVED_VIEW_NOUNS): "Obama's more aggressive response
 * brought rare praise today from a senior Republican", "Svanberg also attracted criticism last week", "Helen Mirren
 * also took some flak in the British press". What others thought of it is comment, not a thing done.
 */
export const VIEW_RECEIVING_VERBS = new Set(['bring', 'draw', 'attract', 'win', 'earn', 'receive', 'take', 'prompt', 'spark']);

/** Views received (with VIEW_RECEIVING_VERBS). */
export const RECEIVED_VIEW_NOUNS = new Set(['praise', 'criticism', 'flak', 'condemnation', 'scorn', 'ire', 'applause', 'plaudits', 'derision', 'ridicule']);

/**
 * Heads that measure out the noun of their "of" phrase: "A device ... offered a measure of optimism Sunday", "a note
 * of caution", "a glimmer of hope": the view is the "of" noun (VIEW_OBJECT_NOUNS, MOOD_NOUNS).
 */
export const MEASURE_OF_HEADS = new Set(['measure', 'degree', 'sense', 'note', 'glimmer', 'ray', 'hint', 'bit', 'dose']);

/** A mood told by an idiom, as "verb object-head": "industry players were crossing their fingers on Thursday". */
export const MOOD_IDIOMS = new Set(['cross fingers', 'hold breath']);

/**
 * Units of a span of time that "take" measures (with a number): "the 1989 Exxon Valdez oil-spill disaster, which, by
 * some estimates, took four years and $2.2 billion for Exxon to clean up", "A similar spill ... took 10 weeks to bring
 * under control": how long something lasted is a measure, no happening on a day.
 */
export const DURATION_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'decade', 'decades']);

/** Objects that leave a light verb as empty as it was: "took time", "took a step", "made a move". */
export const LIGHT_OBJECTS = new Set(['time', 'step', 'steps', 'move', 'moves', 'look', 'part', 'place', 'note', 'stand', 'turn']);

/** Nouns of a person, one of many: the core both of GENERIC_HEADS and of DESCRIBED_PERSON_HEADS. */
export const PERSON_HEADS = new Set([
  'man',
  'men',
  'woman',
  'women',
  'boy',
  'boys',
  'girl',
  'girls',
  'child',
  'children',
  'patient',
  'patients',
  'person',
  'victim',
  'victims',
]);

/** Nouns that name one of many, not one thing: "the man died", "the company reported a loss" in two reports may be two men, two companies (merge.ts subjectKey). */
export const GENERIC_HEADS = new Set([
  ...PERSON_HEADS,
  'people',
  'worker',
  'workers',
  'resident',
  'residents',
  'official',
  'officials',
  'student',
  'students',
  'company',
  'companies',
  'firm',
  'firms',
  'group',
  'bank',
  'banks',
  'government',
  'ministry',
  // ("The department had given its tentative approval of the acquisition in January", Reuters 1987: which
  // department? Named by the article’s "U.S. Department of Transportation" when it stands just before, candidates.ts
  // `namesItsNounBeforeOf`; "The department of wildlife and fisheries" says which.)
  'department',
  'agency',
  // (which organization owns the emergency committee that raised its pandemic threat level)
  'organization',
  'country',
  'countries',
  'state',
  'states',
  'city',
  'airline',
  'carrier',
  'court',
  'council',
  'shares',
  'stock',
  'stocks',
  'prices',
  'index',
  'market',
  'markets',
]);

/**
 * Things of which there are many, as GENERIC_HEADS, that a timeline's reader cannot place from "the" and the noun
 * alone (events/candidates.ts `definiteUnnamed`, `subject-cannot-be-placed:definite`, and as an owner,
 * `definite-owner`). Unlike GENERIC_HEADS, the article's own name for one is still sought far before
 * (`subject:named-in-article`), and two reports of "the agreement" may still be one (merge.ts).
 */
export const UNNAMED_THING_HEADS = new Set([
  // (Reuters 1987, first look: "The December agreement set an overall output ceiling for OPEC" became "The agreement
  // set ..." once its month went to the date; "Ali said the conference, which began Thursday and ended Saturday evening"
  // became "The conference ended"; "the kingdom’s exports from Gulf ports averaged one mln bpd", "the region’s debt rose
  // by only 2.8 pct", "when the military bowed out after 21 years of rule": which accord, meeting, kingdom, region or
  // army, only the article says. "By the time the fund was wrapped up in 2005": in a timeline of the BP spill a reader
  // takes it for BP’s fund, which it is not.)
  'agreement',
  'accord',
  'pact',
  // ("Commerzbank AG was sole manager for the deal ... The deal was quoted on the 1-7/8 pct total fees": a deal of many.)
  'deal',
  'conference',
  'kingdom',
  'emirate',
  'region',
  'military',
  'fund',
  // ("The vaccine was introduced in 2000 in the United States and resulted in a sharp drop in pneumococcal disease",
  // on a flu timeline it reads as the flu vaccine; which vaccine, only the article says.)
  'vaccine',
  // (Wire copy tells of a deal, then of "the merger", "the sale", "the unit" in the next sentences: "The merger was
  // completed", "The unit posted a loss" say whose only in the article, which names them as it did or drops them. A
  // unit, a subsidiary, a utility may be a company of the one named before, not it: no COMPANY_DESCRIPTIONS.)
  'merger',
  'acquisition',
  // ("The buyback and the restructuring were triggered in November, after companies controlled by Ronald Perelman ...
  // acquired about 7.6 pct of CPC's then outstanding stock" (wire copy, 1987; the judges: "'the buyback and the
  // restructuring' of whom is unknown"): a company's buyback or restructuring of many.)
  'buyback',
  'restructuring',
  'takeover',
  'transaction',
  'sale',
  'purchase',
  'contract',
  'loan',
  'settlement',
  'unit',
  'subsidiary',
  'utility',
  // (judged unreadable: "Among the worst oil spills ever, the tanker dumped more than 10 million gallons of crude
  // oil into Alaska's Prince William Sound in March 1989" after "The Exxon Valdez disaster is a similar and telling
  // example", "The charter plane taking Mexicans out of China landed in Shanghai": a craft of many, in a story of many
  // ships, planes and flights, is placed only by the name the article gave it ("the tanker Exxon Valdez ... The tanker
  // ran aground", `subject:named-earlier-by-name`). Not "well", "rig", "cap": the story's one well, rig or cap a
  // timeline's reader places ("The well was capped", "The leaking well was closed off"; hiding those took 227 events,
  // candidates.ts `definiteUnnamed`); "the relief well" is the story's too, and its "second" says which.)
  'tanker',
  'ship',
  'vessel',
  'boat',
  'plane',
  'aircraft',
  'jet',
  'helicopter',
  // ("Early Thursday morning the scientists and federal officials wolfed down danishes": a group of many the article
  // told of before.)
  'scientists',
  'researchers',
  'experts',
]);

/** First words of a subject that name no particular thing: "a rig", "another rig", "several wells". */
export const INDEFINITE_WORDS = new Set(['a', 'an', 'another', 'some', 'one', 'two', 'three', 'several', 'many', 'few', 'no', 'each', 'every', 'any']);

/**
 * Nouns of an article's spill or of what it comes from, named by the spill's name when the article names no other one:
 * "the leak", "the well", "the disaster" of "the Gulf of Mexico oil spill" (events/candidates.ts `namedBySpill`,
 * `named-in-article:by-named-spill`; an article that tells of "a relief well" or "the financial crisis" names none).
 * Not "pipe", "rig", "cap": no spill is named by them.
 */
export const SPILL_SOURCE_NOUNS = new Set(['leak', 'well', 'disaster', 'crisis']);

/** Nouns of an oil spill whose name names its leak (SPILL_SOURCE_NOUNS): "the Gulf of Mexico oil spill". */
export const SPILL_NOUNS = new Set(['spill']);

/**
 * Words before a noun that tell the state of the one thing an article is about and pick out no other of its kind:
 * "The ruptured well unleashed a torrent of crude", "The ensuing spill has fouled 120 miles of U.S. coastline" (the
 * far namer, events/candidates.ts `namedInArticle`, names it as the article named it before). Not "relief",
 * "previous", "first", "second", "new", "other": those may be another one.
 */
export const SAME_THING_MODIFIERS = new Set([
  'ruptured',
  'damaged',
  'leaking',
  'stricken',
  'crippled',
  'blown-out',
  'runaway',
  'gushing',
  'ensuing',
  'resulting',
  'subsequent',
  'growing',
  'spreading',
  'unchecked',
  'massive',
  'huge',
  'giant',
  'catastrophic',
  'doomed',
  'tragic',
  'oil',
]);

/** Prepositions whose phrase, when it holds a name, says which thing a subject is: "the leak from BP's well". */
export const SUBJECT_NAMING_PREPOSITIONS = new Set(['in', 'from', 'at', 'on', 'off', 'near']);

/**
 * Prepositions whose phrase tells what an abstract noun is of, not where it is (events/candidates.ts
 * `title:bare-noun-keeps-its-complement`): "responsibility for the claims", "a ban on drilling", "control over the well".
 */
/**
 * Nouns of a count, which say nothing of what they count without an "of" phrase or a noun before them (events/placed.ts
 * `subject-cannot-be-placed:count-of-what`): "The total UK figure jumped to 1,320".
 */
export const COUNT_NOUNS = new Set(['figure', 'number', 'total', 'tally']);

export const COMPLEMENT_PREPOSITIONS = new Set(['for', 'on', 'over', 'about', 'against']);

/**
 * Prepositions whose phrase also places a noun with no name, after those of SUBJECT_NAMING_PREPOSITIONS: "BP managed
 * to place a cap [over the leaking oil pipe]", "confirmed the presence of low levels of oil [below the surface]" (in a spill
 * story, oil found says nothing without where) (events/candidates.ts `title:placing-phrase`).
 */
export const PLACING_PREPOSITIONS = new Set(['over', 'below', 'beneath']);

/**
 * Prepositions whose phrase places a noun only when it holds a name: "The Centre [for Biological Diversity] petitioned",
 * "BP finally choked off the flow of oil [into the Gulf of Mexico]" ("the flow of oil" fails readable).
 */
export const NAMED_PLACING_PREPOSITIONS = new Set(['for', 'into']);

/**
 * Heads that say which thing they are only with what they belong to or are of: "The pressure [in the well]
 * dropped", "A group [of oil and gas company representatives] met", "Crews sprayed the material", "The reports
 * boosted BP's shares", "The first case was recorded". Without a name, an owner or a phrase that places them, a
 * title with one of these as its subject, or its definite object, is one a reader cannot place (events/candidates.ts
 * `unplaceablePhrase`). Not the story's own things ("the well", "the rig", "the spill", "the explosion", "the
 * virus"): a reader of a timeline about one spill or one pandemic knows which (docs/events.md).
 */
// (Not "the region", "the area": in a timeline of a spill on one coast, "Obama toured the region" is placed.)
export const UNPLACEABLE_HEADS = new Set([
  'pressure',
  'project',
  'projects',
  'group',
  'groups',
  'team',
  'agency',
  'material',
  'materials',
  'substance',
  'procedure',
  'process',
  'report',
  'reports',
  'case',
  'cases',
  'amount',
  'volume',
  'platform',
  'news',
  'downturn',
  'firm',
  'firms',
  'company',
  'companies',
  'country',
  'shares',
  'issue',
  'matter',
  'situation',
  'measure',
  'measures',
  'proposal',
  'figure',
  'figures',
  'document',
  'documents',
  'stretch',
  'operation',
  'program',
  'programme',
  'effort',
  'efforts',
  'round',
  'total',
  'number',
  'state',
  'states',
  'aftermath',
  // ("In 2003, BP and the AAR Consortium ... created the joint venture", "Bob Dudley ... had to leave the post and the
  // country": which venture or post, the title cannot say.)
  'venture',
  'post',
  // ("The area was closed June 14", "said Chris Roberts, a local official who surveyed the area Friday morning", "The
  // 25-year-old man had arrived in the territory": which area, the article told before; "the area around the well",
  // "the area closed to fishing" say it.)
  'area',
  'territory',
  // ("Apple Inc. released a new lineup of MacBook Air laptops": a lineup, series or batch is of what its "of" phrase
  // says; "released a new lineup" reads as cut off.)
  'lineup',
  'series',
  'batch',
  // ("Seixas, director of the Brazilian central bank’s foreign debt department, met the full panel on Tuesday": which
  // panel, the article told before.)
  'panel',
  // ("It said IMF Managing director Michel Camdessus made the pledge during talks with Moi", "The government's National
  // Resistance Army (NRA) closed the road on Friday" (Reuters, March 1987): which pledge, which road, the article told
  // before; the judges failed both as unreadable.)
  'pledge',
  'road',
]);

/**
 * Heads a bare "the" leaves unplaced as the verb's object only ("crews had to evacuate the site last week": which
 * site?); after a preposition they say where ("began pumping dispersant on the site", "footage from the site"), and
 * stay (candidates.ts, `object-cannot-be-placed`).
 */
export const UNPLACEABLE_OBJECT_HEADS = new Set(['site']);

/** Of UNPLACEABLE_HEADS, those an indefinite subject leaves unplaced too: "A group met", "A team upped its estimate" ("A report ... raised six points" introduces its report). */
export const COLLECTIVE_HEADS = new Set(['group', 'groups', 'team']);

/**
 * Nouns of kin or a people, whose "of" phrase naming a place says where they are from (nlp/clause-rules.ts
 * `relative-skips-place-of-origin`): "the Haft family of Washington, which last year made a bid for Safeway".
 */
export const ORIGIN_PEOPLE_HEADS = new Set(['family', 'families', 'clan', 'dynasty', 'people', 'tribe']);

/** Of UNPLACEABLE_HEADS, those a number does not place: "6.25 million shares were sold", "Two firms rallied" (whose?); "Five new cases were diagnosed" is a figure. */
export const OWNED_HEADS = new Set(['shares', 'firms', 'companies']);

/** Nouns the tagger may read as the verb after "was": "Amon was part of a Texas A&M team" states a membership (candidates.ts, `state:copula`). */
export const BE_NOUN_HEADS = new Set(['part']);

/** Participles of a photo caption that describe who is in the picture: "Mr Reilly, shown at Monday's meeting, ...", "(pictured)" (candidates.ts, `photo-caption`). */
export const PICTURE_PARTICIPLES = new Set(['shown', 'pictured', 'photographed', 'depicted']);

/**
 * Verbs of where something lies, told in the progressive: a position, not a happening (candidates.ts, `state:position`):
 * "the center of the depression was lying 125 miles west-south-west of Sarasota".
 */
export const POSITION_VERBS = new Set(['lie', 'sit', 'stand', 'hover', 'float']);

/** Participles of where something is, with "be" (candidates.ts, `state:position`): "The hurricane was located about 255 miles south-east of Brownsville". */
export const POSITION_PARTICIPLES = new Set(['located', 'centered', 'centred', 'situated', 'positioned', 'parked', 'moored', 'anchored', 'docked']);

/**
 * Words after "was trading" that give a price level (candidates.ts, `state:price-level`): "Oil was trading around $74
 * a barrel Friday" tells where a price stood, not a trade made.
 */
export const PRICE_LEVEL_WORDS = new Set(['at', 'around', 'near', 'above', 'below', 'up', 'down', 'higher', 'lower', 'flat', 'unchanged']);

/**
 * Forms of being on the way somewhere, with "to", "for", "toward", "back" or "home" after them (candidates.ts,
 * `state:under-way`): "Obama, who was headed to Chicago Thursday night, will not be at Arlington" tells a trip under
 * way, not an arrival; "was heading for a record loss" a course.
 */
export const UNDER_WAY_FORMS = new Set(['headed', 'heading', 'bound']);

/** Words after an on-the-way form that say where to (candidates.ts, `state:under-way`). */
export const UNDER_WAY_PREPOSITIONS = new Set(['to', 'for', 'toward', 'towards', 'back', 'home', 'into']);

/**
 * Happenings that are arranged ahead, as an object of the verb that arranges them (events.ts,
 * `date:weekday-ahead-in-article`): "the European Commission convened an emergency meeting of the health ministers ...
 * on Thursday" when the same article says the ministers "are to meet on Thursday".
 */
export const ARRANGED_HAPPENING_NOUNS = new Set(['meeting', 'summit', 'talks', 'hearing', 'session', 'conference', 'vote', 'visit']);

/**
 * Verbs of how well someone handled something, a writer's judgment of conduct, not a happening (candidates.ts,
 * `assessment`): "In 2005, President George W. Bush stumbled in dealing with Hurricane Katrina".
 */
export const JUDGED_CONDUCT_VERBS = new Set(['stumble', 'bungle', 'mishandle', 'botch', 'fumble', 'flounder', 'falter', 'blunder']);

/**
 * Verbs of handling, with a JUDGED_MANNER_ADVERBS adverb right before or after the verb (candidates.ts, `assessment`):
 * "Britain's worst-ever oil spill in 1967 was handled disastrously": how well it was handled is a judgment.
 */
export const HANDLING_VERBS = new Set(['handle', 'manage', 'run', 'conduct']);
/** How well something was handled: "handled disastrously", "badly managed". */
export const JUDGED_MANNER_ADVERBS = new Set([
  'disastrously',
  'badly',
  'poorly',
  'brilliantly',
  'ineptly',
  'clumsily',
  'terribly',
  'appallingly',
  'shambolically',
  'incompetently',
  'competently',
  'admirably',
  'woefully',
  'abysmally',
]);

/**
 * Count words before "times" that make the phrase after it a multiple, not the subject: "As much as 1 million times
 * the normal level of methane gas has been found" (events/candidates.ts `subject-after-multiplier`).
 */
export const MULTIPLIER_COUNTS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'hundred',
  'thousand',
  'million',
  'billion',
  'many',
  'several',
];

/**
 * Adverbs of direction written between a verb and its object, which the verb needs as a particle: "Tony Hayward
 * yesterday drastically scaled upwards his assessment of the spill" (events/candidates.ts `title:direction-adverb`;
 * "scaled his assessment" says neither way).
 */
export const DIRECTION_ADVERBS = new Set(['upwards', 'upward', 'downwards', 'downward', 'back']);

/**
 * Directions a price or level ends up in, written right after a verb that says no way by itself: "Shares in BP opened
 * [higher] on Thursday", "closed [lower]" (events/candidates.ts `title:direction-complement`; "Shares in BP opened" is
 * cut).
 */
export const DIRECTION_COMPLEMENTS = new Set(['higher', 'lower', 'firmer', 'weaker', 'flat', 'unchanged', 'mixed']);

/**
 * Heads of a subject whose close or open "at" a number is a price level (background-states.ts `state:closing-price`):
 * "Eletrospace shares closed yesterday on the NYSE at 30-1/8". A company's name counts too; "The strike ended at 6
 * a.m." and "Voting closed at 8 p.m." are no prices.
 */
export const PRICE_SUBJECT_NOUNS = new Set([
  'shares',
  'share',
  'stock',
  'stocks',
  'index',
  'dollar',
  'price',
  'prices',
  'futures',
  'bonds',
  'bond',
  'yen',
  'gold',
  'crude',
  'average',
  'issue',
  'sterling',
  'mark',
  'franc',
  'contract',
]);

/** Words after a number that make it a clock time, not a price: "ended at 6 a.m.", "closed at 8 p.m. EST" (`state:closing-price`). */
export const CLOCK_WORDS = new Set(['am', 'pm', 'gmt', 'est', 'edt', 'bst', 'cet', 'utc', 'hours', 'hrs']);

/**
 * Verbs of a market's day whose price is the fact: "BP's share price closed [at £4.95] on Friday" (events/complements.ts
 * `title:price-level`; "BP's share price closed" reads as cut off).
 */
export const PRICE_LEVEL_VERBS = new Set(['close', 'open', 'end', 'finish', 'settle']);

/**
 * Verbs of arriving, whose where is the fact ("President Obama arrived Friday in the Gulf": "President Obama arrived"
 * says not where; events/complements.ts `title:arrival-keeps-place`).
 */
export const ARRIVAL_VERBS = new Set(['arrive']);

/**
 * Verbs of coming and going whose goal or source is the fact: "Aqazadeh arrived [last night after a brief stopover in
 * Riyadh]" (Reuters 1987; judged unreadable: "where he arrived is unknown"). A title that ends on one keeps the place
 * its clause writes ("to", "from", "for" a place), or is not written (events/needed-phrase.ts `title:motion-keeps-place`,
 * `title-cut:motion-without-place`).
 */
export const MOTION_VERBS = new Set(['arrive', 'return', 'leave', 'depart']);

/**
 * Nouns of belonging to a body, which say nothing bare: "he urged members to force oil rigs to have clean-up equipment
 * on site" (Timeline17; "Kevin Costner urged members to ..." was judged unreadable: members of the House committee
 * told in the clause before). Bare, with no word or "of" phrase saying of what, the title is not written
 * (events/needed-phrase.ts `title-cut:member-without-body`).
 */
export const MEMBER_NOUNS = new Set(['member', 'members']);

/**
 * Nouns of a stretch of land or sea that say nothing with only "a" until their where is told ("regulators on Saturday
 * reopened a 23-mile area off of Escambia County": events/endings.ts `title:area-keeps-place`), and the prepositions of
 * that where ("in" is left out: it is as often a time or a setting as the area's place).
 */
export const AREA_NOUNS = new Set(['area', 'zone', 'region', 'stretch', 'swath', 'strip']);
export const AREA_PLACE_PREPOSITIONS = new Set(['off', 'near', 'around', 'along', 'of', 'outside', 'between']);

/**
 * Parts of a trading session that a price move is told for: "U.S.-listed shares of BP rose about 3 percent [in morning
 * trade] on Monday ... but faded in the afternoon" (events/candidates.ts `title:session-phrase`; without it the title
 * says the day's move). SESSION_NOUNS are what the part is of.
 */
export const SESSION_PARTS = new Set(['early', 'late', 'morning', 'afternoon', 'midday', 'opening', 'intraday', 'overnight']);
export const SESSION_NOUNS = new Set(['trade', 'trading', 'deals', 'dealings', 'session']);

/**
 * Verbs by which money flows (events.ts `figure:yearly-total`, with YEARLY_FLOW_NOUNS): "BP paid £930m in UK tax on its
 * profits in 2009", "Last year, BP paid out about £7bn in dividends", "Tourism brought in more than $2 billion to Cuba
 * last year", "The company made an annual profit of nearly $14bn last year" (a year's results).
 */
export const MONEY_FLOW_VERBS = new Set(['pay', 'earn', 'receive', 'bring', 'collect', 'generate', 'account', 'make', 'post', 'turn']);

/**
 * Nouns of money that flows year after year (events.ts `figure:yearly-total`): a sum of tax, dividends, salary or sales
 * dated by a whole year is that year's total, a background figure and no happening ("BP paid $8.4 bn of corporate taxes
 * last year", "Hayward was paid £4.01 m in salary, bonus and share awards last year").
 */
export const YEARLY_FLOW_NOUNS = new Set([
  'tax',
  'taxes',
  'dividend',
  'dividends',
  'salary',
  'salaries',
  'wages',
  'bonus',
  'bonuses',
  'income',
  'revenue',
  'revenues',
  'sales',
  'profit',
  'profits',
  'earnings',
  'royalties',
  'loss',
  'losses',
]);

/**
 * Verbs of a reaction, which as a headline's own verb head a comment or an interview whose news is what was said
 * (events/candidates.ts `headline:reaction`): "Palin Reacts to Obama's Oval Office Address on Gulf Disaster". ("respond"
 * is a verb of saying already; "Many countries reacted to the outbreak ... by banning pork" in a story's body stays.)
 */
export const REACTION_VERBS = new Set(['react']);

/**
 * Verbs that answer what another did before: "rejected Friday's request", "welcomed yesterday's decision". A time
 * written on their object ("Friday's") is the request's or the decision's; the answer came after it (events.ts
 * `date:of-what-it-answers`).
 */
export const ANSWERING_VERBS = new Set([
  'reject',
  'accept',
  'refuse',
  'deny',
  'answer',
  'welcome',
  'criticize',
  'criticise',
  'dismiss',
  'rebuff',
  'spurn',
  'condemn',
  'applaud',
  'protest',
  'respond',
  'challenge',
  'appeal',
]);

/**
 * Verbs that take back or put off what was done or set before: "The Greek government later withdrew Friday's request to
 * Washington" (Reuters, 28 March 1987). A time written on their object ("Friday's") is the request's; it was taken back
 * after it (events.ts `date:of-what-it-takes-back`).
 */
export const TAKING_BACK_VERBS = new Set(['withdraw', 'cancel', 'revoke', 'rescind', 'retract', 'reverse', 'overturn', 'annul', 'postpone', 'scrap']);

/**
 * Verbs of a stance taken towards what others do (events.ts, `view:stance-reported`; events/levels.ts `view:stance`): "In
 * a statement on Tuesday, BP said it supported the commission's efforts to boost industry-wide safety measures" tells a
 * view, no deed.
 */
export const STANCE_VERBS = new Set(['support', 'welcome', 'oppose', 'favour', 'favor', 'regret', 'appreciate', 'back', 'downplay', 'belittle']);

/**
 * Phrasal verbs of a stance, lemma and particle (events/levels.ts `view:stance`): "Sony Corp chairman Akio Morita played
 * down the U.S.-Japanese trade conflict, saying that direct investment abroad was the most effective way to reduce
 * Japan's trade surplus" (Reuters, April 1987; judged "a quoted view/opinion") makes less of a thing, as "downplayed"
 * does; "shrugged off", "brushed aside" dismiss it.
 */
export const PHRASAL_STANCE_VERBS = new Set(['play down', 'play up', 'talk down', 'talk up', 'brush aside', 'brush off', 'shrug off']);

/** After a stance verb's object, a preposition of a guest received (events/levels.ts `view:stance`): "welcomed Putin to Pyongyang". */
export const RECEIVING_PREPOSITIONS = new Set(['to', 'into', 'aboard']);

/**
 * After a stance verb's object, a preposition of where a guest was received, only when the object is a name (events/levels.ts
 * `view:stance`): "welcomed Putin in Pyongyang" is a meeting, but "BP welcomed the ruling in a statement", "welcomed the
 * decision at a press conference" tell where the view was said, no guest.
 */
export const GUEST_PLACE_PREPOSITIONS = new Set(['at', 'in']);

/**
 * Determiners that point back to what the article told before (events/unplaced.ts, `subject-cannot-be-placed:points-back`):
 * "The House of Representatives acted on these principles", "introduced a proposal to disallow such deductions".
 */
// ("both equities plunged over 10 percent on Tuesday": "both" points back to two things just told, here BP's shares
// and its depositary receipts; with their names, "both BP and Transocean", the phrase names them.)
export const DEMONSTRATIVE_DETERMINERS = new Set(['this', 'these', 'those', 'such', 'that', 'both']);

/**
 * Determiners of a phrase that points to a thing the reader is meant to know already: "The crystals caused BP PLC
 * problems", "Another study carried out by Swedish researchers" (events/unplaced.ts `bareHead`).
 */
export const KNOWN_THING_DETERMINERS = new Set(['the', 'another']);

/**
 * Prepositions of a circumstance: a demonstrative after one says how or where the happening took place, not what it
 * was, and the title stays readable (events/unplaced.ts): "The leaders last met in this format in Paris in June 2023"
 * (a meeting in Paris), against "acted on these principles" (what was acted on is unknown).
 */
export const CIRCUMSTANCE_PREPOSITIONS = new Set(['in', 'at', 'during', 'under']);

/**
 * Nouns that, after "the", stand for a document, a message or a happening the article told before, and say nothing
 * of which by themselves (events/unplaced.ts, `subject-cannot-be-placed:points-back`): "The email was sent", "The
 * accident happened", "The plan was approved by Thad Allen and Steven Chu", "The highly unusual request was made in
 * a letter" (the judges fail readable). Not the story's own things, "the well", "the spill", "the cap".
 */
/**
 * Counts that, after "the" and before a plural common noun, count things the article named before (events/unplaced.ts
 * `subject-cannot-be-placed:counted-back`): "The spat has revived old tensions between the two nations, which
 * established diplomatic relations in 1972" ("The two nations established diplomatic relations": which two?), "The two
 * submersibles started their third season of exploration". Written as words only: "the 11 workers"
 * of a figure is the story's own count.
 */
export const POINTING_BACK_COUNTS = new Set(['two', 'three', 'four']);

/**
 * Adjectives before a noun that set it in time against the article's own moment (events/unplaced.ts
 * `relative-to-the-article`): "when Iraq reported an earlier Gulf attack" ("earlier than what is unknown out of
 * context"). Not "prior", whose "prior approval", "prior notice" mean in advance, against nothing the article told.
 */
export const RELATIVE_TIME_ADJECTIVES = new Set(['earlier', 'previous']);

/**
 * Adjectives before a noun that set it beside a place the article told of (events/unplaced.ts `relativePlaceWord`):
 * "Iraqi planes yesterday raided the nearby Ardeshir oil field" ("nearby to an unknown place").
 */
export const RELATIVE_PLACE_ADJECTIVES = new Set(['nearby', 'neighbouring', 'neighboring', 'adjacent']);

/**
 * Nouns of a settlement that "this" before them makes the wire story's own dateline place (events/read-alone.ts
 * `thisPlace`): "SARAGOSSA, March 2 - Thousands of Spanish farmers battled police in this northeastern city"
 * ("'this northeastern city': unknown referent").
 */
export const DATELINE_PLACE_NOUNS = new Set(['city', 'town', 'capital', 'port', 'village', 'island']);

/**
 * Prepositions whose phrase is what the happening acts on or is about, read as its object by events/unplaced.ts
 * `object-cannot-be-placed:points-back`: "four of the creatures had been spotted", "Robert Gibbs was questioned about
 * the incident April 23" (which incident?).
 */
export const TOPIC_PREPOSITIONS = new Set(['of', 'about']);

export const POINTING_BACK_HEADS = new Set([
  'email',
  'e-mail',
  'letter',
  'memo',
  'message',
  'statement',
  'video',
  'footage',
  'request',
  'decision',
  'lawsuit',
  'suit',
  'accident',
  'incident',
  'meeting',
  'success',
  'setback',
  'problem',
  'plan',
  'plans',
  'move',
  'deal',
  'test',
  'tests',
  'creatures',
  'principles',
  'business',
  'show',
  // ("The head of ... Russian operations was forced to deny the rumors on Friday", "more tests had confirmed the results
  // on Wednesday": which rumors, which results, only the article says.)
  'rumors',
  'rumours',
  'results',
  // ("John Aravosis pointed out the alterations Monday evening on his Americablog.com": "the
  // alterations has no referent out of context (alterations of what?)".)
  'alterations',
  'changes',
  // ("The announcement sent investors today scrambling for GM shares", "Anne Womack-Kolton ... stepped into the post
  // Tuesday" (Reuters 1987, Timeline17; alone, which announcement, which post?): an announcement told
  // before, an office named before.)
  'announcement',
  'post',
  // ("Engineers began a second round of the procedure", "BP announced that the procedure would be delayed", "Ken
  // Feinberg took over the process from BP", "The hearing came ahead of a televised address" (Timeline17; the judges:
  // "'the procedure' cannot be placed out of context", "'the process' (the claims process) has no referent"): a
  // procedure, a process or a hearing is of one matter told before, which "the" alone does not say.)
  'procedure',
  'process',
  'hearing',
]);

/**
 * Nouns of an office a person holds, which say which office only with a phrase of their own ("the top job at
 * Ericsson", "the reins of the Coast Guard", "his post as CEO") or a name (events/unplaced.ts `officeOfWhat`): "Tony
 * Hayward took the job", "Bob Dudley took up his new post", "Anne Womack-Kolton stepped into the post" (Timeline17; the
 * judges: "'the job' cannot be placed: which job?", "'his new post' does not say which post (BP chief executive)").
 */
export const OFFICE_NOUNS = new Set(['job', 'post', 'position', 'role', 'helm', 'reins']);

/**
 * Verbs of leaving or keeping an office, whose owner's pronoun says which office: the one its owner held ("The
 * Minerals Management Service director Elizabeth Birnbaum left her post", judged readable; events/unplaced.ts
 * `officeOfWhat`). A verb of taking one says not which: "Bob Dudley took up his new post".
 */
export const OFFICE_LEAVING_VERBS = new Set(['leave', 'quit', 'resign', 'vacate', 'lose', 'keep', 'retain']);

/**
 * Participles of how an organisation or a thing came to be: "Public Citizen, founded in 1971 by consumer advocate Ralph
 * Nader, recently launched ...", between commas, are background (candidates `participle:background-origin`). Not "born":
 * a person's birth ("X, born in 1955, ...") is a date of that person's own timeline, which entity timelines keep.
 */
/**
 * Passives English writes with no agent: "Jobs, born in San Francisco on February 24, 1955, has built the most valuable
 * technology company in the world" (SemEval-2015 Apple timelines). No agent is missing, so the participle between
 * commas is a report of its own (events/candidates.ts `participle:between-commas-agentless-verb`).
 */
export const AGENTLESS_PARTICIPLES = new Set(['born']);

export const ORIGIN_PARTICIPLES = new Set(['founded', 'co-founded', 'established', 'formed', 'created', 'incorporated']);

/**
 * Offices and trades of one person a headline names as its subject: "US scientist retracts assurances over success of
 * cleanup" (events/candidates.ts `headline:person-by-role`), with a word before it that says whose or where.
 */
export const HEADLINE_ROLE_HEADS = new Set([
  'scientist',
  'official',
  'minister',
  'senator',
  'congressman',
  'congresswoman',
  'lawmaker',
  'regulator',
  'investigator',
  'prosecutor',
  'researcher',
  'doctor',
  'worker',
]);

/**
 * States "go" enters as a happening: "Former BP contractor Adam Dillon went public last Friday" (events/candidates.ts
 * `title:go-into-state`). Not "went further", "went well", a degree or a judgement.
 */
export const GO_STATE_WORDS = new Set(['public', 'bankrupt', 'bust', 'missing', 'private', 'live', 'offline', 'dark', 'silent', 'viral']);

/**
 * Nouns of an offer for a thing, a company or its shares, whose "for" phrase says what is bid for: "Icahn's Transworld
 * Airlines Inc TWA made a 1.4 billion dlr offer [for USAir Group]" (events/complements.ts `title:offer-keeps-target`,
 * or no title: `title-cut:offer-without-target`).
 */
export const OFFER_NOUNS = new Set(['offer', 'bid', 'tender', 'counteroffer', 'counterbid']);

/**
 * Verbs of paying an amount for a thing, whose "for" phrase after the amount says for what: "USAir had offered to pay
 * 71 dlrs per share in cash [for 50 pct of Piedmont's stock]" (events/complements.ts `title:paid-keeps-what`, or no
 * title: `title-cut:paid-for-what`).
 */
export const PAYING_VERBS = new Set(['pay', 'offer', 'bid']);

/**
 * Nouns of a deed whose content is what follows them: "the Obama administration in May issued an order [limiting their
 * use]", "Defense Secretary Robert Gates has approved a request [from Louisiana Gov. Bobby Jindal to have the federal
 * government pay ...]". With "a" or "an" and nothing after it in the title, the noun says nothing of what was ordered,
 * asked or agreed (events/complements.ts `title:deed-keeps-content`, or no title: `title-cut:deed-without-content`).
 */
/**
 * Heads (lemmas) of a group of people who call for something in public (candidates.ts `happening:called-for`, besides
 * HEADLINE_GROUP_HEADS, names and persons): "The teachers' union called for a national strike", "The conservative party
 * and the country's largest trade union called this week for the debt to be rescheduled".
 */
export const CALLING_GROUP_HEADS = new Set([
  'party',
  'union',
  'group',
  'leader',
  'opposition',
  'protester',
  'demonstrator',
  'activist',
  'lawmaker',
  'minister',
  'people',
]);

export const DEED_NOUNS = new Set(['order', 'request', 'proposal', 'bill', 'plan', 'deal', 'agreement', 'directive', 'motion', 'resolution']);

/**
 * Nouns that with a bare noun's "of" name a deed whose content follows: "Chrysler, which signed a letter of intent on
 * March 9 to acquire AMC" ("a memorandum of understanding", "a declaration of intent"); events/complements.ts
 * `title:deed-of-phrase`. Alone they stand ("Transocean fired off a scathing letter").
 */
export const DEED_OF_NOUNS = new Set(['letter', 'memorandum', 'declaration', 'statement']);

/**
 * Nouns of a document or a filing whose "a" says what kind of thing happened, and whose phrase after it says against
 * whom or of what: "U.S. environmental groups filed a suit [against British-based oil giant BP Plc]", "Dwayne Spradlin
 * put out a call [for ideas]". The phrase is kept when the title has room; without it the title stands
 * (events/complements.ts `title:deed-keeps-content`).
 */
export const FILED_NOUNS = new Set([
  'study',
  'report',
  'lawsuit',
  'suit',
  'petition',
  'warning',
  'call',
  'contract',
  'ruling',
  'decision',
  'appeal',
  'complaint',
]);

/**
 * Verbs of taking, leaving or holding a post, whose "as" phrase is the post: "Dudley took over from Hayward as BP's
 * point man on the cleanup in June" is no "Bob Dudley took over from Tony Hayward", which reads as the head of BP
 * (events/complements.ts `title-cut:role-left-out`); "a former campaign press aide to former Vice President Dick Cheney
 * started as BP's U.S. spokesperson" is no "... Dick Cheney started".
 */
export const POST_VERBS = new Set([
  'take',
  'start',
  'replace',
  'succeed',
  'remove',
  'resign',
  'step',
  'appoint',
  'name',
  'elect',
  'hire',
  'join',
  'quit',
  'return',
  'oust',
  'fire',
  'dismiss',
  'sack',
  'install',
  'nominate',
  'reappoint',
]);

/** Prepositions of where a motion goes, before an infinitive of its purpose: "Feinberg flew [to Mississippi and Louisiana] on Friday to get started". */
export const GOAL_PREPOSITIONS = new Set(['to', 'into', 'toward', 'towards']);

/** Words after "as" that make no role: "as usual", "as well", "as part of", "as a result". */
export const AS_NOT_ROLE = new Set(['usual', 'well', 'part', 'result', 'such', 'much', 'many', 'soon', 'long', 'far', 'expected', 'planned', 'always']);

/**
 * Words that open a clause of the scene a sentence's happening stands in (events/backdrop.ts `backdrop:as-clause-state`,
 * with BACKDROP_VERBS): "As a massive oil slick in the Gulf of Mexico threatened the U.S. coastline Friday, ...". ("while"
 * contrasts as often as it sets a scene: "Twitter jumped 83 percent ..., while Facebook grew 10 percent in April".)
 */
export const BACKDROP_MARKERS = new Set(['as']);

/**
 * Verbs of a state or a process under way, which in an "as" or "while" clause set the scene of the main clause's
 * happening (events/backdrop.ts): "As a massive oil slick ... threatened the U.S. coastline Friday, Louisiana Gov. Bobby
 * Jindal (R) expressed alarm". (Not verbs of a change done, "As BP workers finished pouring cement into the well".)
 */
export const BACKDROP_VERBS = new Set([
  'threaten',
  'loom',
  'grow',
  'mount',
  'deepen',
  'worsen',
  'linger',
  'rage',
  'gush',
  'spew',
  'struggle',
  'wait',
  'persist',
  'simmer',
  'swirl',
  'intensify',
  'escalate',
  'unfold',
]);

/** Adverbs that all but negate the verb after them (events/backdrop.ts `near-negation`): "editorials barely raised the usual spectre". */
export const NEAR_NEGATORS = new Set(['hardly', 'scarcely', 'barely']);

/**
 * Verbs of a narrow success, which "barely" does not negate (events/backdrop.ts): "The House barely passed the bill",
 * "the crew barely escaped" tell that it was done.
 */
export const NARROW_SUCCESS_VERBS = new Set(['pass', 'survive', 'escape', 'win', 'avoid', 'beat', 'clear', 'make', 'manage', 'qualify', 'miss', 'reach']);

/** Modals of a mere possibility (events/backdrop.ts `announced:possibility`): "Reuters reported Wednesday that a clause ... may expose BP". */
export const POSSIBILITY_MODALS = new Set(['may', 'might']);

/**
 * Verbs of keeping, which with a sum of money as object tell what someone owned at a time, a state (events/backdrop.ts
 * `state:holding`): "Members of the congressional committees that oversee the oil and gas industry held more than $11
 * million in personal financial assets in that sector late last year". ("held a hearing", "held talks" stay.)
 */
export const HOLDING_VERBS = new Set(['hold']);

/**
 * Verbs of where a price ends or starts a session, and heads of what has a price (events/backdrop.ts
 * `state:closing-level`): "BP shares closed at 390p on Friday", "BP's share price closed on Friday at £4.95" tell a
 * level, where the price stood; "BP shares closed up 9.5% at 399.4 p" tells a move, and stays.
 */
export const SESSION_END_VERBS = new Set(['close', 'end', 'finish', 'settle', 'open']);
export const PRICED_HEADS = new Set(['share', 'shares', 'price', 'prices', 'stock', 'stocks', 'index']);

/**
 * Adverbs of a guess, which make their clause a conjecture, no fact (events/backdrop.ts `guessed`): "Younger people were
 * probably hit harder by the 1918 flu virus because their immune systems over-reacted". (HEDGE_ADVERBS that say how the
 * fact was told, "reportedly", "allegedly", "initially", stay in the title.)
 */
export const GUESS_ADVERBS = new Set(['probably', 'possibly', 'perhaps', 'maybe', 'supposedly', 'presumably', 'conceivably']);

/**
 * Participles of a feeling, which with "be" and no agent tell a state of mind (events/backdrop.ts `state:feeling`):
 * "Louisiana Gov. Bobby Jindal was incensed Wednesday after reading the AP story"; what he did or said is its own clause.
 * Only words that are never a deed: grammar.ts FEELING_PARTICIPLES, read before a "by" agent, also holds "moved",
 * "touched", "convinced", which without an agent tell a happening ("The rig was moved").
 */
export const FEELING_STATE_PARTICIPLES = new Set([
  'incensed',
  'angered',
  'frustrated',
  'outraged',
  'upset',
  'disappointed',
  'dismayed',
  'shocked',
  'stunned',
  'saddened',
  'pleased',
  'delighted',
  'relieved',
  'horrified',
  'appalled',
  'annoyed',
  'irritated',
  'infuriated',
  'heartened',
  'encouraged',
]);

/**
 * Verbs that gloss what a remark meant, in the progressive (events/backdrop.ts `gloss:was-referring`): "Obama was
 * referring to testimony this week in Congress by leaders of the three companies" explains a quote; the remark is told
 * before.
 */
export const GLOSSING_VERBS = new Set(['refer', 'allude']);

/**
 * Verbs of an order in time, which in a relative clause only recall what came before (events/backdrop.ts
 * `relation:sequence`): "Investors have already knocked around $30 billion off BP's value over the spill, which followed
 * the April 20 explosion". ("The oil spill followed an explosion on a drilling rig in April" as a sentence's own clause
 * stays.)
 */
export const SEQUENCE_VERBS = new Set(['follow', 'precede']);

/** Nouns in "s" that are no plural, which a title's "his" or "her" may own (events/placed.ts `ownerNotTheSubject`). */
export const SINGULAR_IN_S = new Set(['news', 'series', 'species', 'lens', 'mumps', 'measles', 'politics', 'economics', 'physics', 'headquarters']);

/**
 * Nouns that say nothing without their preposition's phrase as a subject only, as RELATIONAL_NOUNS do everywhere:
 * "Work on installing the cap using robots a mile below the surface of the sea was successfully completed last night"
 * ("Work was successfully completed": what work?); after a verb, "BP stopped work Wednesday" is whole (events/
 * placed.ts `bareRelationalSubject`, candidates.ts `title:subject-keeps-relational-phrase`).
 */
export const SUBJECT_RELATIONAL_NOUNS = new Map<string, string[]>([
  ['work', ['on']],
  // ("Members also cheered a brief BP share price rally on Thursday": members of what? "Since measurements ended nearly
  // two months ago": of what?)
  ['members', ['of']],
  ['measurements', ['of']],
  // ("The report said the reduction in Iraqi air attacks on Iranian export facilities allowed Iran’s output to reach 2.2
  // mln bpd", Reuters 1987: a change is of what its phrase says; "The reduction allowed ..." tells nothing.)
  ['reduction', ['in', 'of']],
  ['increase', ['in', 'of']],
  ['decrease', ['in', 'of']],
  ['decline', ['in', 'of']],
  // ("On Friday, U.S.-listed shares dropped 6.1 percent", "industrial output fell 6.7 percent in March", "Managers on
  // Thursday settled on a May 11 launch date for shuttle Atlantis' 11-day mission": whose shares, whose output, managers
  // of what?)
  ['shares', ['in', 'of']],
  ['output', ['of']],
  ['managers', ['of', 'at']],
]);

/** Owners' pronouns of one: after a plural subject they own nothing of the subject's (events/placed.ts `ownerNotTheSubject`). */
export const SINGULAR_OWNER_PRONOUNS = new Set(['his', 'her', 'its']);

/**
 * Words after a passive of announcing that open what its counted subject was announced as or with (events/announced-count.ts):
 * "A further 141 patients were confirmed [with H1N1 swine flu]", "were confirmed [as cases]", "[to have] the virus".
 */
export const ANNOUNCED_AS_WORDS = new Set(['with', 'as', 'to', 'positive', 'infected', 'dead', 'having']);

/**
 * Verbs that take no object, so have no passive participle to describe a noun with (nlp/clause-rules.ts
 * `participle-modifies-noun`): "A New York City school principal suffering from swine flu died on Sunday" is the
 * principal's death, not "swine flu died". (Only "die": "an unusual cluster of illnesses which have been the index
 * cases of Mexican swine flu erupted in La Gloria", read so, lost the "It now appears that" over it.) Nor after an
 * apposition's comma (`no-passive-after-comma`): "..., Leo Lindner, a drilling fluid specialist for contractor M-I SWACO,
 * testified at a federal hearing in July" is Lindner's testimony, not "SWACO testified".
 */
export const NO_PASSIVE_VERBS = new Set(['die', 'testify']);

/**
 * Nouns whose "of" phrase is what they act on or belong to, and which say nothing at a title's end without it: "The
 * White House ordered BP to pay for construction [of five more large sections of ... sand berms]", "Obama risked the
 * wrath of families [of 9/11 victims]", "BP published its own findings into the causes [of the disaster]" (events/endings.ts
 * `title:ending-keeps-of-phrase`).
 */
export const OF_COMPLEMENT_NOUNS = new Set([
  'construction',
  'installation',
  'removal',
  'release',
  'sale',
  // ("Bangladesh floated an international tender for the purchase of 10,000 tonnes of refined soyabean oil", Reuters 1987.)
  'purchase',
  'devastation',
  'impact',
  'possibility',
  // ("Yesterday, Chrysler presented four investment bankers with a list of bonds".)
  'list',
  'glimpse',
  'thickness',
  'type',
  'kind',
  'cause',
  'family',
  'relative',
  'wrath',
]);

/** Prepositions that open the scope of a superlative: "the lowest level [of his presidency]", "[in 13 years]", "[since 1997]". */
export const SUPERLATIVE_SCOPE_PREPOSITIONS = new Set(['of', 'in', 'since', 'for', 'among']);

/**
 * Verbs that with an adjective after them tell how something was at its start, a state: "The 1968 pandemic began
 * relatively mild ... and remained mild" (events/not-happenings.ts). ("Shares opened higher", "ended lower" tell a
 * price's move: not here.)
 */
export const COPULAR_START_VERBS = new Set(['begin', 'start']);

/** Adjectives of a time after such a verb, which keep it a happening: "began late Thursday night", "started early". */
export const START_TIME_ADJECTIVES = new Set(['early', 'late', 'earlier', 'later', 'last', 'next', 'first', 'again', 'anew', 'soon']);

/**
 * Verbs of an effort under way, which in a headline's present tell no happening (events/not-happenings.ts): "BP
 * wrestles with oil spill hitch in Gulf of Mexico", "Hospitals struggle to cope".
 */
export const STRUGGLE_VERBS = new Set(['wrestle', 'grapple', 'struggle', 'battle', 'tussle', 'contend']);

/** Verbs that say only that something happened (events/not-happenings.ts, with EMPTY_HAPPENING_HEADS). */
export const BARE_HAPPENING_VERBS = new Set(['happen', 'occur']);

/**
 * Nouns that name no happening of their own, as the subject of BARE_HAPPENING_VERBS: "There are events that occurred on
 * April 20 that were not foreseen by me or BP" → "Events occurred"; "I'd like to tell you a story which happened to me
 * two years ago" → "A story happened". The title tells nothing a reader can place.
 */
export const EMPTY_HAPPENING_HEADS = new Set(['event', 'events', 'story', 'stories', 'thing', 'things', 'something', 'anything', 'everything']);

/**
 * Ordinals that count on from things told before: "The second system, which began operations on 16 June" (events/
 * readable-subjects.ts `countsOnFromBefore`; "the first" opens a count and is not among them).
 */
/**
 * Adjectives that set a thing beside another of its kind the article told of before ("a crane lifted the new box": the
 * second containment box, after the first; "BP put the unaltered picture up": the picture before its retouching):
 * events/set-beside.ts `object-cannot-be-placed:set-beside-another`. Not "former", which tells a person's status, not
 * another of a kind ("Police arrested the former president on Monday").
 */
export const SETTING_BESIDE_ADJECTIVES = new Set(['new', 'old', 'original', 'unaltered', 'altered', 'latest', 'previous']);

/**
 * Words of a rank beside COUNTING_ON_ORDINALS (events/candidates.ts `title:rank-without-its-scope`): "UBS has become
 * the second foreign firm to manage an issue in the domestic debt market this year" counts within its phrases.
 */
export const RANK_WORDS = new Set(['first', 'last', 'only']);

export const COUNTING_ON_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/**
 * Nouns of a person whom "the" and a description point back to: "The Mexican boy had arrived in the Texan border city
 * of Brownsville" (events/readable-subjects.ts `describedPersonOnly`). People, not bodies: "the Mexican government"
 * says which.
 */
export const DESCRIBED_PERSON_HEADS = new Set([
  ...PERSON_HEADS,
  'teenager',
  'teenagers',
  'baby',
  'toddler',
  'traveller',
  'traveler',
  'passenger',
  'tourist',
  'student',
  'pupil',
  // ("The crew member, who flew out to Mexico on 20 April": one person known by the group he is one of.)
  'member',
]);

/**
 * Happenings, besides the lexicon's happening nouns and the nouns made from verbs, that a year before them names by
 * when they happened: "A 2001 review found a serious backlog", "the 1918 flu killed millions" (events/year-names.ts
 * `date-scope:year-names-the-subject` leaves the year of any other subject, "The 1918 H1N1 strain passed from humans to pigs").
 */
export const YEAR_NAMED_HAPPENINGS = new Set([
  'review',
  'inquiry',
  'probe',
  'audit',
  'crisis',
  'war',
  'strike',
  'flu',
  'influenza',
  'season',
  'recession',
  'storm',
  'protest',
  'raid',
  'coup',
  'riot',
  'campaign',
  'trial',
  'famine',
  'race',
  'games',
  'olympics',
  'cup',
]);

/**
 * Nouns of a rate, which "a" introduces as its figure says: "rose at an annualised rate [of 16.7 pct]" (events/endings.ts
 * `title:keeps-its-figure`); "reported a net loss" stands without one.
 */
export const RATE_NOUNS = new Set(['rate', 'pace']);

/**
 * Nouns of a change in amount, which say what changed only with their "in" phrase: "the Bank of Spain had dismissed his
 * suggestion of a rise [in reserve requirements]" (events/endings.ts `title:change-keeps-what-changed`).
 */
export const CHANGE_NOUNS = new Set(['rise', 'rises', 'increase', 'increases', 'fall', 'drop', 'decline', 'cut', 'cuts', 'reduction', 'hike', 'jump']);

/**
 * Verbs of change that move their object to a level or a status: "The World Health Organization raised swine flu [to
 * pandemic status] earlier this month" ("raised swine flu" says nothing; events/needed-phrase.ts
 * `title:change-keeps-level`).
 */
export const LEVEL_CHANGE_VERBS = new Set([
  'raise',
  'lower',
  'upgrade',
  'downgrade',
  'increase',
  'cut',
  'lift',
  'reduce',
  'elevate',
  'hike',
  'slash',
  'boost',
  'move',
]);

/**
 * Currencies, whose name alone says which figure moved (events/common-noun-subject.ts): "The dollar rose to
 * 1.8250/60 marks on Friday" is every market's dollar, where "The price was last changed" is no one's price. As an
 * object, "the" and a currency is placed too (events/unplaced.ts `bareObject`): "Suharto's government devalued the rupiah".
 */
export const CURRENCY_NAMES = new Set([
  'dollar',
  'pound',
  'sterling',
  'yen',
  'mark',
  'franc',
  'lira',
  'peseta',
  'guilder',
  'peso',
  'rupee',
  'yuan',
  'euro',
  'rouble',
  'ruble',
  'rand',
  'krona',
  'krone',
  'shekel',
  'rupiah',
  'ringgit',
  'baht',
  'dinar',
  'riyal',
  'drachma',
  'schilling',
  'escudo',
  'cruzado',
  'austral',
  // ("The won has gone up by 0.8 pct against the dollar", Reuters 1987, judged readable: South Korea's currency.)
  'won',
]);

/**
 * Past forms of a figure's move right before "to" its new figure: "MHI's exports-to-sales ratio fell to 25.9 pct ...
 * from 35 to 36 pct five years ago", "One-month deposits declined to 6-1/4, 1/8 pct from 6-1/2, 1/4 on Monday"
 * (events.ts `CHANGE_TO_FIGURE`, `levelOnAnEarlierDay`: the earlier level's date is not the move's).
 */
export const FIGURE_MOVED_FORMS = new Set([
  'rose',
  'risen',
  'fell',
  'fallen',
  'declined',
  'dropped',
  'eased',
  'firmed',
  'slipped',
  'climbed',
  'gained',
  'increased',
  'decreased',
  'jumped',
  'dipped',
  'slid',
  'edged up',
  'edged down',
]);

/**
 * Verbs that tell a figure moved, with the figure as their subject: "The taxes rose to 4.4 pct", "The provision for
 * loan losses jumped" (events/common-noun-subject.ts `subject-cannot-be-placed:common-noun-that-moved`).
 */
export const FIGURE_MOVE_VERBS = new Set([
  'rise',
  'fall',
  'drop',
  'jump',
  'climb',
  'decline',
  'gain',
  'slip',
  'ease',
  'grow',
  'plunge',
  'surge',
  'soar',
  'slide',
  'tumble',
  'slump',
  'rebound',
  'narrow',
  'widen',
  'strengthen',
  'weaken',
  'dip',
  'increase',
  'decrease',
]);

/**
 * Verbs that tell the level a figure reached, with the amount right after them: "the U.S. trade deficit, which last year
 * reached 170 billion dlrs", "Kericho, which last year received 387 mm" (events/background-clauses.ts
 * `background:figure-in-relative-clause`, with FIGURE_MOVE_VERBS).
 */
export const FIGURE_LEVEL_VERBS = new Set(['reach', 'hit', 'total', 'amount', 'receive', 'record', 'stand', 'top', 'exceed']);

/**
 * Verbs whose passive alone tells a figure was set: "The price was last changed September 9" (events/common-noun-subject.ts;
 * the verbs of change to a level, LEVEL_CHANGE_VERBS, only with a figure after them: "The pipe was cut", "A containment
 * cap was lowered over the well" tell of things moved).
 */
export const FIGURE_SET_VERBS = new Set(['change']);

/**
 * Verbs of sending, whose object is sent somewhere or to do something: "President Barack Obama tonight sent officials
 * from the US department of justice [to monitor the company's handling of the crisis]" (events/needed-phrase.ts
 * `title:send-keeps-goal`).
 */
export const SENDING_VERBS = new Set(['send', 'dispatch']);

/**
 * Nouns of an idiom of aim, with an owner, that say nothing without the "on" or "to" phrase of what is aimed at: "A
 * commission turned its sights today [on the clash of wills between BP and ...]", "the ministers today concentrated their
 * efforts [on agreeing ...]" (events/needed-phrase.ts `title:aim-keeps-target`).
 */
export const AIM_NOUNS = new Set(['sights', 'effort', 'efforts', 'attention', 'focus', 'energies', 'hopes']);

/**
 * Acronyms of public bodies and broadcasters a reader knows by the acronym alone, beside the actors lexicon's
 * KNOWN_ORGANIZATIONS (events/acronym-unexplained.ts): "The EPA Thursday directed BP to begin using a milder solvent",
 * "The CBS television network reported ...". Not "the LGB" (Britain's Local Government Board of 1918).
 */
export const KNOWN_BODY_ACRONYMS = new Set(['EPA', 'FEMA', 'NOAA', 'NTSB', 'FCC', 'IRS', 'NHS', 'BBC', 'CBS', 'ABC', 'NBC', 'CNN']);

/**
 * Words of a toll of the dead, whose count says nothing without where (events/needed-phrase.ts `title:toll-keeps-place`,
 * "More than 2,500 people had been killed by meningitis" leaves out "in West and Central Africa").
 */
export const TOLL_WORDS = new Set(['kill', 'killed', 'die', 'died', 'death', 'deaths', 'dead']);
/**
 * Heads of a count of the dead or hurt besides TOLL_WORDS, whose level on a day is that day's news (candidates.ts, not
 * `state:level-of-a-figure`): "The official casualty count stood at 2,000 on Monday as fighting continued".
 */
export const TOLL_COUNT_HEADS = new Set(['toll', 'tolls', 'casualty', 'casualties']);

/**
 * Nouns of a dealing with another, against, with or about it, that say nothing at a title's end without the phrase of
 * whom or what, with the prepositions that write it (events/needed-phrase.ts `title:target-keeps-phrase`,
 * `title-cut:target-left-out`, readable): "BP went into partnership [with a group of Russian
 * billionaires]", "BP sent out demands [for almost $400m] to Anadarko", "BP created confusion about its stance [on the
 * liability cap]", "Anadarko Petroleum effectively declared war Friday by calling the tragedy ...", "Rahm Emanuel kept
 * up the assault on Sunday" (war on whom? the assault on whom?). Not "offensive": "Iran launched its northern offensive"
 * (Reuters 1987) reads whole, a campaign of war whose side is its owner.
 */
export const TARGET_NOUNS = new Map<string, string[]>([
  ['war', ['on', 'against', 'with']],
  ['assault', ['on', 'against']],
  ['crackdown', ['on', 'against']],
  ['partnership', ['with']],
  ['alliance', ['with']],
  ['demands', ['for', 'on', 'from']],
  ['stance', ['on', 'toward', 'towards']],
  ['embargo', ['on', 'against']],
  // ("The ECGD suspended its cover for exports to Nigeria in 1983" (wire copy, 1987; the judges: "suspended its cover
  // drops for exports to Nigeria"): the cover of an insurer is for what it insures.)
  ['cover', ['for']],
  // ("A meeting of eight Latin American coffee producers ended with a call" (wire copy, 1987; the judges: "cut at with a
  // call (for continued talks)"): a call is for what it asks.)
  ['call', ['for']],
]);

/**
 * Nouns of a report's yield, which say nothing at a title's end without their "of" phrase, even past a time: "BP
 * rolled out the results Wednesday [of a four-month internal investigation]" (events/needed-phrase.ts
 * `title:result-keeps-of-phrase`).
 */
/**
 * Nouns that say what they are only with the phrase that names their topic, source or aim, with the prepositions that
 * write it (events/needed-phrase.ts `title:noun-keeps-its-complement`, `title-cut:noun-without-its-complement`): "The
 * department of wildlife and fisheries processed applications [for 85 such licenses]", "the union accepted an economic
 * offer [from GM Canada]" (Timeline17, Reuters 1987; judged cut: applications for what, whose offer). Only when the
 * phrase is written right after the noun, past a time: "an offer" with no phrase after it is left as it is.
 */
export const COMPLEMENT_NOUNS = new Map<string, string[]>([
  ['application', ['for']],
  ['applications', ['for']],
  // (What an offer is for, OFFER_NOUNS' "for" phrase, is read by events/complements.ts `title:offer-keeps-target`.)
  ['offer', ['from']],
  ['estimate', ['of', 'for']],
  ['estimates', ['of', 'for']],
  ['rating', ['on', 'of', 'for']],
  ['lessons', ['from']],
  // ("U.S. health officials later on Friday announced they were easing their warning [on travel to Mexico]" (Timeline17;
  // judged unreadable without it: "their warning" unplaceable): a warning on or about what.)
  ['warning', ['on', 'about', 'against']],
  // ("He was rumored in April to be under consideration [for a position on the board of the Federal Home Loan Bank
  // Board]" (Reuters, 18 June 1987; judged cut: under consideration for what?).)
  ['consideration', ['for']],
  // ("Dome broke off talks last night with TransCanada PipeLines Ltd" (Reuters, 1987; "Dome Petroleum broke off talks"
  // judged cut: talks with whom?): talks and negotiations are held with the other side, written after them past a time.)
  ['talks', ['with']],
  ['negotiations', ['with']],
]);

/**
 * Verbs whose sense needs its complement when they have no object, with the words that open it (events/title-grammar.ts
 * `title:verb-keeps-its-complement`, `title-cut:verb-without-its-complement`): "Last year the Republican-controlled
 * Senate voted three times over the objections of the administration [to cut U.S. funding of development banks]",
 * "Bally said it filed with the Securities and Exchange Commission [for an initial offering of 24 pct]" (Reuters,
 * March 1987; judged cut: voted on what, filed what?). "to" opens an infinitive, never a phrase ("voted 65 to 15").
 */
export const COMPLEMENT_VERBS = new Map<string, string[]>([
  ['vote', ['on', 'for', 'against', 'to']],
  ['file', ['for']],
  // ("The Group of Five and Canada agreed in Paris on February 22 [to call a halt to the dollar's sharp decline]"
  // (Reuters, 7 April 1987; judged cut: agreed to what?).)
  ['agree', ['to', 'on']],
]);

/**
 * A verb and the head of an idiom's object that says nothing without the phrase after it, with the words that open
 * that phrase: "National Westminster Bank Plc led the way this morning after the Bank of England lowered its dealing
 * rates" (Reuters, 9 March 1987; judged: led the way in what?). With no such phrase in its sentence, no title.
 */
export const COMPLEMENT_IDIOMS = new Map<string, string[]>([['lead way', ['in', 'to', 'on', 'with', 'into']]]);

/**
 * Words between a count and its noun that change what is counted (events/whole-claims.ts `title:count-keeps-qualifier`):
 * "Health officials today announced one more confirmed case of swine flu" (Guardian, 5 May 2009) is not "one confirmed
 * case"; the title that drops one of these says another thing.
 */
export const COUNT_QUALIFIERS = new Set(['more', 'fewer', 'less', 'further', 'additional', 'extra', 'other', 'new']);

/**
 * Prepositions whose phrase right after a noun ranked by "the first" or a superlative names the field it is ranked in
 * (events/needed-phrase.ts `title:ranked-noun-keeps-its-field`): "the first foreign bookrunner in the U.S. corporate
 * debt market", "the largest producer of copper", "the biggest bank among ...".
 */
export const RANKING_FIELD_PREPOSITIONS = new Set(['in', 'of', 'among', 'on']);

export const RESULT_NOUNS = new Set(['result', 'results', 'finding', 'findings', 'detail', 'details', 'outcome']);

/**
 * Nouns of a tender, which say nothing at a title's end without their "for" phrase, what is tendered or bid for:
 * "The Bundesbank set a new tender [for a 28-day securities repurchase agreement]", "The Bundesbank accepted bids [for
 * 6.1 billion marks]" (Reuters, April 1987; judged unreadable cut; events/needed-phrase.ts `title:tender-keeps-what`).
 */
export const TENDER_NOUNS = new Set(['tender', 'tenders']);

/**
 * Nouns of headway, which say nothing at a title's end without what the headway is on, even past a time: "BP said it
 * was making progress [on plugging the ruptured well]" (events/needed-phrase.ts `title:progress-keeps-target`).
 */
export const PROGRESS_NOUNS = new Set(['progress', 'headway']);

/** The prepositions that say what headway is made on (PROGRESS_NOUNS): "progress toward capping the underwater well". */
export const PROGRESS_PREPOSITIONS = new Set(['on', 'in', 'toward', 'towards']);

/**
 * Verbs of blaming, whose "on" phrase is the charge: "The presidential oil spill commission on Wednesday blamed the Gulf
 * of Mexico oil spill last year [on "missteps and oversights"]" (events/needed-phrase.ts `title:blame-keeps-cause`).
 */
export const BLAMING_VERBS = new Set(['blame']);

/**
 * Verbs whose object is followed by the phrase that says what is asked, charged or taken, with its preposition: "BP
 * began asking participants [for proof ...]" (Timeline17; the judges: "drops what they were asked for"), "accused the
 * company [of ...]". Without it the title says half the deed (events/needed-phrase.ts `title:object-keeps-verb-phrase`;
 * a verb of giving with "with" is GIVEN_WITH_VERBS').
 */
export const OBJECT_PHRASE_VERBS = new Map([
  ['ask', 'for'],
  ['accuse', 'of'],
  ['convict', 'of'],
  ['suspect', 'of'],
  ['deprive', 'of'],
  ['rob', 'of'],
  ['strip', 'of'],
  ['inform', 'of'],
  ['notify', 'of'],
  ['remind', 'of'],
  ['credit', 'with'],
  // ("The U.S. Imposed the measures and withdrew Most Favoured Nation (MFN) trading status from Poland in 1982" (Reuters,
  // March 1987; the judges: "cut-off (trading status from Poland missing)"): a thing withdrawn is withdrawn from
  // someone, a thing restored or granted is given to someone; without them the title does not say who lost or got it.)
  ['withdraw', 'from'],
  ['restore', 'to'],
  ['grant', 'to'],
  // ("The New York Times led its website with Europe Warned on U.S. Travel" (Timeline17, Reuters; the judges: "led its
  // website with what?"): a page or a bulletin is led with the story it opens on.)
  ['lead', 'with'],
]);

/**
 * Verbs that bring a body into being: "A commission appointed by Barack Obama ... turned its sights today on ...";
 * who made the subject takes no part in what the subject later does (events/candidates.ts
 * `participants:maker-of-subject`).
 */
export const MAKING_VERBS = new Set(['appoint', 'create', 'establish', 'found', 'form', 'convene', 'commission', 'nominate']);

/**
 * Nouns of a charge, a claim or a penalty, which say whom they are against with an "against" phrase a title keeps
 * after its subject: "punitive damages [against Exxon] were originally set at $5 billion" (events/candidates.ts
 * `title:charge-keeps-against`).
 */
export const CHARGE_NOUNS = new Set([
  'damages',
  'charges',
  'fines',
  'sanctions',
  'claims',
  'lawsuit',
  'lawsuits',
  'suits',
  'allegations',
  'complaints',
  'penalties',
  'indictment',
]);

/**
 * Setbacks a clause's subject meets, whose "when" clause tells who dealt them: "The administration, however, hit a
 * roadblock Tuesday when New Orleans federal judge Martin Feldman struck down the six-month ban on drilling"
 * (events/setback-when.ts).
 */
export const SETBACK_NOUNS = new Set(['roadblock', 'setback', 'snag', 'blow', 'hurdle', 'obstacle', 'rebuke', 'defeat']);

/**
 * Verbs of a thing's onset, which with "the" and a bare noun before them say only that something began: "since the
 * disaster began last month", "The spill happened April 20" (events/context-bound.ts
 * `subject-cannot-be-placed:only-began`).
 */
export const ONSET_VERBS = new Set(['begin', 'start', 'happen', 'occur']);

/**
 * Nouns of a kind that, right after "the", stand for the one the article named before and say nothing of which: "BP
 * gave the organization 655 acres", "The tool logged a collection rate", "The agency posted a single turtle spotter",
 * "BP chartered the vessel", "President Dwight D. Eisenhower created the council" (events/context-bound.ts `stands-for-a-name`). Not "the company", which events.ts names as
 * the one company named before.
 */
export const STAND_FOR_NAMED_HEADS = new Set([
  'organization',
  'organisation',
  'agency',
  'group',
  'couple',
  'device',
  'tool',
  'vessel',
  'ship',
  'commission',
  'facility',
  'project',
  'birds',
  'animals',
  'council',
  // ("Neighboring Mexico also entered the fray on Thursday": the dispute told before.)
  'fray',
  // ("The law was enacted", "Sainsbury bought about 21 pct of the stock" (wire copy, 1987; the judges: "which law is
  // unknown out of context", "of which company is unknown"): the law, the company's stock the article named before.
  // Not "region": "President Barack Obama toured the region" is the story's own Gulf region to a reader of one spill.)
  'law',
  'stock',
]);

/**
 * Modifiers that say the thing is not (or not yet, or no longer) what its noun says: "the co-founder and former chief
 * executive officer", "the alleged gunman". A short phrase never drops them (events/candidates.ts shortTokens,
 * `title:status-word-kept`): "The co-founder and chief executive officer has died" said Jobs still held the office.
 */
export const STATUS_MODIFIERS = new Set(['former', 'ex', 'late', 'acting', 'interim', 'alleged', 'suspected', 'would-be', 'then', 'outgoing', 'incoming']);

/**
 * Words that end a figure besides a number (events/endings.ts `title:figure-keeps-of-phrase`): "investors sawed off
 * 15 percent, or $21.1 billion, [of the company's market value]", "killed tens of millions [of people]".
 */
// ("On Friday, the U.S. Department of Transportation approved USAir's acquisition of 51 pct of Piedmont": wire copy
// writes "pct" for "percent"; "approved USAir's acquisition of 51 pct" says not of what.)
export const FIGURE_WORDS = new Set(['percent', 'pct', '%', 'millions', 'billions', 'thousands', 'hundreds', 'tens', 'dozens']);

/**
 * Words between "the" and a company noun that tell another company than the one the article has named ("the rival
 * energy firm", "the parent company"): events/candidates.ts `describedCompany` names no company for them.
 */
export const COMPANY_OTHER_WORDS = new Set([
  'other',
  'second',
  'third',
  'new',
  'former',
  'parent',
  'rival',
  'same',
  'first',
  'last',
  'previous',
  'next',
  'sister',
]);

/**
 * Verbs of a level that moves (lemmas), whose present perfect with no day named tells a change up to the telling, no
 * happening of the article's day (events.ts `date:lede-perfect-of-a-trend`): "The price of BP bonds has fallen sharply,
 * a sign markets consider it is more likely to default on its debt". Not "close", "open": the day's close is its day's.
 */
export const PERFECT_TREND_VERBS = new Set(['fall', 'rise', 'drop', 'climb', 'surge', 'plunge', 'tumble', 'slump', 'soar', 'slide', 'decline', 'grow']);

/**
 * Verbs that tell a count of things observed (lemmas): a month or a year after their counted object dates the things
 * counted, not the telling (events/counted-and-headed.ts `date-scope:period-of-the-counted-object`): "The U.N.'s Food
 * and Agriculture Organization reported 250 outbreaks of H5N1 in birds in February alone". Not verbs of doing, whose
 * period is their own ("sold 16.1 mln barrels in January"), nor "announce" ("announced 500 job cuts in March").
 */
export const COUNT_TELLING_VERBS = new Set(['report', 'record', 'register', 'count', 'log', 'tally', 'confirm']);

/**
 * Verbs by which a cause moves a company's figure (lemmas): in the passive with the cause as agent, a figure's
 * explanation, not a happening (events/claims-and-contents.ts `claim:figure-explained`): "Security Pacific Corp SPC said
 * growth in its third-quarter earnings was slowed by the purchase of Rainier Bancorp", "Miller said Electrospace
 * earnings last year were hurt by one-time items".
 */
export const FIGURE_AFFECTING_VERBS = new Set(['slow', 'hurt', 'depress', 'boost', 'offset', 'hamper', 'restrain', 'dampen', 'buoy', 'bolster', 'penalize']);

/** Heads of a figure's course that a cause is given for, beside OWNED_FIGURE_NOUNS: "growth in its third-quarter earnings". */
export const FIGURE_COURSE_NOUNS = new Set(['growth', 'results']);

/**
 * Verbs of letting up (lemmas): showing no sign of them says something goes on, a state (events/not-happenings.ts
 * `state:no-sign-of-letting-up`: "The spread of the new H1N1 virus in Asia showed no signs of slowing").
 */
export const LET_UP_VERBS = new Set(['slow', 'abate', 'ease', 'wane', 'subside', 'diminish', 'fade', 'weaken', 'slacken', 'recede', 'relent']);

/**
 * Heads of a noun phrase that names a kind of thing: "an H1N1 form of influenza A" (not-happenings.ts
 * `state:caused-by-a-thing`: what a thing was caused by, when it is a kind, is a fact about it).
 */
export const KIND_NOUNS = new Set([
  'form',
  'forms',
  'type',
  'types',
  'strain',
  'strains',
  'variant',
  'variants',
  'version',
  'versions',
  'subtype',
  'subtypes',
  'kind',
  'kinds',
  'variety',
  'varieties',
]);
/** Words too common in news to say two lines tell one happening (events/headline-echo.ts). */
export const HEADLINE_ECHO_COMMON_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'and',
  'or',
  'its',
  'his',
  'her',
  'their',
  'has',
  'have',
  'had',
  'been',
  'was',
  'were',
  'is',
  'are',
  'new',
]);
/**
 * Words inside a name between its capitalised ones: "Centers for Disease Control and Prevention", "Department of the
 * Interior" (events/vague-ends.ts `title:name-runs-on`).
 */
export const NAME_INNER_WORDS = new Set(['of', 'for', 'on', 'and', 'the', '&']);
/**
 * Prepositions that place a bare plural subject: "Valves on the cap", "Passengers on a plane", "Residents in Grand Isle"
 * (events/vague-ends.ts `title:bare-subject-keeps-phrase`).
 */
export const BARE_SUBJECT_PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'aboard', 'inside', 'near']);

/**
 * Words after "to" + a word after a verb of giving over that make the word a noun, the goal's head, and no infinitive:
 * "dedicated a major story to evidence that ...", "devoted $5 million to research into the virus" (candidates.ts).
 */
export const ALLOTTED_GOAL_FOLLOWERS = new Set(['of', 'that', 'into']);

/**
 * Verbs of giving a thing over to a use, a cause or a person (events/candidates.ts neededPhrase,
 * `title:object-needs-its-phrase:allotted`): "Science dedicated a major story [to evidence that ...]", "the company
 * allocated 93% of its total investment fund [to the development and extraction of oil]" say nothing without the "to".
 */
export const ALLOTTING_VERBS = new Set(['dedicate', 'devote', 'allocate', 'earmark', 'contribute', 'donate', 'attribute']);

/**
 * Words that stand for what a sentence says after them (events/vague-ends.ts `title-cut:vague-thing`): "agreed on one
 * thing [...: Someone else was to blame]", "came down to a single word[: Sorry]".
 */
export const VAGUE_THING_NOUNS = new Set(['thing', 'things', 'something', 'word']);

/**
 * Verbs of hitting back, said of a retort (events/vague-ends.ts `title-cut:retort-without-target`): "Transocean ...
 * fired back on Thursday" says not at whom.
 */
export const RETORT_VERBS = new Set(['fire', 'hit', 'strike', 'shoot']);

/**
 * A company's measured quantities besides money (events.ts `actors:sayer-owns-figures`): "In its sulphur business,
 * Pennzoil said production totaled 2.1 mln long tons last year", "Texaco said the proven crude oil reserves ...
 * totaled 2.54 billion barrels".
 */
export const COMPANY_FIGURE_NOUNS = new Set(['production', 'output', 'reserves', 'shipments', 'deliveries']);

/**
 * A company's or a market's figures that say nothing without their owner (events/ownerless-figure.ts
 * `subject-cannot-be-placed:figure-without-owner`): "He said crude oil sales last year jumped to an average 609,000
 * bpd", "Revenue passenger miles rose 17.2 pct", "the production quotas which took effect on February 1" (Reuters 1987):
 * whose sales, whose miles, whose quotas? ("miles" only as an airline's, "passenger miles": "Miles of coastline" are no
 * figure.)
 */
export const OWNED_FIGURE_NOUNS = new Set([
  'sales',
  'revenue',
  'revenues',
  'earnings',
  'profit',
  'profits',
  'quota',
  'quotas',
  'passenger miles',
  'seat miles',
  // ("However, the company reported net income declined to 17 mln dlrs", "USAir Group Inc said March load factor rose to
  // 66.5 pct", "total cargo load increased 30 pct to 18.2 mln ton miles", "Total net equity capital ... rose to 1,282 pct
  // of its funded debt" (Reuters 1987: whose income, load factor, cargo load, capital?).)
  'income',
  'net loss',
  'load factor',
  // ("Short-term bank lending rates fell to an annualised 13.88 pct at the end of December", "M-1 money supply rose a
  // provisional 17.3 pct" (Reuters, Manila, March 1987): a nation's or a bank's, which the sentence does not say.)
  'lending rates',
  'money supply',
  'cargo load',
  'equity capital',
  // ("On 16 June, the cost of buying financial protection for one year against a possible debt default by BP reached a
  // staggering 10%" (Timeline17: "never says whose debt"): a cost is of something someone pays; with no
  // name in the title, "The cost of buying financial protection reached 10%" says not whose.)
  'cost',
  // ("Pretax margins slipped to 12.5 pct in 1987 from 18.1 pct in 1986, it said", "Average wages rose 8.2 pct last year",
  // "rebates on all five cars expired April six", "each of its five top executives received bonuses which swelled their
  // pay last year" (Reuters 1987; alone, whose margins, wages, rebates, bonuses?).)
  'margins',
  'wages',
  'rebates',
  'bonuses',
  // ("Federal Express Corp said that the average daily volume of packages and documents for September increased 26 pct
  // over the same month in 1986", "The total volume of packages in September increased to 17,687,000" (wire copy, 1987,
  // the judges: "whose volume?", no actor listed).)
  'volume',
  // ("Total exports dropped to 2.50 billion dlrs last year against 2.97 billion in 1985", "Trade credit lines were 880 mln
  // dlrs in 1982, but fell in 1984", "Private sector holdings fell by about 400 mln stg" (wire copy, 1987, the judges:
  // "of whom?", "whose trade credit lines (of Peru)", "holdings of what"): a nation or a company owns its trade, credit
  // and holdings, which say nothing without their owner.)
  'exports',
  'imports',
  'credit lines',
  'holdings',
  // ("Total loans and advances rose 3.3 pct to 517.19 billion dlrs from December" (Reuters, Hong Kong, March 1987; the
  // judges: "whose loans and advances is unknown out of context"): the lending of a banking system or of a bank.)
  'loans',
  'advances',
]);

/**
 * What a market quotes (events/ownerless-figure.ts `subject-cannot-be-placed:price-of-nothing-named`): a price or futures
 * contract is of a thing; "Oil prices fell" names it, "The price was last changed September 9, Unocal said" does not.
 */
export const QUOTE_NOUNS = new Set(['price', 'prices', 'futures']);

/**
 * Words before a price that say which kind of figure it is, not what it is the price of (events/ownerless-figure.ts
 * `subject-cannot-be-placed:price-of-nothing-named`): "The average composite price fell to 99.69 cents a lb" (wire copy,
 * 1987: the ICO's coffee price, "of what?"), "Official prices had been effectively dropped", "World prices plunged"
 * (wire copy, 1987, Egypt's wheat: "'World prices' of what is unknown").
 */
export const PRICE_KIND_WORDS = new Set(['average', 'composite', 'official', 'overall', 'total', 'world']);

/**
 * A company's things and figures besides those above that say nothing without their owner (events/figure-owner.ts,
 * events/ownerless-figure.ts): "USX said total capital spending fell to 962 mln dlrs in 1986", "Exxon said that the
 * ratio of debt to capital was cut by 1.6 pct in 1986", "USX said plants that were shut down last month ... may be
 * permanently closed" (Reuters 1987: "does not say whose capital spending", "whose plants is not
 * said"). The owner is written when certain (the one company that tells it, or the article's one company), else the
 * clause makes no event. So "Capital expenditures rose to 524 mln dlrs in 1986 from 501 mln dlrs" (Union Carbide's),
 * "Traffic in February increased 11 pct to to 1.50 billion revenue passenger miles" (Pan Am's), "Discoveries and other
 * additions totaled 200.5 billion cubic feet last year" (Standard Oil's reserves) (Reuters 1987: "whose
 * capital expenditures", "whose traffic", "of what and by whom"); "Mount said that ... eliminating the annual dividend,
 * which totaled 305 mln dlrs to common shareholders in 1986, would help" (Standard Oil's, told by an analyst: "whose
 * dividend").
 */
export const OWNED_THING_NOUNS = new Set([
  'spending',
  'expenses',
  'ratio',
  'plants',
  'capacity',
  'debt',
  'payroll',
  'expenditures',
  'traffic',
  'additions',
  'dividend',
  'dividends',
]);

/**
 * The only words before a thing noun of OWNED_THING_NOUNS that keep it a company's own (events/figure-owner.ts): "USX
 * said total capital spending fell to 962 mln dlrs in 1986" (Reuters 1987). Any other word makes it
 * someone else's or a market's: "Salomon Brothers Inc said corporate debt rose 15 pct" (the market's debt), "ERCOT said
 * power plants were shut down" (a grid owns no plants), "Health spending rose 9 pct" (a nation's); then no owner.
 */
export const COMPANY_THING_MODIFIERS = new Set(['total', 'capital', 'operating', 'net', 'long-term', 'short-term', 'interest', 'annual']);

/**
 * A company's own parts, whose figures a "by" phrase gives back to the company that tells them (events/figure-owner.ts
 * `companyOwnSubject`): "Worldwide production by the consolidated subsidiaries declined to 341 mln barrels last year"
 * (Reuters 1987, Texaco's); not "spending by oil companies", "by airlines".
 */
export const COMPANY_PART_NOUNS = new Set(['subsidiaries', 'units', 'divisions', 'affiliates']);

/**
 * Nouns after a company's name that make it a part of the company named with "'s" before it (events.ts, not
 * `actors:parent-of-named-unit`): "Hutton's PC Acquisition Corp subsidiary extended its tender offer" tells of the
 * owner's subsidiary, the owner named as whose.
 */
export const UNIT_OF_OWNER_NOUNS = new Set(['unit', 'units', 'subsidiary', 'subsidiaries', 'affiliate', 'division', 'arm']);

/**
 * Pay that is the workers' own, not the company's that tells it (events/figure-owner.ts): "Ford said each of it five top
 * executives received bonuses which swelled their pay last year" (Reuters 1987): the bonuses are the executives'.
 */
export const WORKERS_PAY_NOUNS = new Set(['bonuses', 'bonus', 'wages', 'salaries', 'salary', 'pay']);

/**
 * Words before a figure that make it a market's, an industry's or a nation's, never the company's that tells it or that
 * the article is about (events/figure-owner.ts): "GM said industry sales fell", "consumer spending rose", "personal
 * income rose just 0.2 pct", "federal debt".
 */
export const NOT_COMPANY_FIGURE_WORDS = new Set([
  'industry',
  'industrywide',
  'market',
  'world',
  'national',
  'nationwide',
  'federal',
  'government',
  'consumer',
  'personal',
  'retail',
  'public',
  'economy',
  'country',
]);

/**
 * A company's figure nouns written before "growth", which make the growth that figure's: "noting that expense growth
 * in 1986 increased only one pct over 1985 expenses" (BankAmerica's, Reuters 1987). "Economic growth" is a
 * country's, no company's: growth alone is no figure here.
 */
export const GROWTH_FIGURE_NOUNS = new Set(['expense', 'cost', 'sales', 'revenue', 'earnings', 'profit', 'loan', 'deposit', 'asset', 'payroll']);

/**
 * Last words of a body's name that reports figures of others, never their owner (events/figure-owner.ts
 * `actors:reporting-body-not-owner`): "the Commerce Department reported today that personal income rose just 0.2 pct in
 * May" (Reuters 1987: "the department only reported the national figure"); the Census Bureau, the
 * Energy Information Administration, a statistics office. (OFFICE_BODY_HEADS holds "Department", "Agency",
 * "Ministry", "Commission".)
 */
export const REPORTING_BODY_HEADS = new Set(['Bureau', 'Office', 'Administration', 'Service', 'Institute', 'Board', 'Statistics']);

/**
 * Central banks, which tell a nation's money figures and never own them (events/figure-owner.ts
 * `actors:central-bank-not-owner`): "The Bundesbank noted that in 1986, spending had increased by more than the three pct
 * annual average rise for 1982 to 1986" (Reuters, April 1987; titled "Bundesbank's spending had increased"). Matched on
 * the name's words, as the article writes it.
 */
export const CENTRAL_BANK_NAMES = [
  'Bundesbank',
  'Central Bank',
  'Federal Reserve',
  'Reserve Bank',
  'Bank of England',
  'Bank of Japan',
  'Bank of France',
  'Banque de France',
  'Bank of Canada',
  'Bank of Italy',
  'Swiss National Bank',
];

/**
 * Offers and contests for a company, which are someone's and for something (events/ownerless-figure.ts
 * `subject-cannot-be-placed:offer-without-owner`): "THe tender offer began on February six", "A takeover battle began
 * today for debt-burdened Dome Petroleum Ltd" (Reuters 1987: whose offer, for what?).
 */
export const OWNED_OFFER_NOUNS = new Set(['offer', 'offers', 'bid', 'bids', 'takeover battle', 'bidding war']);

/**
 * Happenings between parties, or a company's own plan, that say nothing without them (events/ownerless-figure.ts
 * `subject-cannot-be-placed:process-without-owner`): "Negotiations began on January 21 on a contract for American
 * Motors to build its new ZJ sports Jeep", "Negotiations, which continued past a midnight Friday deadline, ended
 * Saturday", "Chrysler Corp said it is ... accelerating a stock repurchase program which began in 1984" (Reuters 1987,
 * "does not say which negotiations or between whom", "whose repurchase program is unknown").
 */
export const OWNED_PROCESS_NOUNS = new Set(['negotiations', 'talks', 'bargaining', 'repurchase program', 'buyback program', 'buy-back program']);

/**
 * Verbs that tell where a thing came from, with "from" (events/background-states.ts `state:origin-from`): "The current
 * litigation arose from Texaco's buyout of Getty Oil Co in 1984", "stemmed from", "originated from".
 */
export const ORIGIN_VERBS = new Set(['arise', 'stem', 'originate']);

/**
 * Verbs by which a present clause tells what a document or a person says, not how things are (events/background-clauses.ts
 * `pastUnderPresentState`): "The Japanese report also mentions the government inspectors who in 1978 signed a
 * certificate of airworthiness approving the repairs" reports the signing, no background to a state.
 */
export const CONTENT_TELLING_VERBS = new Set(['mention', 'show', 'list', 'detail', 'report', 'document', 'recount', 'reveal', 'describe']);

/**
 * Figures one party is ranked against another in (background-states.ts `state:ranked-against`): "Ford Motor Co neared
 * General Motors Corp last year in executive bonuses". "Nadal topped Federer in straight sets", "Obama topped McCain
 * in national polls" are results, happenings.
 */
export const RANKED_FIGURE_NOUNS = new Set([
  'bonuses',
  'bonus',
  'sales',
  'profits',
  'profit',
  'earnings',
  'revenue',
  'revenues',
  'payments',
  'pay',
  'wages',
  'salaries',
  'compensation',
  'output',
  'production',
  'spending',
  'deliveries',
  'shipments',
  'orders',
  'exports',
  'imports',
  'assets',
  'income',
  'volume',
]);

/**
 * Verbs that rank one party against another in a measure (events/background-states.ts `state:ranked-against`): "Ford
 * Motor Co neared General Motors Corp last year in executive bonuses, while it topped the larger automaker in profit
 * sharing payments to workers".
 */
export const RANKING_VERBS = new Set(['near', 'top', 'outstrip', 'trail', 'lag', 'outpace', 'outrank']);

/**
 * Nouns of a writer's own view (events/not-happenings.ts `view:first-person-opinion`): "My feeling is that all this has
 * been said before but the big-oil lobby got to work after things had calmed down in 1979", a reader's comment.
 */
export const OPINION_NOUNS = new Set(['feeling', 'view', 'opinion', 'guess', 'sense', 'impression', 'belief', 'hunch', 'bet', 'suspicion', 'fear']);

/**
 * Nouns of an opinion poll (events/background-states.ts `furniture:poll-method`): "The poll of 1,000 people was
 * conducted June 17-21", "The Post-ABC poll was conducted June 3 to 6, among a random national sample of 1,004 adults".
 */
export const POLL_NOUNS = new Set(['poll', 'survey', 'polls', 'surveys']);

/** Verbs that tell how a poll was made, its field dates and sample (`furniture:poll-method`). */
export const POLL_METHOD_VERBS = new Set(['conduct', 'take', 'carry', 'field']);

/**
 * Words of a price's move beside a level (events/background-states.ts `state:closing-price`): "GenCorp stock closed
 * yesterday ... at 90.50 dlrs a share, up two dlrs on the day" tells a move; "Eletrospace shares closed yesterday on
 * the NYSE at 30-1/8" a level.
 */
export const PRICE_MOVE_WORDS = new Set(['up', 'down', 'off', 'higher', 'lower', 'gained', 'lost', 'rose', 'fell', 'dropped', 'jumped', 'climbed', 'slipped']);

/**
 * Verbs that give a level (events/background-states.ts `state:level-at-period-end`): "reserves ... totaled 2.54 billion
 * barrels at the end of 1986", "amounted to".
 */
export const LEVEL_VERBS = new Set(['total', 'amount']);

/**
 * Heads of what is owed or held, a balance at a moment (candidates.ts `state:balance-totaled`): "Peru's foreign debt
 * obligation this year totaled 6.3 billion dlrs", "The unfunded pension liabilities totaled 44 mln dlrs" (wire copy,
 * 1987: judged a state, no happening). Not a flow over a period, which a total tells as that period's figure:
 * "Standard's capital spending totaled 1.77 billion dlrs" stays.
 */
export const BALANCE_NOUNS = new Set([
  'debt',
  'debts',
  'obligation',
  'obligations',
  'liabilities',
  'liability',
  'reserves',
  'assets',
  'deposits',
  'borrowings',
  'arrears',
  // "South Korea’s M-2 supply in February totalled 33,992 billion won, 18.89 pct up on the year-earlier figure" (Reuters,
  // March 1987; judged "a money-supply level (a state), no change reported"): money in supply, goods in stock are held
  // at a moment as reserves are.
  'supply',
  'stocks',
  'holdings',
  'inventories',
  // "The Treasury's operating cash balance totaled 18.845 billion dlrs on March 23 compared with 20.318 billion dlrs on
  // March 20" (Reuters, March 1987; judged "a cash balance level on a day ... a state/figure"): cash on hand is held as
  // deposits are. A trade balance is a month's flow instead (BALANCE_FLOW_WORDS).
  'balance',
  'balances',
]);

/**
 * Words that make a balance a difference of flows over a period, not what is held at a moment (candidates.ts
 * `state:balance-totaled` leaves these): "the trade balance totalled a deficit of 1.2 billion dlrs in March", "the
 * current account balance", "the balance of payments".
 */
export const BALANCE_FLOW_WORDS = new Set(['trade', 'payments', 'account', 'budget']);

/**
 * A company's results a relative clause gives its antecedent, "in earnings" (background-states.ts
 * `state:figure-of-its-antecedent`): "Phillips chemical operations, which provided 299 mln dlrs in earnings for 1986";
 * and a year's result "of" an amount (background-clauses.ts `background:yearly-figure-off-the-news`): "sustained a loss
 * of 28 mln stg".
 */
export const PERIOD_RESULT_NOUNS = new Set(['earnings', 'profit', 'profits', 'income', 'revenue', 'revenues', 'sales', 'loss', 'losses']);

/**
 * Nouns of an accounting period (events/wire-table.ts `furniture:period-ended`): "Period ended April 30", "Qtr ended
 * March 31", "Nine mths ended Feb 28" head a wire results table.
 */
export const ACCOUNTING_PERIOD_NOUNS = new Set(['period', 'quarter', 'qtr', 'half', 'year', 'months', 'mths', 'weeks', 'wks']);

/**
 * Verbs that set where a period begins or ends (background-states.ts `background:period-bounds`): "the fourth year of
 * the U.S.-USSR Grain Supply Agreement, which began October 1, 1986".
 */
export const PERIOD_BOUND_VERBS = new Set(['begin', 'start', 'end', 'commence']);

/**
 * Nouns of a span of time that frames a sentence's news (background-states.ts `background:period-bounds`): "delivery in
 * the fourth year of the U.S.-USSR Grain Supply Agreement, which began October 1, 1986". Not a round or a phase, which
 * may be a happening: "a new round of talks, which began on Monday".
 */
export const FRAMING_PERIOD_NOUNS = new Set(['year', 'season', 'quarter', 'half', 'month', 'week', 'period', 'term']);

/**
 * Verbs of expecting whose infinitive tells a forecast (events/background-states.ts `forecast:time-of-expected`):
 * "Analysts said they expected Texaco stock ... to slip to about 25 when the New York Stock Exchange opened".
 */
export const FORECAST_VERBS = new Set(['expect', 'anticipate', 'forecast', 'predict', 'project', 'hope', 'fear']);

/**
 * Verbs of a speaker's figure of what will be, whose content is no happening (events/background-states.ts
 * `forecast:content`): "Ford has projected output of 12,000 Tempo and Topaz models equipped with airbags".
 */
export const FORECAST_CONTENT_VERBS = new Set(['project', 'forecast', 'predict']);

/** Subordinators of the time a forecast names (events/background-states.ts `forecast:time-of-expected`): "when". */
export const FORECAST_TIME_MARKERS = new Set(['when', 'whenever', 'once', 'until', 'till']);

/**
 * Verbs that set money aside for a coming use (events/background-states.ts `plan:budgeted`): "Pennzoil also said it had
 * budgeted 212 mln dlrs for capital spending in 1987".
 */
export const BUDGETING_VERBS = new Set(['budget']);

/**
 * Verbs of seeking to undo a ruling (events/background-states.ts `finding:under-challenge`): "expected the Texas State
 * Supreme Court to overturn a State Appeals Court ruling that found Texaco unlawfully interfered with ...".
 */
export const CHALLENGE_VERBS = new Set(['overturn', 'reverse', 'appeal', 'challenge', 'contest', 'vacate', 'overrule', 'quash']);

/**
 * Verbs that keep a happening from taking place (events/background-states.ts `thwartedHappeningNoun`): "a 1985 judgment
 * that ruled it illegally interfered with Pennzoil's 1984 acquisition of Getty Petroleum Corp" (Texaco bought Getty).
 */
export const THWARTING_VERBS = new Set(['interfere', 'block', 'thwart', 'prevent', 'foil', 'scuttle', 'derail']);

/**
 * Verbs of breaking an agreement, a law or a rule (events/claims-and-contents.ts `claim:breach-alleged`): "Kaya Erdem said
 * earlier today Greek activities in the northern Aegean contravened the 1976 Berne Agreement" is his charge.
 */
export const BREACH_VERBS = new Set(['contravene', 'violate', 'breach', 'infringe', 'flout']);

/**
 * Verbs of a headcount held (events/levels.ts `state:headcount`): "At the beginning of 1987, Sony employed about 1,100
 * people in Europe" tells how many work there, a state.
 */
export const HEADCOUNT_VERBS = new Set(['employ']);

/**
 * Verbs of a flow whose object, an amount per day or per year, is a level held over a period, no happening of it
 * (events/levels.ts `state:flow-level`): "In 1985, ADNOC marketed a total of 476,000 bpd of crude oil". A change to a
 * flow ("raised output to 16.6 mln bpd", "production fell to 2 mln bpd") is not told with these verbs.
 */
export const FLOW_LEVEL_VERBS = new Set(['produce', 'pump', 'export', 'import', 'market', 'ship', 'refine', 'process', 'consume', 'handle']);

/**
 * Verbs that put an estimate "at" an amount (events/levels.ts `state:estimated-level`): "MEES put Saudi Arabian output at
 * 2.9 mln bpd in the first week of March".
 */
export const ESTIMATE_AT_VERBS = new Set(['put', 'estimate', 'place', 'peg']);

/**
 * Verbs of giving out information, which with an object that opens with "no" tell what was not given
 * (events/levels.ts `not-done:nothing-given`): "Lukman gave no specific figures for February output".
 */
export const GIVING_INFORMATION_VERBS = new Set(['give', 'provide', 'offer', 'disclose', 'release', 'reveal', 'specify', 'make']);

/**
 * Adverbs that hedge a quantifier opening the subject (events/figure-scope.ts `title:subject-keeps-hedge`): "Virtually
 * all Latin American leaders backed ..." is not "All Latin American leaders backed ...".
 */
export const QUANTIFIER_HEDGES = new Set(['virtually', 'nearly', 'almost', 'practically', 'roughly', 'approximately', 'about', 'around', 'some']);

/** Quantifiers a hedge may qualify (events/figure-scope.ts `title:subject-keeps-hedge`): "virtually all", "almost every". */
export const HEDGEABLE_QUANTIFIERS = new Set(['all', 'every', 'each', 'half', 'none', 'no', 'everyone', 'everybody', 'everything']);

/**
 * Verbs of declining, whose infinitive of saying tells what was not said (events/levels.ts `not-done:declined-to-say`):
 * "A BP spokesman declined to comment on the leak this morning".
 */
export const DECLINING_VERBS = new Set(['decline', 'refuse']);

/** Verbs of making known, beside SAYING_VERBS, that a spokesman declines (events/levels.ts `not-done:declined-to-say`). */
export const DISCUSSING_VERBS = new Set(['discuss', 'disclose', 'elaborate', 'confirm', 'identify', 'specify', 'reveal', 'name', 'give']);

/**
 * Verbs whose past participle describing a noun says it was voiced, words and no deed (events/levels.ts
 * `view:voiced-participle`): "their anger over what they call unfair government support for Airbus, voiced during a
 * visit to European capitals in February". ("raised", "given", "offered" are deeds as often: "funds raised".)
 */
export const VOICED_PARTICIPLE_VERBS = new Set(['express', 'voice', 'air', 'convey']);

/**
 * Participles of market talk, which with "at" and an amount tell where a price stood, no deal (events/levels.ts
 * `state:price-quoted`): "August Dubai was discussed in cautious early activity at around 17.35 dlrs".
 */
export const PRICE_TALK_PARTICIPLES = new Set(['discussed', 'quoted', 'indicated', 'assessed', 'talked', 'heard', 'pegged']);

/**
 * Nouns of a body or an undertaking that "a" or "an" introduces with the words after them, which say which one: "An
 * operation using undersea robots ... was launched", "A commission appointed by Barack Obama ... turned its sights"
 * (events/which-left-out.ts).
 */
export const INTRODUCED_KIND_HEADS = new Set([
  'operation',
  'commission',
  'committee',
  'panel',
  'organization',
  'organisation',
  'agency',
  'group',
  'body',
  'team',
]);

/**
 * Heads of a speaker who comments on a company or a market from outside it: what such a speaker says fed, drove or
 * caused something is an explanation, their view, never a happening ("Analysts said rumors were fed by the
 * reorganization of Shearson management Wednesday" (Reuters, March 1987) would turn an opinion into a fact as
 * "Rumors were fed by the reorganization of Shearson management"). events/claims-and-contents.ts
 * `claim:observer-explanation`.
 */
export const OBSERVER_SPEAKER_HEADS = new Set([
  'analyst',
  'analysts',
  'expert',
  'experts',
  'observer',
  'observers',
  'critic',
  'critics',
  'trader',
  'traders',
  'dealer',
  'dealers',
  'broker',
  'brokers',
  'economist',
  'economists',
  'strategist',
  'strategists',
]);

/**
 * Verbs of credit for a first: who originated, invented or pioneered a thing. Told by a speaker, it is a claim of credit
 * ("He said that Shearson originated the concept of auction money market preferred stock three years ago", Reuters
 * 1987: "a claim of credit by a speaker; title states it as fact"). events/claims-and-contents.ts
 * `claim:credit`.
 */
export const CREDIT_VERBS = new Set(['originate', 'invent', 'pioneer', 'coin']);

/**
 * Verbs that tell what made something happen: told by an observer (OBSERVER_SPEAKER_HEADS) or found by a report, they
 * give a cause, an explanation: "rumors were fed by the reorganization", "The final report ... said faulty repairs to
 * the plane in 1978 by Boeing and inadequate inspection by Transport Ministry inspectors caused the 1985 crash"
 * (Reuters, June 1987: told alone, the report's finding would read as a fact). events/claims-and-contents.ts.
 */
export const EXPLANATION_VERBS = new Set([
  'feed',
  'fuel',
  'drive',
  'cause',
  'spark',
  'trigger',
  'prompt',
  'reflect',
  'stem',
  'spur',
  'attribute',
  'underlie',
  'propel',
]);

/**
 * EXPLANATION_VERBS that are as often literal ("Police sources said the gunman drove a van into pedestrians", "fed the
 * animals", "fuelled the plane"): an explanation only in the passive with its cause as agent, "rumors were fed by the
 * reorganization", "The rally was driven by heavy buying" (events/claims-and-contents.ts).
 */
export const LITERAL_EXPLANATION_VERBS = new Set(['feed', 'fuel', 'drive', 'spur', 'propel']);

/**
 * Verbs by which talk goes round: with a subject of HEARSAY_NOUNS, "Last week, rumors circulated on Wall Street that the
 * financial services giant was considering a spinoff of part of Shearson" (Reuters, March 1987; "Rumors circulated on
 * Wall Street" says nothing: about what?). events/claims-and-contents.ts `hearsay:talk-without-content`.
 */
/**
 * Verbs whose passive with an infinitive tells what others say or think of the subject (events/claims-and-contents.ts
 * `hearsay:passive-report`): "He was rumored in April to be under consideration for a position on the board".
 */
export const HEARSAY_PASSIVE_VERBS = new Set(['rumor', 'rumour', 'say', 'report', 'believe', 'think', 'allege', 'reckon', 'suppose', 'understand']);

export const CIRCULATING_VERBS = new Set(['circulate', 'swirl', 'spread', 'surface', 'resurface', 'persist', 'abound', 'mount', 'fly', 'intensify']);

/**
 * Words that hedge the figure a change is measured from: "up from about 91", "against just 1.1 mln dlrs", "from some
 * $3 bln at the end of 1985" (events.ts `baselineOfChange`, events/baseline-at-period-end.ts); in this order in their
 * patterns.
 */
export const FIGURE_HEDGES = ['about', 'around', 'some', 'roughly', 'nearly', 'almost', 'just', 'only', 'over', 'under'];

/**
 * Roles taken in someone else's deal or case, after "acted as", that say nothing without what they were taken in:
 * "Shearson acted as co-manager in the underwriting of units of Fireman's common stock and warrants last May" (Reuters,
 * March 1987; "Shearson acted as co-manager" says nothing: of what?). events/needed-phrase.ts `title:role-keeps-what`.
 */
export const DEAL_ROLE_NOUNS = new Set([
  'manager',
  'co-manager',
  'adviser',
  'advisor',
  'agent',
  'underwriter',
  'intermediary',
  'mediator',
  'broker',
  'trustee',
  'consultant',
  'counsel',
  'go-between',
  'guarantor',
  'sponsor',
]);

/**
 * The prepositions that say in which deal a role was taken (with DEAL_ROLE_NOUNS): "as co-manager in the underwriting",
 * "as adviser to Texaco"; "Former President Carter acted as mediator between Israel and Egypt": a go-between's deal is
 * "between" two.
 */
export const DEAL_PREPOSITIONS = new Set(['in', 'of', 'for', 'on', 'to', 'between']);

/** Verbs that take a role with "as" for a deal or a case (with DEAL_ROLE_NOUNS): "acted as co-manager in ...". */
export const ACTING_AS_VERBS = new Set(['act']);

/**
 * Heads of a deal or a happening of business that "the" (or "its") points back to and that says what only with its own
 * complement, with the prepositions that open it (events/definite-noun.ts): "AMR announced the order earlier today",
 * "BankAmerica filed the offer on January 26", "Citicorp announced the 130 mln rand cash sale on Tuesday", "USX had
 * announced the indefinite idling of the integrated steel mill" (Reuters 1987; alone, what order, what
 * offer, what was sold?). With its complement in the title, "announced the sale of its Cleveland unit to X", the
 * phrase says what. None of them is self-contained: a sale, an order or an idling is never the one of its kind a
 * reader knows, as "the Senate" or "the spill" of a timeline of one spill are.
 */
export const DEFINITE_EVENT_NOUNS = new Map<string, string[]>([
  ['sale', ['of', 'to']],
  ['order', ['for', 'of', 'from']],
  ['offer', ['for', 'of', 'to']],
  ['bid', ['for', 'to']],
  ['purchase', ['of']],
  ['acquisition', ['of']],
  ['merger', ['with', 'of', 'between']],
  ['agreement', ['with', 'to', 'on', 'between', 'for']],
  ['takeover', ['of']],
  ['transaction', ['with', 'for']],
  ['idling', ['of']],
  ['closing', ['of']],
  ['closure', ['of']],
  ['dredging', ['of']],
  ['underwriting', ['of']],
]);

/**
 * Heads of a thing the article named before, a plant, a product, a body set up for one matter, that "the" with words of
 * kind alone does not name (events/definite-noun.ts): "USX had announced the indefinite idling of the integrated steel
 * mill" (the Geneva Works, named two sentences before), "The product was introduced in New York" (Reuters 1987), "President
 * Barack Obama set up the commission" (Timeline17: "'the commission' is never identified"). A name, an owner,
 * or a phrase after it says which ("the Geneva mill", "the commission on the spill"). FACILITY_HEADS are placed by no
 * word of kind, and words of kind are what marks one as a description of a plant named before ("the integrated steel
 * mill", "The joint-venture plant began production": which plant?): a bare "the plant", "the refinery" of a story
 * about one is left to the story. For DEFINITE_THING_HEADS a word before the head says which ("the presidential
 * commission"), and only the bare noun is unplaced.
 */
export const FACILITY_HEADS = new Set(['mill', 'plant', 'refinery', 'factory', 'smelter', 'facility']);
export const DEFINITE_THING_HEADS = new Set([
  'product',
  'commission',
  // ("The bill was defeated by the Senate Agriculture Committee", "The committee was meeting in New York", "The subject
  // was discussed in the presence", "The Navy settled the claims for 208 mln dlrs in 1978" (wire copy, 1987; the judges:
  // "which bill is not said", "The committee which", "The subject unknown", "the claims has no referent out of
  // context"): a bill, a committee set up for one matter, a subject or claims told of before; a word of kind says which
  // ("the spill bill", "the House committee"), as a phrase after it does. Not "authority": its plural, "The authorities
  // closed 4,000 square miles of the Gulf", is the officials in charge, read by any reader.)
  'bill',
  'committee',
  'subject',
  'claims',
]);

/**
 * Words before "order" that make it a kind of document, no purchase order (events/definite-noun.ts): "Biden signed the
 * executive order on Friday", "a court order", "a restraining order".
 */
export const DOCUMENT_ORDER_WORDS = new Set(['executive', 'court', 'restraining', 'gag', 'stay-at-home']);

/**
 * The verbs a deal's noun names the doing of, for its earlier mention by a verb (events/definite-noun.ts
 * `definite-noun:named-before`): "Microsoft agreed to buy Activision Blizzard for 69 billion dollars ... Microsoft
 * completed the acquisition on Friday".

 * Roles a company takes "as" in a deal, which say nothing without the phrase that names the deal, with its prepositions
 * (events/definite-noun.ts `title:definite-noun-keeps-its-phrase`, `object-cannot-be-placed:role-of-what`): "Shearson
 * acted as co-manager in the underwriting of units of Fireman's common stock" (Reuters 1987; unreadable alone as
 * "Shearson acted as co-manager": of what?).
 */
export const DEAL_NOUN_VERBS = new Map<string, string[]>([
  ['acquisition', ['acquire', 'buy']],
  ['purchase', ['buy', 'purchase']],
  ['takeover', ['acquire', 'buy']],
  ['merger', ['merge']],
  ['sale', ['sell']],
]);

/**
 * Heads after "its", "their" that are the owner's one deal or case, as "its bid", "its offer" are: "Pfizer announced its
 * deal on Monday", "Boeing settled its lawsuit on Friday" say which deal and which case by their owner (events/definite-noun.ts).
 */
export const OWNERS_ONE_CASE_HEADS = new Set(['deal', 'lawsuit', 'suit', 'request', 'decision']);

/** Nouns before a deal's noun that tell how it is paid or made, not what it is of: "the 130 mln rand cash sale", "the tender offer". */
export const DEAL_MANNER_NOUNS = new Set(['cash', 'tender', 'stock', 'share']);

/**
 * Verbs that tell one happening's order against another: "The spill followed the explosion" (date-nouns.ts).
 */
export const ORDER_VERBS = new Set(['follow', 'precede', 'predate', 'postdate']);

/**
 * Participles that open a span after its noun: "monthly payments starting in mid-June" tells no happening of the
 * payments of its own; the span's start is read whole (events.ts `date:start-of-span`), so candidates.ts does not cut
 * it as another noun's participle.
 */
export const STARTING_PARTICIPLES = new Set(['starting', 'beginning', 'commencing']);

/**
 * Participles after a comma that set the clause against another time, whose date is the comparison's, not the
 * happening's: "Exxon said the lower product margins resulted in significantly reduced earnings ..., contrasting sharply
 * with the unusually strong margins prevailing in the first qtr of 1986" (candidates.ts `date-scope:not-the-comparison`).
 */
export const CONTRASTING_PARTICIPLES = new Set(['contrasting', 'comparing', 'compared']);

/**
 * Plural nouns for a place's people, the only heads `subject-cannot-be-placed:restrictive-relative` reads as a
 * group cut to a part ("quarantine Hong Kong people who were exposed to the SARS virus"). Not things or followers:
 * "Investors sold Tokyo shares that rose sharply on Friday" keeps "Tokyo shares rose".
 */
export const PLACE_PEOPLE_NOUNS = new Set([
  'people',
  'residents',
  'citizens',
  'nationals',
  'patients',
  'workers',
  'migrants',
  'civilians',
  'travellers',
  'travelers',
  'tourists',
]);

/**
 * Verbs whose passive says nothing without the phrase that completes it, what the thing was used for or where it was
 * put (events/read-alone.ts `title-cut:verb-needs-its-complement`): "the blowout preventer that was used in the "top
 * kill" operation last month" (Washington Post) was titled "The blowout preventer was used" ("used for
 * what?").
 */
export const PASSIVE_NEEDS_COMPLEMENT_VERBS = new Set(['use', 'base', 'put', 'place', 'locate', 'design', 'intend', 'aim']);

/**
 * Phrasal verbs whose object the article told before and the verb leaves unsaid (events/read-alone.ts
 * `title-cut:verb-needs-its-complement`): "Gareth Carins always dreamt of joining the French Foreign Legion ... he
 * followed his boyhood dream and joined up in 1996" (BBC) was titled "Gareth Carins joined up" ("joined
 * what?"); "When Hayward took over in 2007" (took over what?). The verb's lemma and its particles.
 */
export const OBJECTLESS_PHRASAL_VERBS = new Map<string, string[]>([
  ['join', ['up', 'in']],
  ['sign', ['up', 'on']],
  ['take', ['over']],
  ['pull', ['out']],
  ['back', ['out']],
  ['opt', ['out']],
]);

/**
 * Words that date a thing from the day its article was written, which a reader of a title does not see
 * (events/read-alone.ts `title-cut:relative-date-kept`): "Barack Obama won last year's presidential election"
 * (Guardian, April 2009: "'last year's' is relative to an article date the reader does not see").
 * The words that are such a date alone, and those that make one with a noun of time after them ("last year").
 */
export const RELATIVE_DAY_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
export const RELATIVE_PERIOD_WORDS = new Set(['last', 'this', 'next', 'past', 'coming']);

/**
 * Nouns of a place that, after "the" alone, point back to the place the article told of (events/candidates.ts
 * placingPhrase, `title:placing-phrase-points-back`): "Divers hired by the owner of an oil platform in the Gulf of Mexico
 * that caught fire recovered a body near the site" (Fox News: "'the site' has no referent in the title").
 */
export const POINTING_BACK_PLACE_HEADS = new Set(['site', 'scene', 'spot', 'location', 'vicinity']);

/**
 * Prepositions whose phrase after a figure the title ends on says which part of the figure it was (events/object-scope.ts
 * `title:figure-keeps-object-scope`): where it went, "The authorities closed 4,000 square miles of the Gulf to fishing";
 * where it came from, "Mobil bought 73 mln dlrs of crude oil and oil products from China"; where each part was, "BP
 * implemented budget cuts of 25% in 1999 and 2005 at each of its five US refineries"; which way it went, "through".
 */
export const OBJECT_SCOPE_PREPOSITIONS = new Set(['to', 'from', 'at', 'through']);

/**
 * Prepositions whose phrase after a negated promise says how far the promise goes (events/object-scope.ts
 * `title:promise-keeps-limit`): "he agreed in November not to buy stock for 10 years without permission".
 */
export const PROMISE_LIMIT_PREPOSITIONS = new Set(['for', 'without', 'except', 'until']);

/** Of PEOPLE_GROUP_HEADS, those a group with no plural "s": "11 crew members died", "police occupied one ship". */
export const GROUP_NOUNS_WITHOUT_PLURAL = new Set(['people', 'crew', 'police']);

/**
 * Lemmas of nouns for people, which a count or a plural makes a group a reader sees without a name: "Some 7,000 black
 * miners went on strike", "About 60 people died in accidents and election-related violence", "11 crew members died",
 * "Thousands of people began returning to their homes" (all judged readable on wire copy and Timeline17). Such a
 * title stands alone where a thing or a figure without its owner does not (events/unplaced.ts `unnamedSubject`).
 * Not those of a market or an office ("Buyers were awaiting", "Officials said"): what they do is a view or a trade,
 * whose owner the title needs.
 */
export const PEOPLE_GROUP_HEADS = new Set([
  'people',
  'person',
  'man',
  'woman',
  'child',
  'worker',
  'miner',
  'employee',
  'member',
  'crew',
  'engineer',
  'scientist',
  'soldier',
  'troop',
  'police',
  'policeman',
  'resident',
  'citizen',
  'passenger',
  'student',
  'patient',
  'victim',
  'protester',
  'demonstrator',
  'striker',
  'farmer',
  'rescuer',
  'firefighter',
  'diver',
  'fisherman',
  'sailor',
  'tourist',
  'pilot',
  'doctor',
  'nurse',
  'volunteer',
  'villager',
  'refugee',
  'prisoner',
  'hostage',
]);

/**
 * Verbs of an impersonal frame around what became known (events/impersonal-frame.ts): "Yesterday, it was announced
 * that her son Jack had also died", "Two Britons have now contracted swine flu within the UK, it was confirmed
 * yesterday", "It emerged on Wednesday that a small part of the slick had entered the so-called Loop Current". A
 * passive of telling with an empty "it", or "emerge", which takes no object, with one.
 */
export const IMPERSONAL_FRAME_VERBS = new Set(['announce', 'confirm', 'reveal', 'disclose', 'emerge']);

/**
 * Verbs of spending an amount, whose "on" or "for" phrase after it says on what: "the Obama administration announced it
 * will spend $29m [on training offshore drilling inspectors]" (events/cut-heads.ts `title:spending-keeps-what-on`, or
 * no title: `title-cut:spending-without-what-on`).
 */
export const SPENDING_VERBS = new Set(['spend', 'invest', 'allocate', 'earmark']);

/**
 * Nouns of an owner's part counted in percent, which say nothing without the company their "in" phrase names: "BP
 * announced that it would sell its 60 percent interest [in Pan American Energy]" (events/cut-heads.ts
 * `title:stake-keeps-its-company`). STAKE_NOUNS and "interest", which only a percent makes a part.
 */
export const PERCENT_STAKE_NOUNS = new Set(['stake', 'stakes', 'holding', 'holdings', 'interest']);

/**
 * Nouns that make a noun phrase a share (background-states.ts `state:share-or-total-over-a-year`): "81 pct of the
 * country's metal exports were channelled through Dar es Salaam last year", "33 pct were made to maintain low consumer
 * prices".
 */
export const SHARE_NOUNS = new Set(['pct', 'percent', '%']);

/**
 * Adjectives that close a measure of size (background-states.ts `state:size-measure`): "waves that topped five feet
 * high".
 */
export const DIMENSION_ADJECTIVES = new Set(['high', 'tall', 'deep', 'long', 'wide', 'thick']);

/**
 * A wire headline's verb and the verbs a lede tells the same deed with (events/headline-echo.ts `headlineParaphrasesLede`,
 * events.ts `date:wire-lede-told-by-headline-paraphrase`): "TWA MAKES MERGER OFFER FOR USAIR" over "Trans World Airlines
 * said it has proposed a cash merger of USAir Group with TWA", "CHEVRON LAUNCHES PLATFORM OFF CALIFORNIA" over "Chevron
 * U.S.A. Inc said it has begun the installation of an oil drilling platform", "BANKAMERICA SETS NEW BANKING SERVICE"
 * over "Bank America Corp said it has introduced an electronic information and transaction service", "CHINA GETS WORLD
 * BANK LOAN FOR FERTILIZER" over "The World Bank said it approved a 97.4 mln dlr loan for China" (Reuters, 1987). Keys
 * are the headline's words as written; values the lede verb's lemmas.
 */
export const HEADLINE_VERB_PARAPHRASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['makes', ['propose', 'offer', 'bid']],
  ['offers', ['propose', 'bid']],
  ['sets', ['set', 'declare', 'approve', 'announce', 'establish', 'introduce', 'adopt', 'authorize']],
  ['launches', ['begin', 'start', 'introduce', 'unveil']],
  ['gets', ['receive', 'win', 'award', 'grant', 'approve']],
  ['wins', ['receive', 'award', 'grant', 'approve']],
  ['receives', ['win', 'award', 'grant']],
  ['downgrades', ['lower', 'cut', 'reduce']],
  ['downgraded', ['lower', 'cut', 'reduce']],
  ['upgrades', ['raise', 'lift']],
  ['upgraded', ['raise', 'lift']],
  ['lifts', ['raise', 'increase']],
  ['ups', ['raise', 'increase']],
  ['buys', ['acquire', 'purchase']],
  ['acquires', ['buy', 'purchase']],
  ['details', ['release', 'announce', 'unveil', 'disclose']],
  ['adds', ['introduce']],
  ['names', ['appoint', 'elect']],
  ['appoints', ['name', 'elect']],
  ['sues', ['file']],
  // ("O'BRIEN ENERGY IN CITICORP LEASE" over "O'Brien Energy Systems Inc said it has signed a 12-year 12 mln dlr lease
  // with Citicorp": a headline with no verb writes "in" for the pact its company signed or entered.)
  ['in', ['sign', 'enter', 'form']],
]);
