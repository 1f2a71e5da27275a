/**
 * The grammar words the linguistic layer (src/extract/nlp/) reads clauses with: closed classes of English
 * (negators, modals, subordinators, relative pronouns, particles) and the open-class verbs whose clause
 * complements are someone's words or beliefs rather than the narrator's facts. Lists are lower case and
 * keyed by lemma unless they say otherwise; they come from standard English grammars (Quirk et al., the
 * Cambridge Grammar) and were checked against the BP-spill and H1N1 development articles.
 */

import { NUMBER_WORDS, WEEKDAY_NAMES } from './time';

/** Words that negate their clause: "BP did not cap the well", "the well never leaked", "No one was hurt". */
export const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere']);

/** Modal auxiliaries, as wink lemmatises them ("could" → "could", "ca" of "can't" → "can", "wo" of "won't" → "will"). */
export const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'ought']);

/** Modals that make the future ("will meet on Wednesday"; "said it would cap the well": the future seen from the past). */
export const FUTURE_MODALS = new Set(['will', 'shall', 'would']);

/** Auxiliaries by lemma: be (passive, progressive), have (perfect), do (negation and questions), get (passive: "got killed"). */
export const BE = 'be';
export const HAVE = 'have';
export const DO = 'do';
export const GET = 'get';

/**
 * Verbs whose clause complement is someone's words: "BP said (that) the well was capped", "Allen warned
 * that ...", "officials told reporters the leak had stopped". The complement is reported speech.
 */
export const SPEECH_VERBS = new Set([
  'say',
  'tell',
  'claim',
  'warn',
  'announce',
  'report',
  'add',
  'insist',
  'deny',
  'confirm',
  'state',
  'argue',
  'note',
  'explain',
  'admit',
  'acknowledge',
  'reveal',
  'testify',
  'write',
  'tweet',
  'allege',
  'stress',
  'declare',
  'disclose',
  'reply',
  'respond',
  'comment',
  'suggest',
  'predict',
  'estimate',
  'caution',
  'complain',
  'promise',
  'pledge',
  'vow',
  'assert',
  'contend',
  'maintain',
  'concede',
  'recall',
  'inform',
  'assure',
  'remark',
  'observe',
  'agree',
  'show',
  'indicate',
  'find',
  'conclude',
  'speculate',
  'emphasise',
  'emphasize',
  'charge',
  'repeat',
  'signal',
  'hint',
  'forecast',
  'project',
]);

/**
 * Of SPEECH_VERBS, those whose clause complement is a reckoning, not a report: "Economists estimate up to five billion
 * U.S. Dlrs of speculative money flowed into Taiwan last year" (events/candidates.ts `view:estimated-clause`).
 */
export const ESTIMATING_VERBS = new Set(['estimate']);

/** Verbs whose clause complement is a belief or hope: "experts fear the virus will mutate". Not the narrator's fact either. */
export const BELIEF_VERBS = new Set([
  'think',
  'believe',
  'expect',
  'hope',
  'fear',
  'know',
  'feel',
  'suspect',
  'assume',
  'doubt',
  'worry',
  // "Investors fretted about a White House meeting Wednesday": a mood, as worrying is, no happening.
  'fret',
  'reckon',
  'guess',
  'understand',
  'realise',
  'realize',
  'learn',
  'decide',
  'wonder',
  'imagine',
  'suppose',
  'anticipate',
  'consider',
  'ensure',
  'insure',
]);

/**
 * Words that open an adverbial clause when a clause follows them ("after engineers removed the cap") and are
 * prepositions otherwise ("after the explosion"). The value names the relation.
 */
export const SUBORDINATORS: ReadonlyMap<string, string> = new Map([
  ['when', 'time'],
  ['whenever', 'time'],
  ['after', 'time'],
  ['before', 'time'],
  ['since', 'time'],
  ['while', 'time'],
  ['whilst', 'time'],
  ['until', 'time'],
  ['till', 'time'],
  ['once', 'time'],
  ['as', 'time'],
  ['because', 'reason'],
  ['although', 'concession'],
  ['though', 'concession'],
  ['whereas', 'concession'],
  ['if', 'condition'],
  ['unless', 'condition'],
  ['lest', 'purpose'],
  ['so', 'result'],
  ['than', 'comparison'],
]);

/**
 * Verbs taking an object and a bare infinitive: "to help the Mexicans check their pig herds", "let the well
 * flow", "made BP pay". The object is the infinitive's subject.
 */
export const BARE_INFINITIVE_VERBS = new Set(['help', 'let', 'make', 'see', 'watch', 'hear', 'have', 'feel', 'bid', 'notice']);

/**
 * Verbs of demanding, whose object may take a base-form verb (the subjunctive, without "that"): "the Coast Guard
 * demanded the company figure out ways to accelerate the process".
 */
export const MANDATIVE_VERBS = new Set(['demand', 'require', 'request', 'order', 'recommend', 'propose']);

/**
 * Verbs of saying or believing whose "if" asks a question: "asked if the cap would hold", "wondered if". After
 * other sayings "if" opens a condition ("said if BP failed to plug the leak, Obama must seize control").
 */
