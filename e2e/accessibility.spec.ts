import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { eventRows, openExplorer } from './support';

// an axe scan of a full page takes several seconds in CI containers
test.describe.configure({ timeout: 60_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')})`,
    );
}

test('the main view has no serious or critical axe violations', async ({ page }) => {
  await openExplorer(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('event details and the document reader have no serious or critical axe violations', async ({ page }) => {
  await openExplorer(page);
  await eventRows(page).getByRole('link').first().click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('region', { name: 'Event details' }).getByRole('link', { name: 'Read in document' }).first().click();
  await expect(page.getByRole('region', { name: 'Document reader' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('has no serious or critical axe violations', async ({ page }) => {
    await openExplorer(page);
    await eventRows(page).getByRole('link').first().click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
