/**
 * A Reuters 1987 story as the corpus writes it, for tests: front matter with its date and source, then the body (a
 * headline in capitals, the dateline and its lines, quoted from the stories) and the wire's closing "REUTER".
 */
export const wireStory = (published: string, body: string, id = 'a.md') => [
  { id, bytes: new TextEncoder().encode(`---\ndate: ${published}\nsource: Reuters\n---\n${body} REUTER\n`) },
];
