import type { ImportanceDocument } from '../../src/extract/importance';
import { findTimeExpressions } from '../../src/extract/time';

/** One document as the ranking labs' importanceDocs build it, published on `published`. */
export function labDocument(id: string, text: string, published: string): ImportanceDocument {
  return {
    id,
    text,
    publisher: null,
    published: { value: published, precision: 'day' },
    times: findTimeExpressions(text, published),
    timesReference: published,
    excluded: [],
  };
}