export const QUESTION_VERBS = new Set(['ask', 'wonder', 'know', 'decide', 'doubt', 'question', 'inquire', 'enquire', 'check', 'determine']);

/** Subordinators whose clause is a condition, not a happening: "if BP fails", "unless the cap holds". */
export const CONDITIONAL_SUBORDINATORS = new Set(['if', 'unless']);
/** Conditions opened by more than one word: "would cut 500 jobs provided that the union agreed", "as long as". */
export const CONDITION_OPENERS = ['provided that', 'providing that', 'as long as', 'so long as', 'on condition that'];

/** Relative pronouns and adverbs: "the bridge, which collapsed", "a strike that killed his son", "Allen, who leads". */
export const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that', 'where']);

/** Coordinating conjunctions that join clauses or verbs: "exploded into flames and sank". */
export const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'nor']);

/** Adverbial particles of phrasal verbs: "stepped down", "called off", "set up", "shut in". */
export const PARTICLES = new Set([
  'up',
  'down',
  'off',
  'out',
  'in',
  'on',
  'over',
  'back',
  'away',
  'around',
  'through',
  'along',
  'ahead',
  'aside',
  'apart',
  'forward',
  // ("climate change proposals, which were left behind by epic battles in Congress": "were left" alone is cut.)
  'behind',
  // ("As of Saturday afternoon, only a light sheen of oil had washed ashore in some places", "the tanker ran aground":
  // where a movement ended completes its verb; "oil had washed" alone is cut.)
  'ashore',
  'aground',
]);

/**
 * States a verb may put before its object, as a particle: "left open the door to drilling again", "pried open the
 * valve", "made public the documents", "set free the birds". The title keeps them: "BP officials left the door"
 * was false.
 */
export const FRONTED_STATES = new Set(['open', 'shut', 'public', 'known', 'free', 'loose', 'bare', 'clear']);

/** Verbs that put a state before their object: "left open the door", "broke open the cap". */
export const FRONTED_STATE_VERBS = new Set([
  'leave',
  'keep',
  'hold',
  'make',
  'set',
  'break',
  'pry',
  'prise',
  'prize',
  'cut',
  'blow',
  'lay',
  'push',
  'throw',
  'force',
  'rip',
  'tear',
  'crack',
  'wrench',
]);

/**
 * Phrasal verbs whose particle comes before their object: "called off the search", "shut down the well",
 * "set up a fund". For any other verb a particle word followed by a noun phrase is a preposition ("flew over
 * the wreckage").
 */
export const PHRASAL_VERBS_WITH_OBJECT = new Set([
  'call off',
  'set up',
  'set off',
  'carry out',
  'shut down',
  'shut in',
  'take over',
  'pick up',
  'put out',
  'turn off',
  'turn on',
  'close down',
  'wipe out',
  'step up',
  'pull out',
  'rule out',
  'cut off',
  'blow up',
  'hand over',
  'give up',
  'take up',
  'seal off',
  'clean up',
  'pay out',
  'lay off',
  'phase out',
  'roll out',
  'bring down',
  'bring in',
  'turn over',
  'break up',
  'scale back',
  'put on',
  'point out',
  'find out',
  'work out',
  'figure out',
  'spell out',
  'lay out',
  'set out',
  'send out',
  'hold off',
  'fend off',
  'rule in',
  'build up',
  'cover up',
  'open up',
  'sum up',
  'back up',
  'put in',
  'take on',
  'take off',
  'take out',
  'give out',
  'hand out',
  'kick off',
  'sign up',
  'play down',
  'water down',
  'tone down',
  'beef up',
  'ramp up',
  'draw up',
  'write off',
  'write down',
  'call in',
  'bring back',
  'pull back',
  'turn down',
  'knock out',
  'knock down',
  'shore up',
  'seal up',
  'plug up',
  'mop up',
  'siphon off',
  'fence off',
  'cordon off',
  'buy out',
  'sell off',
  'spin off',
  'pass on',
  'carry on',
  'lock down',
]);

/**
 * Nouns of time: a noun phrase headed by one of these (or by a month or weekday name, lexicon/time.ts) is an
 * adverbial of time, never a subject or an object ("BP said Monday", "Last week the company announced").
 */
export const TIME_NOUNS = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'hour',
  'minutes',
  'decade',
  'century',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'earlier',
  'later',
  'ago',
]);

/** Words that end a relative clause's look-back over a place: "that" does not restrict a proper name ("the Gulf of Mexico that ruptured"). */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'off', 'near', 'on', 'of', 'from', 'into', 'across', 'outside', 'inside']);

/**
 * Irregular verbs as [base, past, past participle], several forms separated by "/". A form that is only a
 * past ("broke", "sank") makes a finite past clause; one that is only a participle ("broken", "sunk") makes a
 * passive or perfect; a shared form ("said", "made") is read from its context.
 */
