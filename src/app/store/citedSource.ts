/**
 * Whether a report's attribution names a source a reader can place, and so is cited ("according to The US Coast
 * Guard") and offered as a cited source to filter by. The attribution is a phrase of the quoted sentence itself; where
 * the build read a sentence's subject as its source, it handed over things and pronouns: "The find suggests the scale
 * of the potential environmental disaster is much worse…" was cited "according to The find", and "it was revealed
 * that…" "according to it". A phrase with a capital past its first word ("The US Coast Guard", "A BP spokesman",
 * "Mr Obama", "North Korean state media"), a capital inside the sentence ("Suttles said", "according to U.S.
 * officials"), a single word in capitals ("BP", "KCNA") or a single word that is an actor's name ("Reuters", when the
 * timeline has it) names someone; a phrase of common words ("The find", "the company", "officials", "it", "He")
 * does not. A determiner is never the capital that makes a name ("This" in "Oil prices rose, This said."), and a
 * phrase after a dateline's dash or bracket opens its sentence ("The company" in "HOUSTON (Reuters) - The company said
 * on Monday…"): citedAs is keyed by the phrase, so one such mention would cite "according to The company" on every
 * report that has it. Nothing is lost to the reader: the quote holds the phrase.
 */
export function namesASource(attribution: string, actorNames: ReadonlySet<string>, sentence = ''): boolean {
  const words = attribution.trim().split(/\s+/);
  if (words.slice(1).some((w) => /^[\p{Lu}\p{N}]/u.test(w))) return true;
  const word = words[0];
  // a capital the writer chose, inside the sentence, not the one every sentence opens with ("Suttles said",
  // "according to U.S. officials", "Egypt's state-run al-Ahram newspaper reported"); a pronoun or a determiner
  // ("It", "The company", "This") names no one wherever it stands
  if (/^\p{Lu}/u.test(word) && !NOT_A_NAME.has(word.toLocaleLowerCase('en')) && capitalisedInside(attribution, sentence)) return true;
  if (words.length > 1) return false;
  return (/^\p{Lu}{2,}$/u.test(word) && word !== 'I') || actorNames.has(word.toLocaleLowerCase('en'));
}

/** Pronouns and determiners: a capital on one is the sentence's, never a name's ("This said", "The company says"). */
const NOT_A_NAME = new Set(
  'i it he she we you they this that these those the a an its their his her our my your some any each every both all another such no many several most'.split(
    ' ',
  ),
);

/**
 * The phrase stands inside the sentence, after words of its own: not at its start, a quote's or a clause's, nor
 * after a dash or a bracket, which open the sentence after a dateline ("HOUSTON (Reuters) - The company said…",
 * "July 5 - The company says the cost…").
 */
function capitalisedInside(attribution: string, sentence: string): boolean {
  const at = sentence.indexOf(attribution);
  if (at <= 0) return false;
  const before = sentence.slice(0, at).replace(/[\s"'“‘(]+$/u, '');
  return before !== '' && !/[.!?:;)—–-]$/u.test(before);
}

/** The names and aliases of a timeline's actors, lower-cased. */
export function actorNameSet(actors: ReadonlyArray<{ name: string; aliases: readonly string[] }>): Set<string> {
  return new Set(actors.flatMap((a) => [a.name, ...a.aliases]).map((n) => n.toLocaleLowerCase('en')));
}
