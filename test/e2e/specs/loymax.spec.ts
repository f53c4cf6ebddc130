import { expect, test, type Browser, type Page } from '@playwright/test';
import { callsOf, recorded, serveRecorder, SNIPPET, TEMPLATES, type Recorded } from '../recorders/loymax';

/**
 * Loymax tracker on the storefront, through a RECORDING stand-in for the tracker: loader before every
 * event, each event with ids resolved per the id settings, once. Settings are written through the REST
 * API as admin and restored afterwards; the tests share them, so they run in order.
 */

test.describe.configure({ mode: 'serial' });

const BEANIE = 14;
const SETTINGS = {
	enabled: true,
	shopId: '4711',
	eventSourceId: 'e2e-shop',
	trackerSnippet: SNIPPET,
	...TEMPLATES,
	userIdMode: 'email',
	productIdMode: 'sku',
	categoryIdMode: 'slug',
	orderIdMode: 'id',
	sectionMap: [{ match: '/product/*', pageName: 'product_pages' }],
	cleanupAfterOrder: true,
	cleanupOnLogout: false,
};

let previous: Record<string, unknown> = {};
let adminEmail = '';

async function asAdmin<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto('/wp-login.php');
		await page.locator('#user_login').fill(process.env.WP_USERNAME ?? '');
		await page.locator('#user_pass').fill(process.env.WP_PASSWORD ?? '');
		await page.locator('#wp-submit').click();
		await expect(page.locator('#wpadminbar')).toBeVisible();
		// The settings page loads wp.apiFetch, which carries the REST nonce.
		await page.goto('/wp-admin/admin.php?page=commerce-bridge');
		await page.waitForFunction(() => typeof (window as unknown as { wp?: { apiFetch?: unknown } }).wp?.apiFetch === 'function');
		return await work(page);
	} finally {
		await context.close();
	}
}

async function apiFetch(page: Page, path: string, method = 'GET', data?: unknown): Promise<Record<string, unknown>> {
	return page.evaluate(
		async ({ path: p, method: m, data: d }) => {
			const wp = (window as unknown as { wp: { apiFetch: (o: object) => Promise<Record<string, unknown>> } }).wp;
			return wp.apiFetch({ path: p, method: m, data: d });
		},
		{ path, method, data },
	);
}

test.beforeAll(async ({ browser }) => {
	await asAdmin(browser, async (page) => {
		const current = (await apiFetch(page, '/commerce-bridge/v1/settings/loymax')).values as Record<string, unknown>;
		previous = Object.fromEntries(Object.entries(current).filter(([key]) => key !== 'feedToken'));
		adminEmail = String((await apiFetch(page, '/wp/v2/users/me?context=edit')).email);
		await apiFetch(page, '/commerce-bridge/v1/settings/loymax', 'POST', SETTINGS);
	});
});

test.afterAll(async ({ browser }) => {
	await asAdmin(browser, (page) => apiFetch(page, '/commerce-bridge/v1/settings/loymax', 'POST', previous));
});

test.beforeEach(async ({ page }) => {
	await serveRecorder(page);
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

test('AJAX add to cart and mini-cart removal send cart events with resolved ids', async ({ page }) => {
	await page.goto('/product/beanie/');
	await until(page, 'product');
	await page.locator('a.ajax_add_to_cart').click();
	let calls = await until(page, 'cartAdd');
	expect(callsOf(calls, 'cartAdd')).toEqual([['cartAdd', 'accessories', 'woo-beanie']]);
	await page.locator('.widget_shopping_cart_content a.remove_from_cart_button').click();
	calls = await until(page, 'cartRemove');
	expect(callsOf(calls, 'cartRemove')).toEqual([['cartRemove', 'woo-beanie']]);
	expect(callsOf(calls, 'cartAdd')).toHaveLength(1);
});

test('a product form post is queued on the server and sent once on the next page', async ({ page }) => {
	await page.goto('/product/beanie/');
	await page.locator('form.cart button[name="add-to-cart"]').click();
	await page.waitForLoadState('load');
	const calls = await until(page, 'cartAdd');
	expect(callsOf(calls, 'cartAdd')).toEqual([['cartAdd', 'accessories', 'woo-beanie']]);
	expect(calls.findIndex((c) => c[0] === 'trackerLoaded')).toBeLessThan(calls.findIndex((c) => c[0] === 'cartAdd'));
	await page.reload();
	await until(page, 'product');
	expect(callsOf(await recorded(page), 'cartAdd')).toEqual([]);
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
	await page.locator('#username').fill(process.env.WP_USERNAME ?? '');
	await page.locator('#password').fill(process.env.WP_PASSWORD ?? '');
	await page.locator('button[name="login"]').click();
	const calls = await until(page, 'auth');
	expect(callsOf(calls, 'auth')).toEqual([['auth', adminEmail]]);
});

test('checkout completion is sent once per order, then the clean-up, and not again on reload', async ({ page }) => {
	await page.goto(`/shop/?add-to-cart=${BEANIE}`);
	await page.goto('/checkout/');
	await page.locator('#billing_first_name').fill('Lena');
	await page.locator('#billing_last_name').fill('Loymax');
	await page.locator('#billing_email').fill(`lena.${Date.now()}@example.com`);
	await page.locator('#billing_phone').fill('+31 6 44455566');
	await page.locator('#place_order').click();
	await expect(page).toHaveURL(/order-received\/\d+\//);
	const orderId = /order-received\/(\d+)\//.exec(page.url())?.[1];
	const calls = await until(page, 'checkout');
	expect(calls.filter((c) => c[0] === 'checkout' || c[0] === 'cartClear')).toEqual([['checkout', orderId], ['cartClear']]);
	await page.reload();
	await until(page, 'trackerLoaded');
	expect(callsOf(await recorded(page), 'checkout')).toEqual([]);
});

test('themes send arbitrary events through the public helper', async ({ page }) => {
	await page.goto('/product-category/clothing/');
	await until(page, 'category');
	await page.evaluate(() => (window as unknown as { commerceBridgeLoymax: { track: (n: string) => void } }).commerceBridgeLoymax.track('newsletter_subscribe'));
	const calls = await until(page, 'custom');
	expect(callsOf(calls, 'custom')).toEqual([['custom', 'newsletter_subscribe']]);
});
