import { adminState, expect, test } from '../support/wordpress';

/**
 * WordPress's privacy policy guide (Settings → Privacy → Policy guide) with every vendor enabled, as the
 * global setup leaves the store: one suggested text per vendor, each opens, and the page's script runs
 * without an error (an em dash in a title once broke it).
 */

const LABELS = ['oct8ne', 'Belco', 'Loymax SmartCom', 'Bambuser One-to-One'];

test.use({ storageState: async ({}, use) => use(adminState()) });

test('the policy guide suggests a text per enabled vendor and each section opens', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/wp-admin/options-privacy.php?tab=policyguide');
	for (const label of LABELS) {
		const trigger = page.getByRole('button', { name: `Commerce Bridge: ${label}`, exact: true });
		await trigger.click();
		await expect(trigger).toHaveAttribute('aria-expanded', 'true');
		const panel = page.locator(`#${await trigger.getAttribute('aria-controls')}`);
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('heading', { name: label, exact: true })).toBeVisible();
		await expect(panel.getByRole('button', { name: `Copy suggested policy text from Commerce Bridge: ${label}` })).toBeVisible();
	}
	expect(errors).toEqual([]);
});
