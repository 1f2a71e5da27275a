import { describe, expect, it } from 'vitest';
import { servedDocumentPath } from './documentPath';

const base = 'https://class.example/chronolens/';
const fetched = (id: string) => {
  const path = servedDocumentPath(id);
  return path === null ? null : new URL(path, base).href;
};

describe('the URL of a loaded document’s original file', () => {
  it('is documents/<id> under the site, each part of the path encoded', () => {
    expect(fetched('000_3f11fcf595ef8854.txt')).toBe(`${base}documents/000_3f11fcf595ef8854.txt`);
    expect(fetched('mine/Été à Séoul #2.txt')).toBe(`${base}documents/mine/%C3%89t%C3%A9%20%C3%A0%20S%C3%A9oul%20%232.txt`);
    expect(fetched('a?b=1.txt')).toBe(`${base}documents/a%3Fb%3D1.txt`);
  });

  it('is never made for an id that climbs out of documents/: "../../../../package.json" fetches nothing', () => {
    for (const id of ['../../../../package.json', 'mine/../../index.html', './x.txt', '/etc/passwd', 'a//b.txt', '..\\..\\package.json', '', '..']) {
      expect(fetched(id), id).toBeNull();
    }
  });

  it('keeps an id that only looks like a climb as a literal name inside documents/', () => {
    expect(fetched('%2e%2e/%2e%2e/package.json')).toBe(`${base}documents/%252e%252e/%252e%252e/package.json`);
    expect(fetched('..a/b..')).toBe(`${base}documents/..a/b..`);
  });
});
