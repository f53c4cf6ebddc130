import { adminState, expect, test } from '../support/wordpress';

/**
 * The Loymax tab's call preview and the save check, in the real settings app: the preview parses a
 * template with the storefront's own parser while the admin types, and a template that is not in the
 * call language is refused on save with a plain-language reason (nothing is stored).
 */

test.use({ storageState: async ({}, use) => use(adminState()) });

test('the preview shows the calls a template makes, explains a bad one, and saving a bad one is refused', async ({ page, admin }) => {
	const before = (await admin.rest<{ values: Record<string, unknown> }>('/commerce-bridge/v1/settings/loymax')).values.templateProduct;
	await page.goto('/wp-admin/admin.php?page=commerce-bridge');
	await page.getByRole('tab', { name: /^Loymax SmartCom/ }).click();
	// Code fields live in the collapsed Advanced section.
	await page.getByRole('tabpanel').getByRole('button', { name: 'Advanced' }).click();
	const field = page.getByLabel('Call template: product', { exact: true });
	const preview = page.locator('[data-preview="product"]');

	await field.fill('[{"call": "lmx.push", "args": [["view", "{CATEGORY_ID}", "p-{PRODUCT_ID}"]]}, {"call": "lmx.flush"}]');
	await expect(preview.locator('pre')).toHaveText('lmx.push(["view","18","p-14"])\nlmx.flush()');

	await field.fill("lmx.push(['view', {CATEGORY_ID}, {PRODUCT_ID}]);");
	await expect(preview).toContainText('Not valid JSON');
	await field.fill('{"call": "eval", "args": ["{PRODUCT_ID}"]}');
	await expect(preview).toContainText('could run text as code');

	const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('settings'));
	await page.getByRole('button', { name: 'Save changes' }).click();
	const response = await saved;
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('templateProduct: \\"eval\\" uses \\"eval\\", which could run text as code');
	await expect(page.getByRole('tabpanel').getByText(/templateProduct: "eval" uses "eval", which could run text as code/)).toBeVisible();
	expect((await admin.rest<{ values: Record<string, unknown> }>('/commerce-bridge/v1/settings/loymax')).values.templateProduct).toBe(before);
});