export const IRREGULAR_VERBS: ReadonlyArray<readonly [string, string, string]> = [
  ['arise', 'arose', 'arisen'],
  ['awake', 'awoke', 'awoken'],
  ['be', 'was/were', 'been'],
  ['bear', 'bore', 'borne/born'],
  ['beat', 'beat', 'beaten'],
  ['become', 'became', 'become'],
  ['begin', 'began', 'begun'],
  ['bend', 'bent', 'bent'],
  ['bet', 'bet', 'bet'],
  ['bid', 'bid', 'bid'],
  ['bind', 'bound', 'bound'],
  ['bite', 'bit', 'bitten'],
  ['bleed', 'bled', 'bled'],
  ['blow', 'blew', 'blown'],
  ['break', 'broke', 'broken'],
  ['breed', 'bred', 'bred'],
  ['bring', 'brought', 'brought'],
  ['broadcast', 'broadcast', 'broadcast'],
  ['build', 'built', 'built'],
  ['burn', 'burnt/burned', 'burnt/burned'],
  ['burst', 'burst', 'burst'],
  ['buy', 'bought', 'bought'],
  ['cast', 'cast', 'cast'],
  ['catch', 'caught', 'caught'],
  ['choose', 'chose', 'chosen'],
  ['cling', 'clung', 'clung'],
  ['come', 'came', 'come'],
  ['cost', 'cost', 'cost'],
  ['creep', 'crept', 'crept'],
  ['cut', 'cut', 'cut'],
  ['deal', 'dealt', 'dealt'],
  ['dig', 'dug', 'dug'],
  ['do', 'did', 'done'],
  ['draw', 'drew', 'drawn'],
  ['dream', 'dreamt/dreamed', 'dreamt/dreamed'],
  ['drink', 'drank', 'drunk'],
  ['drive', 'drove', 'driven'],
  ['eat', 'ate', 'eaten'],
  ['fall', 'fell', 'fallen'],
  ['feed', 'fed', 'fed'],
  ['feel', 'felt', 'felt'],
  ['fight', 'fought', 'fought'],
  ['find', 'found', 'found'],
  ['flee', 'fled', 'fled'],
  ['fling', 'flung', 'flung'],
  ['fly', 'flew', 'flown'],
  ['forbid', 'forbade', 'forbidden'],
  ['forecast', 'forecast', 'forecast'],
  ['foresee', 'foresaw', 'foreseen'],
  ['forget', 'forgot', 'forgotten'],
  ['forgive', 'forgave', 'forgiven'],
  ['freeze', 'froze', 'frozen'],
  ['get', 'got', 'got/gotten'],
  ['give', 'gave', 'given'],
  ['go', 'went', 'gone'],
  ['grind', 'ground', 'ground'],
  ['grow', 'grew', 'grown'],
  ['hang', 'hung', 'hung'],
  ['have', 'had', 'had'],
  ['hear', 'heard', 'heard'],
  ['hide', 'hid', 'hidden'],
  ['hit', 'hit', 'hit'],
  ['hold', 'held', 'held'],
  ['hurt', 'hurt', 'hurt'],
  ['keep', 'kept', 'kept'],
  ['kneel', 'knelt', 'knelt'],
  ['know', 'knew', 'known'],
  ['lay', 'laid', 'laid'],
  ['lead', 'led', 'led'],
  ['lean', 'leant/leaned', 'leant/leaned'],
  ['leap', 'leapt/leaped', 'leapt/leaped'],
  ['learn', 'learnt/learned', 'learnt/learned'],
  ['leave', 'left', 'left'],
  ['lend', 'lent', 'lent'],
  ['let', 'let', 'let'],
  ['lie', 'lay', 'lain'],
  ['light', 'lit', 'lit'],
  ['lose', 'lost', 'lost'],
  ['make', 'made', 'made'],
  ['mean', 'meant', 'meant'],
  ['meet', 'met', 'met'],
  ['mislead', 'misled', 'misled'],
  ['overcome', 'overcame', 'overcome'],
  ['oversee', 'oversaw', 'overseen'],
  ['overtake', 'overtook', 'overtaken'],
  ['overthrow', 'overthrew', 'overthrown'],
  ['pay', 'paid', 'paid'],
  ['prove', 'proved', 'proven/proved'],
  ['put', 'put', 'put'],
  ['quit', 'quit', 'quit'],
  ['read', 'read', 'read'],
  ['rebuild', 'rebuilt', 'rebuilt'],
  ['ride', 'rode', 'ridden'],
  ['ring', 'rang', 'rung'],
  ['rise', 'rose', 'risen'],
  ['run', 'ran', 'run'],
  ['say', 'said', 'said'],
  ['see', 'saw', 'seen'],
  ['seek', 'sought', 'sought'],
  ['sell', 'sold', 'sold'],
  ['send', 'sent', 'sent'],
  ['set', 'set', 'set'],
  ['shake', 'shook', 'shaken'],
  ['shed', 'shed', 'shed'],
  ['shine', 'shone', 'shone'],
  ['shoot', 'shot', 'shot'],
  ['show', 'showed', 'shown'],
  ['shrink', 'shrank', 'shrunk'],
  ['shut', 'shut', 'shut'],
  ['sing', 'sang', 'sung'],
  ['sink', 'sank', 'sunk'],
  ['sit', 'sat', 'sat'],
  ['sleep', 'slept', 'slept'],
  ['slide', 'slid', 'slid'],
  ['speak', 'spoke', 'spoken'],
  ['speed', 'sped', 'sped'],
  ['spend', 'spent', 'spent'],
  ['spill', 'spilt/spilled', 'spilt/spilled'],
  ['spin', 'spun', 'spun'],
  ['split', 'split', 'split'],
  ['spread', 'spread', 'spread'],
  ['spring', 'sprang', 'sprung'],
  ['stand', 'stood', 'stood'],
  ['steal', 'stole', 'stolen'],
  ['stick', 'stuck', 'stuck'],
  ['sting', 'stung', 'stung'],
  ['strike', 'struck', 'struck/stricken'],
  ['swear', 'swore', 'sworn'],
  ['sweep', 'swept', 'swept'],
  ['swim', 'swam', 'swum'],
  ['swing', 'swung', 'swung'],
  ['take', 'took', 'taken'],
  ['teach', 'taught', 'taught'],
  ['tear', 'tore', 'torn'],
  ['tell', 'told', 'told'],
  ['think', 'thought', 'thought'],
  ['throw', 'threw', 'thrown'],
  ['undergo', 'underwent', 'undergone'],
  ['understand', 'understood', 'understood'],
  ['undertake', 'undertook', 'undertaken'],
  ['upset', 'upset', 'upset'],
  ['wake', 'woke', 'woken'],
  ['wear', 'wore', 'worn'],
  ['weep', 'wept', 'wept'],
  ['win', 'won', 'won'],
  ['withdraw', 'withdrew', 'withdrawn'],
  ['withhold', 'withheld', 'withheld'],
  ['write', 'wrote', 'written'],
];

