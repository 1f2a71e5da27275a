/**
 * "My documents" when the browser's storage is hostile or missing (issue 14, items 4 and 10): a record of the
 * wrong shape in IndexedDB, a merge that cannot run, a browser with no IndexedDB at all. Each gets a clear
 * message, and Add and Remove keep working.
 */
import { expect, test, type Page } from '@playwright/test';
import { PASTED_ARTICLE } from '../src/app/mydocs/__fixtures__/pastedArticle';
import { fileFromPaste } from '../src/app/mydocs/myDocument';
import { collectPageErrors, openExplorer, servedTimeline } from './support';

const base = servedTimeline();
const total = base.events.length;
const myDocuments = (page: Page) => page.getByRole('region', { name: 'My documents' });
const countLine = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ events/ });

async function paste(page: Page, text: string, title: string) {
  await page.getByRole('button', { name: 'Add documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  return dialog;
}

/** Writes a record straight into the app's IndexedDB store, as another version of the app or a damaged profile might. */
async function putRecord(page: Page, record: Record<string, unknown>) {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('chronolens', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('my-documents', { keyPath: ['timeline', 'id'] }).createIndex('timeline', 'timeline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('my-documents', 'readwrite');
          tx.objectStore('my-documents').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

async function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('chronolens', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('my-documents').objectStore('my-documents').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as IDBValidKey[][]).map((k) => String(k[1])));
          };
        };
      }),
  );
}

test('a damaged record in this browser’s storage is reported and deleted, and Add and Remove keep working', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await openExplorer(page);
  // an id that is a number, bytes that are a string: a record no version of Chronolens wrote
  await putRecord(page, { timeline: 'timeline.json', id: 7, name: { text: 'x' }, bytes: 'not bytes', added: 'yesterday' });
  await page.reload();
  await expect(myDocuments(page).getByRole('alert')).toContainText(
    '1 saved document could not be read and was deleted from this browser: timeline.json / 7 (id ',
  );
  await expect(countLine(page)).toHaveText(`${total} of ${total} events`);

  const dialog = await paste(page, PASTED_ARTICLE.text, PASTED_ARTICLE.title);
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  const entry = myDocuments(page).getByRole('listitem').filter({ hasText: PASTED_ARTICLE.title });
  await expect(entry).toBeVisible();
  await expect(countLine(page)).not.toHaveText(`${total} of ${total} events`, { timeout: 45_000 });
  expect(await storedIds(page)).toEqual([fileFromPaste({ text: PASTED_ARTICLE.text, title: PASTED_ARTICLE.title }).id]);

  await entry.getByRole('button', { name: 'Remove' }).click();
  await expect(countLine(page)).toHaveText(`${total} of ${total} events`, { timeout: 45_000 });
  expect(await storedIds(page)).toEqual([]);
  await page.reload();
  await expect(countLine(page)).toHaveText(`${total} of ${total} events`);
  await expect(myDocuments(page)).toHaveCount(0);
  expect(errors.filter((e) => !e.includes('could not be shown'))).toEqual([]);
});

test('Remove deletes the document from this browser even when the others cannot be merged again', async ({ page }) => {
  test.setTimeout(120_000);
  await openExplorer(page);
  const second = { text: 'Japan and South Korea held talks in Tokyo on March 3, 2025, officials said.', title: 'Tokyo talks' };
  let dialog = await paste(page, PASTED_ARTICLE.text, PASTED_ARTICLE.title);
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  dialog = await paste(page, second.text, second.title);
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(myDocuments(page).getByRole('listitem')).toHaveCount(2);

  // from now on the extractor cannot be loaded: merging is impossible (and the merge kept for a reload is gone,
  // as after a new build of the site)
  await page.route(/\/assets\/extract\.worker[^/]*\.js/, (route) => route.abort());
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('chronolens-merged');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await expect(myDocuments(page).getByRole('alert')).toContainText('Your documents could not be merged', { timeout: 30_000 });
  await myDocuments(page).getByRole('listitem').filter({ hasText: PASTED_ARTICLE.title }).getByRole('button', { name: 'Remove' }).click();
  const alert = myDocuments(page).getByRole('alert');
  await expect(alert).toContainText(`Removed "${PASTED_ARTICLE.title}".`);
  await expect(alert).toContainText('could not be merged again');
  await expect(myDocuments(page).getByRole('listitem')).toHaveCount(1);
  expect(await storedIds(page)).toHaveLength(1);
  await page.reload();
  await expect(myDocuments(page).getByRole('listitem')).toHaveCount(1);
  await expect(myDocuments(page).getByRole('listitem')).toContainText(second.title);
});

test('with no IndexedDB at all, documents are still added and the message says they will not be kept', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  const errors = collectPageErrors(page);
  await openExplorer(page);
  const dialog = await paste(page, PASTED_ARTICLE.text, PASTED_ARTICLE.title);
  await expect(dialog.getByRole('alert')).toContainText(
    'Added, but not saved in this browser: this browser does not let the page keep documents (IndexedDB is not available here',
    { timeout: 60_000 },
  );
  await expect(dialog.getByRole('alert')).not.toContainText('Cannot read properties');
  await expect(countLine(page)).not.toHaveText(`${total} of ${total} events`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await myDocuments(page).getByRole('listitem').filter({ hasText: PASTED_ARTICLE.title }).getByRole('button', { name: 'Remove' }).click();
  await expect(countLine(page)).toHaveText(`${total} of ${total} events`, { timeout: 45_000 });
  await expect(myDocuments(page).getByRole('status')).toContainText(`Removed "${PASTED_ARTICLE.title}".`);
  expect(errors).toEqual([]);
});
