import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { belcoCalls, recordBelco, type BelcoCall } from '../recorders/belco';
import { orderPlacedReport, placeBlockOrder, placeClassicOrder, receivedValue } from '../support/checkout';
import { createCustomer, deleteCustomer, type Customer } from '../support/customers';
import { CLASSIC_SHOP } from '../support/pages';
import { BEANIE } from '../support/store';
import { BELCO } from '../support/vendors';
import { expect, logIn, test } from '../support/wordpress';

/*
 * Belco widget on the storefront, against the real stack: identity and hash from the uncached widget
 * route, the cart lines after a change (block and classic), a guest identified after either checkout with
 * Order Completed tracked once, the reset after a logout, and the customer frame through the WordPress proxy. Belco is on
 * for the whole run (support/vendors.ts); how often a change reaches it is in the cart specs.
 */

const { shopId: SHOP_ID, shopSecret: SECRET } = BELCO;

let customer: Customer;

/** The first call of a kind, once the page made it. */
async function waitForCall(page: Page, method: string, matches: (call: BelcoCall) => boolean = () => true): Promise<BelcoCall> {
	let found: BelcoCall | undefined;
	await expect.poll(async () => (found = (await belcoCalls(page)).find((call) => call.method === method && matches(call)))).toBeTruthy();
	return found!;
}

function configOf(call: BelcoCall): Record<string, unknown> {
	return call.args[0] as Record<string, unknown>;
}

test.beforeAll(async ({ admin }) => {
	customer = await createCustomer(admin, 'belco', { firstName: 'Bram', lastName: 'Belco' });
});

test.afterAll(async ({ admin }) => {
	await deleteCustomer(admin, customer);
});

test('a guest page carries only shopId and the widget is initialised without identity', async ({ page }) => {
	const recorder = await recordBelco(page);
	const response = await page.goto('/');
	const html = (await response?.text()) ?? '';
	expect(html).not.toContain(SECRET);
	expect(await page.evaluate(() => (window as unknown as { commerceBridge: { vendors: Record<string, unknown> } }).commerceBridge.vendors.belco)).toEqual({
		shopId: SHOP_ID,
	});
	const init = configOf(await waitForCall(page, 'init'));
	expect(init.shopId).toBe(SHOP_ID);
	for (const key of ['id', 'email', 'hash', 'firstName', 'orderCount']) expect(init).not.toHaveProperty(key);
	expect(init.cart).toMatchObject({ currency: 'EUR', items: [] });
	expect(await page.locator('script#belco-js').getAttribute('src')).toBe('//cdn.belco.io/v2/widget.js');
	expect(recorder.loads()).toBe(1);
});

test('a logged-in customer is identified with every known field and a hash that verifies with the secret', async ({ page }) => {
	await recordBelco(page);
	await logIn(page, customer.login, customer.password);
	const widget = page.waitForResponse((r) => /\/commerce-bridge(\/|%2F)v1(\/|%2F)shopper(\/|%2F)belco-widget/.test(r.url()));
	const response = await page.goto('/');
	expect((await response?.text()) ?? '').not.toContain(SECRET);
	expect((await widget).status()).toBe(200);
	expect((await widget).headers()['cache-control']).toContain('no-store');
	const init = configOf(await waitForCall(page, 'init'));
	expect(init).toMatchObject({ shopId: SHOP_ID, id: customer.id, email: customer.email, firstName: 'Bram', lastName: 'Belco' });
	expect(init.name).toBe(`${init.firstName as string} ${init.lastName as string}`);
	expect(typeof init.orderCount).toBe('number');
	expect(typeof init.totalSpent).toBe('number');
	expect(typeof init.signedUp).toBe('number');
	if ((init.orderCount as number) > 0) expect(typeof init.lastOrder).toBe('number');
	expect(init.hash).toBe(createHmac('sha256', SECRET).update(String(init.id)).digest('hex'));
	expect(JSON.stringify(init)).not.toContain(SECRET);
});

for (const [cart, shop, add] of [
	['block', '/shop/', `button[data-product_id="${BEANIE}"]`],
	['classic', CLASSIC_SHOP, `a.ajax_add_to_cart[data-product_id="${BEANIE}"]`],
] as const) {
	test(`a ${cart} cart change re-initialises Belco with the new cart, without a reload`, async ({ page }) => {
		await recordBelco(page);
		await page.goto(shop);
		await waitForCall(page, 'init');
		await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
		await page.locator(add).click();
		// Belco takes the cart only with init (fact sheet §4): the change is a second, complete init.
		const init = configOf(await waitForCall(page, 'init', (call) => (configOf(call).cart as { items: unknown[] }).items.length > 0));
		expect(init.shopId).toBe(SHOP_ID);
		expect((init.cart as { items: unknown[] }).items).toEqual([
			expect.objectContaining({ id: BEANIE, name: 'Beanie', quantity: 1, price: expect.any(Number), url: expect.stringContaining('/product/beanie') }),
		]);
		expect((await belcoCalls(page)).map((call) => call.method)).not.toContain('sync');
		expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
	});
}