/** Pronouns of a third-person singular subject: "it hit" is past ("it hits" would be the present). */
export const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it', 'this', 'that', 'one', 'everyone', 'nobody', 'somebody', 'someone']);

/** Verbs whose object controls a following "to" clause: "asked BP to cap the well" (BP caps). */
export const OBJECT_CONTROL_VERBS = new Set([
  'ask',
  'tell',
  'urge',
  'order',
  'allow',
  'force',
  'require',
  'permit',
  'persuade',
  'enable',
  'invite',
  'instruct',
  'direct',
  'encourage',
  'expect',
  'want',
  'need',
  'help',
  // ("advised travellers not to go to north or central America": what they were advised is the infinitive; "advised
  // travellers" alone is cut.)
  'advise',
  // ("Obama tapped Allen last month to be national incident commander", "tapped lawyer Kenneth R. Feinberg, 64, to
  // oversee the $20 billion account": a person picked for a post does what the infinitive says; "Obama tapped Thad
  // Allen" alone is cut.)
  'tap',
  'appoint',
  'pick',
  'hire',
  'recruit',
  'authorize',
  'assign',
]);

/** Words that open an embedded question: "did not specify whom Belousov would meet or what the agenda would entail". */
export const WH_WORDS = new Set(['what', 'who', 'whom', 'which', 'where', 'when', 'why', 'how', 'whether']);

/** Verbs whose object takes a state after it: "left the reservoirs badly depleted", "keep the well shut". */
export const OBJECT_STATE_COMPLEMENT_VERBS = new Set([
  'keep',
  'leave',
  'make',
  'find',
  'get',
  'render',
  'consider',
  'declare',
  'hold',
  'see',
  'want',
  'have',
  'like',
  'need',
  'prefer',
  'deem',
]);

/** Pronouns that take no restrictive relative ("told them that" is a complement); "something that is more severe" does. */
export const PRONOUNS_WITHOUT_RELATIVES = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'this', 'these', 'those']);

/**
 * Third-person pronouns in the object case: "to meet with him", "told them". In a title they stand for someone the
 * title does not name (events/candidates.ts `title-object-pronoun-without-referent`); "her" is an owner as well ("her
 * daughter").
 */
export const THIRD_PERSON_OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** Nouns whose "that" clause states their content: "the fact that", "reports that the well leaked". */
export const CONTENT_NOUNS = new Set([
  'fact',
  'claim',
  'news',
  'report',
  'evidence',
  'hope',
  'fear',
  'belief',
  'sign',
  'suggestion',
  'assurance',
  'reassurance',
  'insistence',
  'warning',
  'possibility',
  'idea',
  'view',
  'allegation',
  'concern',
  'rumour',
  'rumor',
  'indication',
  'confirmation',
  'statement',
  'estimate',
  'speculation',
  'expectation',
  'argument',
  'notion',
  'promise',
  'threat',
  'risk',
  'chance',
  'likelihood',
  'doubt',
  // ("had lifted the recommendation that American citizens avoid all non-essential travel to Mexico")
  'recommendation',
  // ("BP sent word early this morning that the static kill is working": word of what is the clause; "BP sent word"
  // alone is cut.)
  'word',
]);

