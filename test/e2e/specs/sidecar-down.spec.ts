import type { Page } from '@playwright/test';
import { stopSidecar } from '../support/sidecar';
import { adminState, expect, test } from '../support/wordpress';

/**
 * The store owner's view of the sidecar: Site Health's Commerce Bridge tests while it runs (the vendor
 * URLs are called through the store's own address), then with the sidecar stopped the critical result,
 * the admin notice on the dashboard and its dismissal; and the Settings link on the Plugins screen.
 */

test.use({ storageState: async ({}, use) => use(adminState()) });
test.describe.configure({ mode: 'serial' });

/** Opens Site Health and waits until its asynchronous tests (ours among them) have all answered. */
async function siteHealth(page: Page): Promise<void> {
	await page.goto('/wp-admin/site-health.php');
	// WordPress drops `loading` once the last asynchronous test has answered.
	await expect(page.locator('.site-health-progress-wrapper')).not.toHaveClass(/\bloading\b/, { timeout: 60_000 });
}

const group = (page: Page, status: 'critical' | 'recommended' | 'good') => page.locator(`#health-check-issues-${status} .issues`);

test('Site Health: the sidecar answers, reads the database, shares the secret, and vendor URLs answer through the site', async ({ page }) => {
	test.setTimeout(90_000);
	await siteHealth(page);
	const good = group(page, 'good');
	await expect(good).toContainText('The Commerce Bridge sidecar reads the shop database');
	await expect(good).toContainText('WordPress and the sidecar share the same secret');
	await expect(good).toContainText('Vendor platforms reach this shop through its URLs');
	await expect(group(page, 'critical')).not.toContainText('Commerce Bridge');
});

test('with the sidecar stopped: Site Health is critical and the dashboard notice can be dismissed', async ({ page }) => {
	test.setTimeout(90_000);
	test.skip(!(await stopSidecar()), 'needs the local stack (its sidecar is stopped)');

	await siteHealth(page);
	const critical = group(page, 'critical');
	await expect(critical).toContainText('The Commerce Bridge sidecar does not answer');
	await expect(critical).toContainText('Vendor platforms cannot reach this shop through its URLs');

	await page.goto('/wp-admin/');
	const notice = page.locator('.commerce-bridge-notice');
	await expect(notice).toContainText('The sidecar does not answer');
	const dismissed = page.waitForResponse((response) => response.url().includes('/commerce-bridge/v1/notice/dismiss') && response.request().method() === 'POST');
	await notice.locator('.notice-dismiss').click();
	expect((await dismissed).status()).toBe(200);
	await expect(notice).toHaveCount(0);
	await page.reload();
	await expect(page.locator('#wpbody-content h1')).toBeVisible();
	await expect(page.locator('.commerce-bridge-notice')).toHaveCount(0);
});

test('the Plugins screen links to the settings page', async ({ page }) => {
	await page.goto('/wp-admin/plugins.php');
	const settings = page.locator('tr[data-plugin="commerce-bridge/commerce-bridge.php"] .row-actions .settings a');
	await expect(settings).toHaveText('Settings');
	await settings.click();
	await expect(page).toHaveURL(/[?&]page=commerce-bridge\b/);
	await expect(page.locator('#commerce-bridge-settings')).toBeAttached();
});
