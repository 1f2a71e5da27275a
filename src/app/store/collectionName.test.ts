import { describe, expect, it } from 'vitest';
import { smallTimeline } from './__fixtures__/smallTimeline';
import { collectionTitle } from './collection';
import { looksLikeFolderName, NAME_MAX, tidyName } from './collectionName';
import { createExplorerStore } from './store';
import { readUrl, resetViewSearch, writeUrl } from './urlState';

describe("the collection's name", () => {
  it("is the name the reader gave it, else the file's title, else its three most reported actors", () => {
    const bbc = { ...smallTimeline, title: 'bpoil bbc' };
    expect(collectionTitle(bbc)).toBe('bpoil bbc');
    expect(collectionTitle(bbc, 'The BP oil spill, as the BBC told it')).toBe('The BP oil spill, as the BBC told it');
    expect(collectionTitle(bbc, '   ')).toBe('bpoil bbc');
    expect(collectionTitle(smallTimeline, 'Kim and Belousov')).toBe('Kim and Belousov');
  });

  it('is kept tidy and short enough for the address', () => {
    expect(tidyName('  The  BP\noil spill ')).toBe('The BP oil spill');
    expect(tidyName('')).toBeNull();
    expect(tidyName('x'.repeat(200))).toHaveLength(NAME_MAX);
  });

  it('travels in the address, survives a reset of the view, and an empty name gives the file its name back', () => {
    const url = readUrl('?name=BP+oil+spill%2C+BBC&actor=bp');
    expect(url.name).toBe('BP oil spill, BBC');
    const store = createExplorerStore();
    store.getState().setName('BP oil spill, BBC');
    expect(writeUrl(store.getState())).toBe('?name=BP+oil+spill%2C+BBC');
    expect(resetViewSearch('?name=BP+oil+spill&actor=bp&event=e')).toBe('?name=BP+oil+spill');
    store.getState().setName('  ');
    expect(store.getState().name).toBeNull();
    expect(writeUrl(store.getState())).toBe('');
  });

  it('asks for a name when the build took it from a folder ("bpoil_bbc" → "bpoil bbc"), not when it was given', () => {
    expect(looksLikeFolderName('bpoil bbc')).toBe(true);
    expect(looksLikeFolderName('h1n1 reuters')).toBe(true);
    expect(looksLikeFolderName('BP oil spill, BBC')).toBe(false);
    expect(looksLikeFolderName('Seeds')).toBe(false);
    expect(looksLikeFolderName(undefined)).toBe(false);
  });
});
