import { expect, test } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

const IDENTITY = '/commerce-bridge/core/identity';

function credentials(): { username: string; password: string } {
	const { WP_USERNAME: username, WP_PASSWORD: password } = process.env;
	if (!username || !password) throw new Error('WP_USERNAME and WP_PASSWORD must be set');
	return { username, password };
}

test('the storefront home page answers 200 with WordPress markup', async ({ request }) => {
	const response = await request.get('/');
	expect(response.status()).toBe(200);
	const html = await response.text();
	expect(html).toContain('<html');
	expect(html).toMatch(/\/wp-(content|includes)\//);
});

test('the admin logs in to wp-admin and sees the dashboard', async ({ page }) => {
	const { username, password } = credentials();
	await page.goto('/wp-login.php');
	await page.locator('#user_login').fill(username);
	await page.locator('#user_pass').fill(password);
	await page.locator('#wp-submit').click();
	await expect(page).toHaveURL(/\/wp-admin\/?$/);
	await expect(page.locator('#wpadminbar')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('the identity route answers a guest with user 0 and no session', async ({ request }) => {
	const response = await request.get(IDENTITY);
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ userId: 0, session: null });
});

test('the identity route answers the logged-in admin with their user id', async ({ baseURL }) => {
	const { username, password } = credentials();
	const requestUtils = await RequestUtils.setup({
		baseURL,
		user: { username, password },
		storageStatePath: test.info().outputPath('admin-storage-state.json'),
	});
	const me = (await requestUtils.rest({ path: '/wp/v2/users/me' })) as { id: number };
	const response = await requestUtils.request.get(IDENTITY);
	expect(response.status()).toBe(200);
	const identity = (await response.json()) as { userId: number; session: string | null };
	expect(identity.userId).toBe(me.id);
	expect(identity.userId).toBeGreaterThan(0);
	await requestUtils.request.dispose();
});
