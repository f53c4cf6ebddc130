import { adminState, expect, test } from '../support/wordpress';

/*
 * Belco's server calls on the real stack, read-only: the run's settings (global set-up) saved a shop id and
 * secret, which queued shops/connect in WooCommerce's Action Scheduler. Admin page views start Action
 * Scheduler's runner (at most once a minute) and wp-cron.php runs it too; the Belco tab then shows Belco's
 * answer. The stack blocks outbound HTTP (WP_HTTP_BLOCK_EXTERNAL), so there it is "still trying" with
 * WordPress's reason; against a real store Belco itself answers the run's made-up shop id.
 */

test.use({ storageState: async ({}, use) => use(adminState()) });

test('the Belco tab shows the answer to shops/connect once Action Scheduler has sent it', async ({ page }) => {
	test.setTimeout(180_000);
	const sent = page.getByRole('region', { name: 'Sent to Belco' });
	await expect
		.poll(
			async () => {
				await page.request.get('/wp-cron.php');
				await page.goto('/wp-admin/admin.php?page=commerce-bridge');
				await page.getByRole('tab', { name: /^Belco/ }).click();
				await expect(sent.getByRole('table')).toBeVisible();
				return sent.locator('.components-notice__content').first().textContent();
			},
			{ intervals: [5_000, 10_000], timeout: 150_000 },
		)
		.toMatch(/^(Still trying to reach Belco\. Belco could not be reached: |Belco refused the connection\. Belco answered \d+)/);
	const row = sent.getByRole('row').filter({ hasText: 'Shop connection' }).first();
	await expect(row.getByRole('cell').nth(2)).toHaveText(/^(Retrying|Failed)$/);
	expect(Number(await row.getByRole('cell').nth(3).textContent())).toBeGreaterThanOrEqual(1);
});
