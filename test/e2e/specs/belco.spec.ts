import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { belcoCalls, recordBelco, type BelcoCall } from '../recorders/belco';
import { BEANIE, expect, logIn, test, type Admin } from '../support/wordpress';

/*
 * Belco widget on the storefront, against the real stack: identity and hash from the uncached widget
 * route, the cart after an AJAX add, and the customer frame through the WordPress proxy. Settings are
 * written through the REST API as admin and restored afterwards.
 */

test.describe.configure({ mode: 'serial' });

const SHOP_ID = 'e2e-belco-shop';
const SECRET = `e2e-belco-secret-${Date.now()}`;
const CUSTOMER = { login: 'sanne.devries', password: 'woolab-customer-pw' };

let restore: () => Promise<void>;

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
	restore = await admin.setVendorSettings('belco', { enabled: true, shopId: SHOP_ID, shopSecret: SECRET, hashIdentity: 'id' });
});

test.afterAll(async () => {
	await restore();
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
	await logIn(page, CUSTOMER.login, CUSTOMER.password);
	const widget = page.waitForResponse((r) => r.url().includes('belco/widget') || r.url().includes('belco%2Fwidget'));
	const response = await page.goto('/');
	expect((await response?.text()) ?? '').not.toContain(SECRET);
	expect((await widget).headers()['cache-control']).toContain('no-store');
	const init = configOf(await waitForCall(page, 'init'));
	expect(init).toMatchObject({ shopId: SHOP_ID, id: expect.any(Number), email: expect.stringContaining('@'), firstName: expect.any(String), lastName: expect.any(String) });
	expect(init.name).toBe(`${init.firstName as string} ${init.lastName as string}`);
	expect(typeof init.orderCount).toBe('number');
	expect(typeof init.totalSpent).toBe('number');
	expect(typeof init.signedUp).toBe('number');
	if ((init.orderCount as number) > 0) expect(typeof init.lastOrder).toBe('number');
	expect(init.hash).toBe(createHmac('sha256', SECRET).update(String(init.id)).digest('hex'));
	expect(JSON.stringify(init)).not.toContain(SECRET);
});

test('an AJAX add to cart pushes the new cart to Belco without a reload', async ({ page }) => {
	await recordBelco(page);
	await page.goto('/product/beanie/');
	await waitForCall(page, 'init');
	await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
	await page.locator('a.ajax_add_to_cart').click();
	const sync = configOf(await waitForCall(page, 'sync', (call) => (configOf(call).cart as { items: unknown[] }).items.length > 0));
	expect(sync.shopId).toBe(SHOP_ID);
	expect((sync.cart as { items: unknown[] }).items).toEqual([
		expect.objectContaining({ id: BEANIE, name: 'Beanie', quantity: 1, price: expect.any(Number), url: expect.stringContaining('/product/beanie') }),
	]);
	expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
});

test('the customer frame renders through WordPress and posts its resize message to Belco', async ({ page, admin }) => {
	const urls = await admin.rest<{ frameUrl: string; ordersUrl: string }>('/commerce-bridge/v1/settings/belco/integration');
	expect(urls.ordersUrl).toMatch(/\/commerce-bridge\/belco\/orders\?token=[0-9a-f]+$/);
	// Top-level, window.parent is the window itself: record what the page posts to it.
	await page.addInitScript(() => {
		const posted: unknown[] = ((window as unknown as { __posted: unknown[] }).__posted = []);
		window.postMessage = ((message: unknown, targetOrigin: unknown) => void posted.push({ message, targetOrigin })) as typeof window.postMessage;
	});
	const email = await customerEmail(admin);
	const response = await page.goto(`${urls.frameUrl}&email=${encodeURIComponent(email)}`);
	expect(response?.status()).toBe(200);
	await expect(page.locator('body')).toContainText(email);
	await expect.poll(() => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted)).toContainEqual({
		message: { action: 'resize', height: expect.any(Number) },
		targetOrigin: 'https://app.belco.io',
	});
});

/** The fixture customer's account e-mail, as the logged-in widget config reports it. */
async function customerEmail(admin: Admin): Promise<string> {
	const [user] = await admin.rest<Array<{ email: string }>>(`/wp/v2/users?search=${CUSTOMER.login}&context=edit`);
	return user!.email;
}
