/** The name a reader gives a collection in the app (?name=), and the file titles that ask for one. */

/** The longest name a reader can give a collection: it travels in the address (?name=), which a link must keep short. */
export const NAME_MAX = 80;

/** A name the reader typed, as the app keeps it: its spaces tidied, no longer than NAME_MAX; null when empty. */
export function tidyName(name: string | null | undefined): string | null {
  const tidy = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, NAME_MAX).trim();
  return tidy || null;
}

/**
 * A title the build took from a folder's name ("bpoil_bbc" → "bpoil bbc"): written in lower case, letters and digits
 * only, as folders are named and titles are not. The header offers the reader to name the collection, and says how
 * to name it at the build. A title with a capital or any punctuation ("BP oil spill, BBC") was given on purpose.
 */
export function looksLikeFolderName(title: string | undefined): boolean {
  return !!title && /^[a-z0-9]+( [a-z0-9]+)*$/.test(title.trim());
}