for (const [checkout, place] of [
	['block', placeBlockOrder],
	['classic', placeClassicOrder],
] as const) {
	test(`a guest is identified after the ${checkout} checkout and Order Completed is tracked once`, async ({ page, browser }) => {
		test.slow(); // A checkout, a reload and a second browser.
		await recordBelco(page);
		const email = `belco.guest.${checkout}.${Date.now()}@example.com`;
		await place(page, { firstName: 'Greet', lastName: 'Gast', email });
		const number = await receivedValue(page, 'order');
		const init = configOf(await waitForCall(page, 'init'));
		expect(init).toMatchObject({ shopId: SHOP_ID, email, firstName: 'Greet', lastName: 'Gast', name: 'Greet Gast', country: 'NL' });
		expect(init).not.toHaveProperty('id');
		expect(init.hash).toBe(createHmac('sha256', SECRET).update(email).digest('hex'));
		const track = await waitForCall(page, 'track');
		expect(track.args).toEqual(['Order Completed', { orderId: number, date: expect.any(Number), total: expect.any(Number), status: expect.any(String) }]);
		// Tracked after init, once: the order-placed route answers it to the first request only.
		const methods = (await belcoCalls(page)).map((call) => call.method);
		expect(methods.indexOf('track')).toBeGreaterThan(methods.indexOf('init'));
		expect(methods.filter((method) => method === 'track')).toHaveLength(1);

		// The reload asks again (after init) and is told nothing: the first view claimed the order.
		const reloaded = orderPlacedReport(page, 'belco');
		await page.reload();
		expect(await reloaded).toBeNull();
		expect((await belcoCalls(page)).filter((call) => call.method === 'track')).toEqual([]);

		const stranger = await browser.newContext();
		try {
			const other = await stranger.newPage();
			await recordBelco(other);
			const report = orderPlacedReport(other, 'belco');
			await other.goto(page.url());
			const theirs = configOf(await waitForCall(other, 'init'));
			expect(theirs).not.toHaveProperty('email');
			expect(await report).toBeNull();
			expect((await belcoCalls(other)).filter((call) => call.method === 'track')).toEqual([]);
		} finally {
			await stranger.close();
		}
	});
}

test('the first page after a logout resets Belco before initialising it without identity', async ({ page }) => {
	test.slow(); // A login, a logout and four storefront pages.
	await recordBelco(page);
	await logIn(page, customer.login, customer.password);
	await page.goto('/');
	expect(configOf(await waitForCall(page, 'init')).id).toBe(customer.id);
	expect((await belcoCalls(page)).map((call) => call.method)).not.toContain('reset');
	await page.goto('/my-account/');
	await Promise.all([page.waitForURL((url) => !url.pathname.includes('customer-logout')), page.getByRole('link', { name: /log out/i }).first().click()]);
	// The first page after the logout is the one it lands on (it was left at once before, which raced
	// its Belco init: the reset then came there, or not at all, and never on the next page).
	await waitForCall(page, 'init');
	const calls = (await belcoCalls(page)).map((call) => call.method);
	expect(calls.slice(0, 2)).toEqual(['reset', 'init']);
	expect(configOf((await belcoCalls(page))[1]!)).not.toHaveProperty('email');
	await page.goto('/');
	await waitForCall(page, 'init');
	expect((await belcoCalls(page)).map((call) => call.method)).not.toContain('reset');
});

test('the customer frame renders through WordPress and posts its resize message to Belco', async ({ page, admin }) => {
	const state = await admin.rest<{ urls: Array<{ id: string; url: string }> }>('/commerce-bridge/v1/settings/belco/integration');
	const urls = Object.fromEntries(state.urls.map(({ id, url }) => [`${id}Url`, url])) as { ordersUrl: string; frameUrl: string };
	// Whatever the token looks like: only that the URL carries one.
	expect(new URL(urls.ordersUrl).pathname).toMatch(/\/commerce-bridge\/belco\/orders$/);
	expect(new URL(urls.ordersUrl).searchParams.get('token')).toBeTruthy();
	// Top-level, window.parent is the window itself: record what the page posts to it.
	await page.addInitScript(() => {
		const posted: unknown[] = ((window as unknown as { __posted: unknown[] }).__posted = []);
		window.postMessage = ((message: unknown, targetOrigin: unknown) => void posted.push({ message, targetOrigin })) as typeof window.postMessage;
	});
	const { email } = customer;
	const response = await page.goto(`${urls.frameUrl}&email=${encodeURIComponent(email)}`);
	expect(response?.status()).toBe(200);
	await expect(page.locator('body')).toContainText(email);
	await expect.poll(() => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted)).toContainEqual({
		message: { action: 'resize', height: expect.any(Number) },
		targetOrigin: 'https://app.belco.io',
	});
});
