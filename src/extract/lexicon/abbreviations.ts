/**
 * Abbreviations that end with a period but do not end a sentence. Intl.Segmenter (ICU without
 * suppressions) splits after them: "He met Gen. | Smith in the U.S. | He said" (Node 20).
 * Lists from the usual English newswire style (AP Stylebook titles, months, street words).
 */

/** Always followed by a name or number: never the end of a sentence. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'Ft', 'Gen', 'Lt', 'Col', 'Maj', 'Capt',
  'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Supt', 'Amb',
  'No', 'Nos', 'Vol', 'Fig', 'pp', 'vs', 'v', 'approx', 'Ave', 'Blvd', 'Rd', 'Dept', 'Corp', 'Inc',
  'Ltd', 'Co', 'Bros', 'e.g', 'i.e', 'cf', 'al', 'ca', 'Op', 'Art', 'Sec', 'Para',
];

/** Month abbreviations: not a sentence end when a day number or year follows ("Jan. 5"). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/**
 * Dotted acronyms ("U.S.", "U.N.", "a.m.") often precede a name ("the U.S. President Joe Biden")
 * but can also end a sentence ("...accusing the U.S. He said"): split only when the next
 * sentence starts with one of these ordinary sentence openers.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Their', 'Our', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'In', 'On', 'At',
  'As', 'After', 'Before', 'When', 'While', 'If', 'There', 'Meanwhile', 'Still', 'Also', 'Since',
  'According', 'Both', 'Some', 'Many', 'Most', 'Such', 'For', 'With', 'By', 'From', 'Despite',
];