/** Speech verbs whose addressee comes between them and "that": "told reporters that", "warned residents that". */
export const ADDRESSEE_VERBS = new Set(['tell', 'warn', 'inform', 'assure', 'remind', 'notify', 'show', 'convince', 'persuade', 'advise', 'promise', 'teach']);

/** Times that start a phrase of their own after a name: "Apple Computer today launched". */
export const DEICTIC_TIMES = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);

/** Words after a count of time units that make it a time of its own: "18 months ago", "two hours later". */
export const AGO_WORDS = new Set(['ago', 'later', 'earlier']);

/** Words that set a time relative to another ("last week", "next month", "early Friday"): after a noun they start a time phrase. */
export const TIME_SHIFT_WORDS = new Set(['last', 'next', 'earlier', 'later', 'early', 'late']);

/** Determiners that are no phrase alone ("the off shore oil rig" breaks after "the"); "this", "all", "both" are. */
export const ARTICLES = new Set(['the', 'a', 'an', 'every', 'no', 'another', 'such']);

/**
 * The articles alone, "the", "a", "an": a subject of common nouns after one of them says not whose figure it is ("The
 * taxes rose to 4.4 pct", events/common-noun-subject.ts), where "every", "no" or "such" count or point.
 */
export const PLAIN_ARTICLES = new Set(['the', 'a', 'an']);

/** Currency signs before an amount: "$1.55 billion". */
export const CURRENCY_SYMBOLS = new Set(['$', '£', '€', '¥', 'US$', 'A$', 'C$']);

/**
 * Units of account written as acronyms: the IMF's special drawing right and the European Currency Unit ("The Kenyan
 * shilling has lost 5.6 pct of its value against the SDR this year"). Money, never an actor (`currency-unit`).
 */
export const CURRENCY_UNIT_ACRONYMS = new Set(['SDR', 'SDRs', 'ECU', 'ECUs']);

/**
 * Adverbs of degree before an adjective, besides those in -ly: "made more than 200 people seriously ill", "left the
 * plant too damaged" (events/candidates.ts `object:complement-left-out` skips them to the complement).
 */
export const DEGREE_ADVERBS = new Set(['very', 'so', 'too', 'quite', 'rather']);

/** Possessive determiners: "its deep-sea well", "whose team". */
export const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose']);
/** The possessive determiners that name an owner (not "whose", which asks for one): "its offer", "their plants". */
export const OWNER_PRONOUNS = new Set([...POSSESSIVE_DETERMINERS].filter((w) => w !== 'whose'));

/** Pronouns that are a noun phrase by themselves: "it", "they", "someone", "there" (are mosquitoes). */
export const STANDALONE_PRONOUNS = new Set([
  'i',
  'you',
  'he',
  'she',
  'it',
  'we',
  'they',
  'me',
  'him',
  'us',
  'them',
  'this',
  'these',
  'those',
  'someone',
  'somebody',
  'something',
  'anyone',
  'anybody',
  'anything',
  'everyone',
  'everybody',
  'everything',
  'nobody',
  'nothing',
  'none',
  'one',
  'itself',
  'themselves',
  'himself',
  'herself',
  'all',
  'both',
  'each',
  'many',
  'some',
  'others',
  'there',
]);

/**
 * Words that join the parts of one proper name of any kind, a place's and a company's as well as a person's: "Gulf of
 * Mexico", "Johnson & Johnson", "bin Laden", "Dar es Salaam" ("81 pct of the country's metal exports were channelled
 * through Dar es Salaam last year": the title read "through Salaam"). The tagger's repairs (nlp/tag-repairs.ts) and
 * the noun phrases read names with it. NAME_PARTICLES holds the small words of personal names only, which actors.ts
 * reads: "NV Philips Gloeilampenfabrieken PLGO.AS chairman Cor van der Klugt told a congress here" gives the person
 * "Cor van der Klugt" through "der", which is no bridge of other names. One list would not do: "of", "&" and "es"
 * join names of places and companies, no person's.
 */
export const NAME_BRIDGES = new Set(['of', '&', 'de', 'du', 'al', 'bin', 'van', 'von', 'la', 'da', 'es']);

/**
 * Lower-case particles inside personal names: "Mohammed bin Abdulrahman Al Thani", "Ursula von der Leyen", "One of
 * their leaders, Orlando dos Santos, told Reuters" (actors.ts; NAME_BRIDGES joins names of every kind).
 */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'le', 'la', 'du', 'dos', 'das']);

/**
 * The particles of NAME_PARTICLES that say "son of" or "daughter of" and so make a person's name whatever the given name:
 * "Slum-dweller Krustin bin Juri lost everything when floodwaters swept through his home" (actors.ts `patronymic-in-name`).
 */
export const PATRONYMIC_PARTICLES = new Set(['bin', 'binti', 'ibn']);

/**
 * Words that end an apposition's noun phrase when they follow it: a preposition, a time word or a relative word.
 * "Monsanto acquired G.D. Searle and Co, Nutrasweet's maker in 1986" (events.ts `actors:possessor-in-apposition`).
 */
