import type { Page } from '@playwright/test';
import { callsOf, recorded, type Recorded } from '../recorders/loymax';
import { orderPlacedReport, placeBlockOrder, placeClassicOrder } from '../support/checkout';
import { expect, logIn, test } from '../support/wordpress';

/**
 * Loymax tracker on the storefront, through a RECORDING stand-in for the tracker: loader before every
 * event, each event with ids resolved per the id settings (support/vendors.ts: e-mail, SKU, category
 * slug, order id), once. Cart events from each UI are in the cart specs. Tests that change a setting for
 * their behaviour (user id mode, clean-up on logout) run in order, one worker; a failure skips nothing.
 */

test.describe.configure({ mode: 'default' });

/**
 * The login test's own customer: the queue of next-page events is per user, so an account another spec
 * logs in with at the same time (the admin) would receive that login's event too.
 */
const STAMP = Date.now();
const shopper = { id: 0, login: `loymax-${STAMP}`, email: `loymax.login.${STAMP}@example.com`, password: `pw-${STAMP}-e2e` };

test.beforeAll(async ({ admin }) => {
	({ id: shopper.id } = await admin.rest<{ id: number }>('/wp/v2/users', {
		method: 'POST',
		data: { username: shopper.login, email: shopper.email, password: shopper.password, roles: ['customer'] },
	}));
});

test.afterAll(async ({ admin }) => {
	if (shopper.id) await admin.rest(`/wp/v2/users/${shopper.id}?force=true&reassign=false`, { method: 'DELETE' });
});

/** Waits until the recorder holds a call of `kind` and returns everything recorded. */
async function until(page: Page, kind: string, count = 1): Promise<Recorded> {
	await expect.poll(async () => callsOf(await recorded(page), kind).length).toBeGreaterThanOrEqual(count);
	return recorded(page);
}

test('a product page runs the loader first, then the section and the product view with SKU and category slug', async ({ page }) => {
	await page.goto('/product/beanie/');
	const calls = await until(page, 'product');
	expect(calls.slice(0, 2)).toEqual([['loader', '4711', 'e2e-shop'], ['trackerLoaded']]);
	expect(calls.slice(2)).toEqual([['section', 'product_pages'], ['product', 'accessories', 'woo-beanie']]);
	await expect(page.locator('script#commerce-bridge-loymax-loader')).toHaveCount(1);
});

test('a category page sends the category view', async ({ page }) => {
	await page.goto('/product-category/clothing/');
	const calls = await until(page, 'category');
	expect(callsOf(calls, 'category')).toEqual([['category', 'clothing']]);
	expect(callsOf(calls, 'section')).toEqual([]);
});

test('registration sends the new customer\'s e-mail on the page after the redirect', async ({ page }) => {
	const email = `loymax.${Date.now()}@example.com`;
	await page.goto('/my-account/');
	await page.locator('#reg_email').fill(email);
	await page.locator('button[name="register"]').click();
	const calls = await until(page, 'auth');
	expect(callsOf(calls, 'auth')).toEqual([['auth', email]]);
	await page.reload();
	await until(page, 'trackerLoaded');
	expect(callsOf(await recorded(page), 'auth')).toEqual([]);
});

test('login sends the customer id on the page after the redirect', async ({ page }) => {
	await page.goto('/my-account/');
	await page.locator('#username').fill(shopper.login);
	await page.locator('#password').fill(shopper.password);
	await page.locator('button[name="login"]').click();
	const calls = await until(page, 'auth');
	expect(callsOf(calls, 'auth')).toEqual([['auth', shopper.email]]);
});

test('a block checkout sends the checkout once per order, then the clean-up, and not again on reload', async ({ page }) => {
	test.slow();
	const orderId = await placeBlockOrder(page, { firstName: 'Lena', lastName: 'Loymax' });
	const calls = await until(page, 'checkout');
	expect(calls.filter((c) => c[0] === 'checkout' || c[0] === 'cartClear')).toEqual([['checkout', orderId], ['cartClear']]);
	const reloaded = orderPlacedReport(page, 'loymax');
	await page.reload();
	expect(await reloaded).toBeNull();
	await until(page, 'trackerLoaded');
	expect(callsOf(await recorded(page), 'checkout')).toEqual([]);
});

test('an account created at the classic checkout sends the registration with the new customer\'s id once, and the checkout once', async ({ page, admin }) => {
	test.slow();
	const email = `loymax.checkout.${Date.now()}@example.com`;
	await admin.withVendorSettings('loymax', { userIdMode: 'id' }, async () => {
		let customerId = 0;
		try {
			const orderId = await placeClassicOrder(page, { firstName: 'Carla', lastName: 'Loymax', email, createAccount: true });
			const users = await admin.rest<Array<{ id: number; email: string }>>(`/wp/v2/users?context=edit&search=${encodeURIComponent(email)}`);
			customerId = users.find((user) => user.email === email)?.id ?? 0;
			expect(customerId).toBeGreaterThan(0);
			const received = await until(page, 'checkout');
			expect(callsOf(received, 'checkout')).toEqual([['checkout', orderId]]);
			// The account is made in the checkout request: its event may reach the order-received page or the next.
			const reloaded = orderPlacedReport(page, 'loymax');
			await page.reload();
			expect(await reloaded).toBeNull();
			const after = await until(page, 'trackerLoaded');
			expect([...callsOf(received, 'auth'), ...callsOf(after, 'auth')]).toEqual([['auth', String(customerId)]]);
			expect(callsOf(after, 'checkout')).toEqual([]);
		} finally {
			if (customerId) await admin.rest(`/wp/v2/users/${customerId}?force=true&reassign=false`, { method: 'DELETE' });
		}
	});
});

/** Logs the test's customer in, then out through the account page's link; answers the page after. */
async function logInAndOut(page: Page): Promise<Recorded> {
	await logIn(page, shopper.login, shopper.password);
	await page.goto('/my-account/');
	await until(page, 'trackerLoaded');
	await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/wp-login.php') && !url.pathname.includes('customer-logout')), page.getByRole('link', { name: /log out/i }).first().click()]);
	await expect(page.locator('body.logged-in')).toHaveCount(0);
	return until(page, 'trackerLoaded');
}

test('logout with cleanupOnLogout sends the cart clean-up on the page after the logout redirect', async ({ page, admin }) => {
	await admin.withVendorSettings('loymax', { cleanupOnLogout: true }, async () => {
		await logInAndOut(page);
		const calls = await until(page, 'cartClear');
		expect(callsOf(calls, 'cartClear')).toEqual([['cartClear']]);
		await page.reload();
		await until(page, 'trackerLoaded');
		expect(callsOf(await recorded(page), 'cartClear')).toEqual([]);
	});
});

test('logout without cleanupOnLogout sends no clean-up', async ({ page }) => {
	const calls = await logInAndOut(page);
	// The page's own events have run once the section/category events could have: wait for the load.
	await page.waitForLoadState('load');
	expect(callsOf(calls, 'cartClear')).toEqual([]);
	expect(callsOf(await recorded(page), 'cartClear')).toEqual([]);
});

test('themes send arbitrary events through the public helper', async ({ page }) => {
	await page.goto('/product-category/clothing/');
	await until(page, 'category');
	await page.evaluate(() => (window as unknown as { commerceBridgeLoymax: { track: (n: string) => void } }).commerceBridgeLoymax.track('newsletter_subscribe'));
	const calls = await until(page, 'custom');
	expect(callsOf(calls, 'custom')).toEqual([['custom', 'newsletter_subscribe']]);
});
