import { adminCredentials, expect, logIn, test } from '../support/wordpress';

const IDENTITY = '/commerce-bridge/core/identity';

test('the storefront home page answers 200 with WordPress markup', async ({ request }) => {
	const response = await request.get('/');
	expect(response.status()).toBe(200);
	const html = await response.text();
	expect(html).toContain('<html');
	expect(html).toMatch(/\/wp-(content|includes)\//);
});

test('the admin logs in to wp-admin and sees the dashboard', async ({ page }) => {
	const { user, password } = adminCredentials();
	await logIn(page, user, password);
	await expect(page).toHaveURL(/\/wp-admin\/?$/);
	await expect(page.locator('#wpadminbar')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('the identity route answers a guest with user 0 and no session', async ({ request }) => {
	const response = await request.get(IDENTITY);
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ userId: 0, session: null });
});

test('the identity route answers the logged-in admin with their user id', async ({ admin }) => {
	const me = await admin.rest<{ id: number }>('/wp/v2/users/me');
	const response = await admin.request.get(IDENTITY);
	expect(response.status()).toBe(200);
	const identity = (await response.json()) as { userId: number; session: string | null };
	expect(identity.userId).toBe(me.id);
	expect(identity.userId).toBeGreaterThan(0);
});