export const APPOSITION_END_WORDS = ['in', 'on', 'at', 'since', 'last', 'this', 'for', 'which', 'that'];

/** Subordinators that are never prepositions: "although none of the citizens had been diagnosed". */
export const CLAUSE_ONLY_SUBORDINATORS = new Set(['although', 'though', 'because', 'whereas', 'unless', 'while', 'whilst', 'when', 'whenever', 'if']);

/** Approximations before an amount, not prepositions: "About a quarter of the oil", "more than 4 billion songs". */
// ('barely', 'scarcely', 'hardly': "newspapers ' editorials barely raised the usual spectre of Taiwan" is near its
// opposite without it; kept before a verb as "nearly" is, `title:approximation-kept`.)
export const APPROXIMATORS = new Set([
  'about',
  'around',
  'over',
  'under',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'up',
  'than',
  'barely',
  'scarcely',
  'hardly',
]);

/** Prepositions of a phrase that tells of its noun's kind or topic: "standards for personal computers", "a ban on drilling". */
export const KIND_PHRASE_PREPOSITIONS = new Set(['for', 'on', 'about', 'against', 'with']);

/** Verbs whose "to" takes no object before it, so their -ed form before "to" is never a passive: "Purolator agreed to a buyout". */
export const INTRANSITIVE_TO_VERBS = new Set(['agree', 'consent', 'object', 'respond', 'react', 'succumb', 'adhere']);

/** Nouns that lead to an amount after "up to": "up to a total of 1,000 people", "up to a maximum of 50 dlrs". */
export const AMOUNT_WORDS = new Set(['total', 'maximum']);

/** Comparatives before an amount: "more than 6 percent", "less than half". */
export const COMPARATIVE_AMOUNTS = new Set(['more', 'less', 'fewer']);

/** Nouns of an amount, after an approximation: "about a quarter", "nearly half". */
export const QUANTITY_NOUNS = new Set([
  'half',
  'quarter',
  'third',
  'fifth',
  'tenth',
  'dozen',
  'hundred',
  'hundreds',
  // ("Dozens of ships were preparing to pull out": "Dozens" alone says nothing.)
  'dozens',
  // ("attracted a couple of dozen protesters": "a couple" alone says nothing.)
  'couple',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
]);

/**
 * Units a price or a rate is counted per, after "a" or "per": "18 dlrs a barrel", "51.24 cts a gallon", "104.68 cents a
 * lb" (nlp/noun-phrases.ts `rate-in-amount`).
 */
export const RATE_UNIT_NOUNS = new Set(['barrel', 'gallon', 'tonne', 'ton', 'share', 'lb', 'pound', 'ounce', 'bushel', 'litre', 'liter']);

/**
 * Adverbs that stand before a participle describing a noun: "a strain of flu never seen before", "Texaco, an oil
 * company now owned by Chevron", "a virus previously unknown". Others ("BP initially scoffed at analyst estimates")
 * are a finite verb's, and the reduced-relative rule does not cross them.
 */
export const PARTICIPLE_ADVERBS = new Set(['never', 'not', 'now', 'previously', 'recently', 'newly', 'formerly', 'originally', 'once']);

/** Nouns of time, manner, place and reason: a relative without "that" on them says when or how ("the way it operates"). */
export const ADJUNCT_HEADS = new Set(['way', 'time', 'day', 'moment', 'reason', 'place', 'year', 'week', 'month', 'night', 'extent']);

/** Verbs of beginning, going on and stopping, whose object may be an -ing verb: "began funding the work". */
export const ASPECT_VERBS = new Set(['begin', 'start', 'stop', 'continue', 'resume', 'finish', 'keep', 'cease', 'quit']);

/**
 * Nouns the tagger reads as adjectives at the end of a noun phrase: "issued a nationwide alert on 22 April" (a/DET
 * nationwide/ADV alert/ADJ), "increased its pandemic alert to five" (tag-repairs `noun-read-as-adjective`).
 */
export const NOUNS_READ_AS_ADJECTIVES = new Set(['alert']);

/**
 * Adjectives the tagger reads as verbs after "to": "home to major tourist destinations", "The gusher in the Gulf of
 * Mexico returned to full force yesterday" ("to full" was an infinitive and took the date from "returned")
 * (tag-repairs `adjective-read-as-verb-after-to`).
 */
export const ADJECTIVES_READ_AS_VERBS = new Set(['major', 'full']);

/** Prepositions whatever a tagger says: "Ushahidi was built amidst the post-election violence in Kenya" (wink: amidst/NOUN). */
export const ALWAYS_PREPOSITIONS = new Set(['amid', 'amidst', 'despite', 'via', 'toward', 'towards', 'throughout']);

/** Adverbs whatever a tagger says: "The barge then traveled". */
export const ALWAYS_ADVERBS = new Set([
  'then',
  'now',
  'also',
  'still',
  'already',
  'meanwhile',
  'however',
  'therefore',
  'perhaps',
  'nonetheless',
  'nevertheless',
  'instead',
  'again',
  'soon',
]);

