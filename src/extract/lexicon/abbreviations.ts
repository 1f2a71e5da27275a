/**
 * Abbreviations that end with a period but do not end a sentence. Intl.Segmenter (ICU without
 * suppressions) splits after them: "He met Gen. | Smith in the U.S. | He said" (Node 20).
 * Lists from the usual English newswire style (AP Stylebook titles, months, street words).
 */

/** Always followed by a name or number: never the end of a sentence. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Sr',
  'Jr',
  'St',
  'Mt',
  'Ft',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cmdr',
  'Adm',
  'Sgt',
  'Cpl',
  'Pvt',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
  'Hon',
  'Pres',
  'Supt',
  'Amb',
  'No',
  'Nos',
  'Vol',
  'Fig',
  'pp',
  'vs',
  'v',
  'approx',
  'Ave',
  'Blvd',
  'Rd',
  'Dept',
  'e.g',
  'i.e',
  'cf',
  'al',
  'ca',
  'Op',
  'Art',
  'Sec',
  'Para',
];

/**
 * A company's legal form: inside a sentence before the word that goes on ("Safeway Stores Inc. said", "Ford Motor Co.
 * Chairman Donald Petersen"), but the sentence's end when a word that opens a clause follows (segment.ts
 * `legal-form-ends-sentence`).
 */
export const LEGAL_FORM_ABBREVIATIONS: readonly string[] = ['Corp', 'Inc', 'Ltd', 'Co', 'Bros'];

/** Month abbreviations: not a sentence end when a day number or year follows ("Jan. 5"). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * Dotted acronyms ("U.S.", "U.N.", "a.m.") often precede a name ("the U.S. President Joe Biden")
 * but can also end a sentence ("...accusing the U.S. He said"): split only when the next
 * sentence starts with one of these ordinary sentence openers.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'A',
  'An',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Their',
  'Our',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'However',
  'In',
  'On',
  'At',
  'As',
  'After',
  'Before',
  'When',
  'While',
  'If',
  'There',
  'Meanwhile',
  'Still',
  'Also',
  'Since',
  'According',
  'Both',
  'Some',
  'Many',
  'Most',
  'Such',
  'For',
  'With',
  'By',
  'From',
  'Despite',
];

/** Words that open a headline's next piece after a name (segment.ts `headline-before-standfirst`: "... reaches Europe The UN has warned"). */
export const HEADLINE_PIECE_OPENERS = new Set(['The', 'This', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'Our']);

/**
 * Small words a title-case headline writes small ("Obama Tries to Buy A Superman Cape"), and words no headline ends on
 * (segment.ts `headline-before-standfirst`).
 */
export const HEADLINE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'and',
  'or',
  'but',
  'nor',
  'with',
  'from',
  'into',
  'onto',
  'over',
  'as',
  'than',
  'that',
  'its',
  'his',
  'her',
  'their',
  'vs',
]);
