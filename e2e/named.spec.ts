/**
 * A title that names what its sentence calls "the spill": the article named it far before, so the title writes that
 * name, the quote stays the sentence, and the details say where the name came from (issue 11, `quote:name-shown-apart`).
 * The article is written for the test and pasted in the browser, as a reader adds their own.
 */
import { expect, test } from '@playwright/test';
import { collectPageErrors, eventRows, openExplorer } from './support';

const ARTICLE = {
  title: 'Kestrel Bay fuel spill reaches northern beaches',
  publisher: 'Island Courier',
  date: '2026-03-10',
  text: `The Kestrel Bay fuel spill has reached the northern beaches of the island, officials said on Tuesday.
Crews worked through the night to lay floating booms along the shore. Residents were told to keep their children away from the water. Fishing boats stayed in port for a second day. Schools near the harbour closed early.
The spill began on March 3 when the tanker Marisol ran aground near the harbour mouth.
Harbour master Leon Brandt said the cleanup would take weeks.`,
};

test.use({ viewport: { width: 1280, height: 720 } });

test('a title names "the spill" as the article named it, and the details show that name beside the quote', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE.text);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(ARTICLE.title);
  await dialog.getByRole('textbox', { name: 'Publisher' }).fill(ARTICLE.publisher);
  await dialog.getByLabel('Date').fill(ARTICLE.date);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 45_000 });

  const title = 'The Kestrel Bay fuel spill began';
  // the sentence alone says "The spill began": the bare title is not listed
  await expect(eventRows(page).filter({ hasText: /^\S*\s*The spill began/ })).toHaveCount(0);
  await eventRows(page).getByRole('link', { name: title, exact: true }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { name: title })).toBeVisible();
  await expect(details.locator('blockquote').first()).toHaveText('The spill began on March 3 when the tanker Marisol ran aground near the harbour mouth.');
  await expect(details).toContainText('Named earlier in the article: The Kestrel Bay fuel spill');
  await expect(details.getByText('Named earlier in the article')).toBeInViewport();
  await page.screenshot({ path: 'e2e/screenshots/named-earlier.png' });
  expect(errors).toEqual([]);
});