/** Auxiliaries written out in full: a capitalised "Re" after a name ("Munich Re said") is no contraction. */
export const AUXILIARY_WORDS = new Set(
  'is are was were am be been being has have had having do does did will would can could may might must shall should ought'.split(' '),
);

/**
 * Words that stand for a noun said elsewhere: "George W. Bush missed only one, in 2002", "a Merseyside woman ... was
 * confirmed as the ninth", "20 helicopters were ferrying others" (candidates `title-cut:noun-elsewhere`).
 */
export const ELLIPTICAL_QUANTITY_WORDS = new Set([
  'one',
  'some',
  'few',
  'several',
  'others',
  'another',
  'many',
  'most',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]);

/** Quantifiers that float between auxiliary and verb: "have both said", "were all killed". */
export const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/** Present forms of "be", contractions included. */
export const BE_PRESENT = new Set(['am', 'is', 'are', "'s", '’s', "'re", '’re', "'m", '’m']);

/** Past forms of "be". */
export const BE_PAST = new Set(['was', 'were']);

/** Present forms of "have", contractions included. */
export const HAVE_PRESENT = new Set(['has', 'have', "'ve", '’ve']);

/** Two-word asides set off by commas between a subject and its verb ("China's Ministry of Agriculture, for example, denied"). */
export const ASIDE_PHRASES = new Set(['for example', 'for instance', 'in turn', 'of course', 'in fact', 'in particular']);

/** Points of the compass that modify a place name after a preposition ("in south Houston", "in west Texas"). */
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** A country's letters written before a currency sign to say which dollar ("US $5.41", "HK $2bn"). */
export const CURRENCY_COUNTRY_PREFIXES = new Set(['us', 'u.s.', 'hk', 'nz', 'a', 'c', 's', 'nt']);

/** Times a thing may be "of" that are no adverbials themselves: "the first named cyclone of the season". */
export const SEASON_WORDS = new Set(['season']);

/**
 * Words a title may stop before with nothing cut that it needs: a new phrase, clause or conjunction ("BP said it was
 * making progress | on plugging the ruptured well"); not "of", "off", "than" ("funnel the equivalent | of 2,000 barrels"), nor
 * "with", which may complete an adjective ("three rig workers familiar | with the events").
 */
export const PHRASE_END_NEXT_WORDS = new Set([
  'on',
  'in',
  'at',
  'to',
  'for',
  'from',
  'after',
  'before',
  'as',
  'while',
  'and',
  'but',
  'because',
  'since',
  'amid',
  'over',
  'into',
  'across',
  'near',
  'during',
  'under',
  'following',
  'despite',
  'which',
  'who',
  'where',
  'when',
]);

/** The speaker's own pronouns: a quote with them speaks as the sayer ("we have noticed a number of omissions"). */
export const FIRST_PERSON_WORDS = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours']);

/**
 * Nouns that make a compound with "well", the hole drilled: "Acme also began a relief well.", "the oil well." At the end
 * of a clause "well" after them is the noun; after another noun it is the adverb, "BP did the job well."
 * (tag-repairs `well-heading-a-compound`).
 */
export const WELL_COMPOUND_NOUNS = new Set(['relief', 'oil', 'gas', 'water', 'injection', 'exploration', 'production', 'appraisal', 'disposal', 'wildcat']);

/**
 * -ed words of a feeling: after "was" with a "by" phrase they tell a state of mind, not a passive happening ("was
 * concerned by the news", "were alarmed by the figures"); tag-repairs `ed-adjective-with-by-agent-is-verb` leaves them.
 */
export const FEELING_PARTICIPLES = new Set([
  'concerned',
  'worried',
  'alarmed',
  'surprised',
  'shocked',
  'stunned',
  'disappointed',
  'pleased',
  'delighted',
  'impressed',
  'encouraged',
  'frustrated',
  'satisfied',
  'troubled',
  'dismayed',
  'saddened',
  'angered',
  'outraged',
  'upset',
  'amused',
  'bemused',
  'puzzled',
  'baffled',
  'heartened',
  'reassured',
  'unimpressed',
  'unmoved',
  'moved',
  'touched',
  'inspired',
  'motivated',
  'unconvinced',
  'convinced',
  'persuaded',
  'tempted',
  'bored',
  'overwhelmed',
  'humbled',
  'honoured',
  'honored',
  'flattered',
  'embarrassed',
  'horrified',
  'appalled',
  'disgusted',
  'terrified',
  'frightened',
  'scared',
  'intrigued',
  'fascinated',
  'interested',
  'excited',
  'thrilled',
]);

/**
 * Words of a time written between a verb and "that" (tag-repairs `that-after-time-after-verb`): "The Coast Guard
 * discovered Saturday that oil is leaking from the damaged well".
 */
export const TIME_WORDS_AFTER_VERB = new Set([
  ...Object.keys(WEEKDAY_NAMES),
  'yesterday',
  'today',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'last',
  'this',
  'early',
  'earlier',
  'late',
  'later',
  'on',
]);

