/**
 * A collection built from a folder named "bpoil_bbc" without --title is called "bpoil bbc": on the header and on the
 * title slide a class saw. The header asks for a name ("Name it") and says how to give one at the build; the name
 * the reader types titles the header, the slides and the handout, and is kept in the address (a reload and a copied
 * link keep it). Built from the spill fixture, titled as the build titles that folder.
 */
import { expect, test } from '@playwright/test';
import { spillTimeline } from '../src/app/store/__fixtures__/spillTimeline';
import { openExplorer } from './support';

const NAME = 'The BP oil spill, as the BBC told it';

test.use({ viewport: { width: 1280, height: 720 } });

test('a collection named after its folder can be renamed; the name titles the header, the title slide and the handout, and survives a reload', async ({
  page,
}) => {
  const spill = { ...spillTimeline(), title: 'bpoil bbc' };
  const body = JSON.stringify(spill);
  await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=spill.json');
  const header = page.getByRole('banner');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('Chronolens: bpoil bbc');
  // the folder's name asks for a name in words
  const rename = header.getByRole('button', { name: 'Name it' });
  await expect(rename).toBeInViewport();
  await rename.click();
  const form = page.getByRole('form', { name: 'Rename the collection' });
  await expect(form).toBeInViewport();
  await expect(form).toContainText('“bpoil bbc” is the name of the folder it was built from');
  await expect(form).toContainText('npm run extract -- --title');
  const field = form.getByRole('textbox', { name: 'Name of the collection' });
  await expect(field).toBeFocused();
  await field.fill(NAME);
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  await expect(header.getByRole('heading', { level: 1 })).toHaveText(`Chronolens: ${NAME}`);
  await expect(header.getByRole('button', { name: 'Rename the collection' })).toBeFocused();
  await expect(header.getByRole('button', { name: 'Name it' })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('name')).toBe(NAME);

  // a reload keeps it, and the title slide says it
  await page.reload();
  await expect(header.getByRole('heading', { level: 1 })).toHaveText(`Chronolens: ${NAME}`);
  await page.keyboard.press('p');
  await expect(page.getByRole('region', { name: /^Slide 1 of \d+$/ }).getByRole('heading', { level: 2 })).toHaveText(NAME);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  // the printed handout too
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout').getByRole('heading', { level: 1 })).toHaveText(NAME);
  await page.emulateMedia({ media: 'screen' });

  // Escape leaves the name as it was; an empty name gives the collection its file's name back
  await header.getByRole('button', { name: 'Rename the collection' }).click();
  await form.getByRole('textbox').fill('Something else');
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(header.getByRole('heading', { level: 1 })).toHaveText(`Chronolens: ${NAME}`);
  await header.getByRole('button', { name: 'Rename the collection' }).click();
  await form.getByRole('textbox').fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('Chronolens: bpoil bbc');
  expect(new URL(page.url()).searchParams.has('name')).toBe(false);
});

test('a title given at the build is not asked about: the rename button is a quiet pencil', async ({ page }) => {
  const body = JSON.stringify(spillTimeline());
  await page.route('**/spill.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openExplorer(page, '/?data=spill.json');
  const header = page.getByRole('banner');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('Chronolens: The oil spill');
  await expect(header.getByRole('button', { name: 'Name it' })).toHaveCount(0);
  await header.getByRole('button', { name: 'Rename the collection' }).click();
  await expect(page.getByRole('form', { name: 'Rename the collection' })).not.toContainText('name of the folder');
});
