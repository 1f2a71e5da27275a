/**
 * Where the site serves a document of the loaded timeline: documents/<id>, the id being the file's path inside
 * the input folder. A timeline file is untrusted, and its ids become fetched URLs: an id "../../package.json" made
 * the extraction worker fetch /package.json. Only ids that are plain relative paths become URLs.
 */

/** documents/<id> with each segment URL-encoded; null for an id that could leave documents/ */
export function servedDocumentPath(id: string): string | null {
  if (!isPlainRelativePath(id)) return null;
  return `documents/${id.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * "mine/note.txt": segments joined by "/", none empty (no leading "/", no "//"), none "." or "..", no backslash
 * (a browser reads "\" in a URL as "/"), no NUL. Each segment is URL-encoded afterwards, so "%2e%2e" stays literal.
 */
export function isPlainRelativePath(id: string): boolean {
  if (!id || id.includes('\\') || id.includes('\u0000')) return false;
  return id.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