/**
 * Verbs (lemmas) after which "before" names whom one stands in front of, a preposition and no subordinator (clause-rules
 * `before-a-body`): "Drilling experts and corporate rivals testifying before a presidential oil spill commission blasted
 * BP Tuesday" (the experts blasted BP; the commission did not), "Hayward appears before a congressional hearing".
 */
export const BEFORE_A_BODY_VERBS = new Set(['testify', 'appear']);

/** The small words a title-case headline leaves in lower case: "Massive Oil Spill Washes Ashore in the Gulf". */
export const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'as', 'with', 'from', 'by', 'into', 'over']);

/**
 * Words that open an adverbial clause, whatever the tagger made of them (not "after", "before", "until", "as":
 * prepositions too): where a title's phrase ends (events/phrase-end.ts).
 */
export const ADVERBIAL_CLAUSE_OPENERS = new Set(['when', 'whenever', 'while', 'whereas', 'because', 'although', 'though', 'unless', 'whether', 'where', 'if']);

/**
 * Words right before a clause's subject, conjunctions and prepositions alike: "but Asia battled", "when Asia battled"
 * (actors.ts `region-acts`: a place that opens its clause acts).
 */
export const CLAUSE_START_WORDS = new Set(['but', 'when', 'while', 'after', 'before', 'as', 'because', 'since', 'then', 'where']);

/**
 * Adjectives and prepositions that need the phrase after them (events/phrase-end.ts `title-cut:word-without-its-complement`):
 * "President Alan Garcia said Peru has found gold deposits worth [an estimated 1.3 billion dlrs]" (Reuters, March 1987).
 */
export const COMPLEMENT_NEEDING_WORDS = new Set(['worth', 'like', 'unlike']);

/**
 * -ing words that work as prepositions, not as a participle of how the subject did something: "The spill began
 * following an explosion" (events/endings.ts `title:manner-participle-kept` leaves them).
 */
export const PREPOSITION_PARTICIPLES = new Set([
  'following',
  'including',
  'according',
  'regarding',
  'concerning',
  'excluding',
  'pending',
  'barring',
  'considering',
]);

/**
 * Prepositions that end in "-ing", the participles above and "during", which is no participle: "the rules governing its
 * foreign exchange auctions" has a participle after the noun, "the rules during the auction" a preposition
 * (events/headline-echo.ts titleCutBeforeComplement).
 */
export const ING_PREPOSITIONS = new Set([...PREPOSITION_PARTICIPLES, 'during']);

/**
 * Words that end in "-est" but give no degree of the noun after them: "interest", "modest", "west"; and "latest",
 * "earliest", which say when, not how much: "the latest spill" has no superlative scope (endings.ts superlativeAt).
 */
export const NOT_DEGREE_EST_WORDS = new Set(['latest', 'earliest', 'modest', 'honest', 'interest', 'west', 'manifest', 'earnest']);

/** Number words an age is written with: "nine-year-old", "a twelve-year-old boy was among the dead" (placed.ts ageWords). */
// (The number words of time.ts from one to twelve, not the article "a": "a year-old" is no age.)
export const AGE_NUMBER_WORDS = new Set(Object.entries(NUMBER_WORDS).flatMap(([w, n]) => (n >= 1 && n <= 12 && w !== 'a' && w !== 'an' ? [w] : [])));

/**
 * -ing words that name a trade or industry, the only ones `ing-word-between-name-and-plural-subject` joins into a noun
 * phrase ("Gulf shipping sources", "Tokyo trading houses"). Not participles that take an object: "Russia using drones
 * struck Kyiv" stays "Russia struck Kyiv".
 */
export const TRADE_ING_NOUNS = new Set([
  'shipping',
  'trading',
  'banking',
  'mining',
  'publishing',
  'farming',
  'fishing',
  'building',
  'broadcasting',
  'manufacturing',
  'engineering',
  'lending',
]);

/**
 * Words after which an -ing word is no participle hanging on a noun (events.ts `date:of-a-participle-on-a-noun`):
 * determiners and prepositions ("the opening on Monday"), auxiliaries and verbs that take an -ing form ("began opening").
 */
export const NOT_A_NOUN_BEFORE_PARTICIPLE = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'of',
  'in',
  'on',
  'at',
  'for',
  'by',
  'to',
  'from',
  'with',
  'after',
  'before',
  'since',
  'upon',
  'and',
  'or',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'will',
  'would',
  'began',
  'begin',
  'begins',
  'begun',
  'start',
  'started',
  'starts',
  'stop',
  'stopped',
  'resume',
  'resumed',
  'continue',
  'continued',
  'keep',
  'kept',
  'commence',
  'commenced',
  'finish',
  'finished',
  'delay',
  'delayed',
]);

/**
 * Ordinal numbers in words: "the fourth year of the U.S.-USSR Grain Supply Agreement", a part of a thing with a
 * beginning and end of its own (events/subject-inside-phrase.ts). Written in figures ("10th") they are read apart.
 */
export const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);
