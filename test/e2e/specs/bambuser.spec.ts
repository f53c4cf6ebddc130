import type { Page } from '@playwright/test';
import { fire, recordBambuser, recording, type BuiltNode } from '../recorders/bambuser';
import { BEANIE_ADDED, heardOnce, settledSignals, vendorsReady } from '../recorders/vendors';
import { createCustomer, deleteCustomer, type Customer } from '../support/customers';
import { BEANIE, cartLines } from '../support/store';
import { BAMBUSER } from '../support/vendors';
import { expect, logIn, test } from '../support/wordpress';

/*
 * Bambuser One-to-One on the storefront, through a recording stand-in of the embed served at the
 * region's loader URL: the agent's cart events drive the native cart (checked through the Store API),
 * checkout in both modes, the cart UI refresh, product data and search from the real catalogue, the
 * dataLayer affiliation and the consultation block/shortcode. Bambuser is on for the whole run
 * (support/vendors.ts); tests that change a setting for their behaviour run in order, one worker.
 */

// In order, in one worker (some tests change a setting for their behaviour); a failure skips nothing.
test.describe.configure({ mode: 'default' });

const ORG_ID = BAMBUSER.orgId;
const OUT_OF_STOCK = [63, 90];
const SNEAKER = 102; // variable: colour × shoe size

let buttonsPage = { id: 0, link: '' };

test.beforeAll(async ({ admin }) => {
	buttonsPage = await admin.publishPage(
		'Bambuser buttons',
		'<!-- wp:commerce-bridge/bambuser-consultation {"label":"Talk to a <stylist>","queue":"Stylists"} /-->' +
			'<!-- wp:shortcode -->[commerce_bridge_bambuser queue="Repairs" label="Repair call" trigger="queue-link"]<!-- /wp:shortcode -->',
	);
});

test.afterAll(async ({ admin }) => {
	if (buttonsPage.id) await admin.deletePage(buttonsPage.id);
});

interface CartItem {
	id: number;
	quantity: number;
}

async function nativeCart(page: Page): Promise<CartItem[]> {
	return (await cartLines(page)).map(({ id, quantity }) => ({ id, quantity }));
}

/** What the embed would get from its `data` option: the function's answer, or {} without one. */
async function embedData(page: Page): Promise<unknown> {
	await recording(page);
	return page.evaluate(async () => {
		const { data } = (window as unknown as { __bambuser: { optionsRaw: { data?: () => Promise<unknown> } } }).__bambuser.optionsRaw;
		return data ? await data() : {};
	});
}

async function openShop(page: Page, path = '/product/beanie/'): Promise<void> {
	await recordBambuser(page, 'eu');
	await page.goto(path);
	await recording(page);
}

test('the EU loader runs after onBambuserOneToOneReady exists and the embed is configured from the settings', async ({ page }) => {
	const { loads } = await recordBambuser(page, 'eu');
	await page.goto('/product/beanie/');
	const rec = await recording(page);
	expect(loads()).toBe(1);
	expect(rec.readyDefinedBeforeLoad).toBe(true);
	expect(rec.constructed).toBe(1);
	expect(rec.options).toMatchObject({ orgId: ORG_ID, queue: 'Shoes', withMinimizeSupport: true, currency: 'EUR' });
	expect(rec.options?.locale).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
	expect(new Set(rec.options?.triggers as string[])).toEqual(new Set(['smart', 'connect-link']));
	expect([...rec.handlers].sort()).toEqual(['goto-checkout', 'provide-product-data', 'provide-search-data', 'should-add-item-to-cart', 'should-update-item-in-cart']);
	// Guests are never identified.
	expect(await embedData(page)).toEqual({});
});

test('should-add-item-to-cart puts an in-stock product into the native cart and answers true', async ({ page }) => {
	await openShop(page);
	expect(await fire(page, 'should-add-item-to-cart', { sku: String(BEANIE) })).toBe(true);
	expect(await nativeCart(page)).toEqual([expect.objectContaining({ id: BEANIE, quantity: 1 })]);
});

test('should-add-item-to-cart answers out-of-stock for products the shop cannot sell', async ({ page }) => {
	await openShop(page);
	for (const id of OUT_OF_STOCK) {
		expect(await fire(page, 'should-add-item-to-cart', { sku: String(id) })).toEqual({ success: false, reason: 'out-of-stock' });
	}
	expect(await fire(page, 'should-add-item-to-cart', { sku: 'no-such-sku-xyz' })).toBe(false);
	expect(await nativeCart(page)).toEqual([]);
	const rec = await recording(page);
	expect(rec.callbacks.map((c) => c.event)).toEqual(['should-add-item-to-cart', 'should-add-item-to-cart', 'should-add-item-to-cart']);
});

test('should-update-item-in-cart sets the quantity, removes at 0 and adds an item missing from the native cart', async ({ page }) => {
	await openShop(page);
	expect(await fire(page, 'should-update-item-in-cart', { sku: String(BEANIE), quantity: 2, previousQuantity: 1 })).toBe(true);
	expect(await nativeCart(page)).toEqual([expect.objectContaining({ id: BEANIE, quantity: 2 })]);
	expect(await fire(page, 'should-update-item-in-cart', { sku: String(BEANIE), quantity: 3, previousQuantity: 2 })).toBe(true);
	expect(await nativeCart(page)).toEqual([expect.objectContaining({ id: BEANIE, quantity: 3 })]);
	expect(await fire(page, 'should-update-item-in-cart', { sku: String(BEANIE), quantity: 0, previousQuantity: 3 })).toBe(true);
	expect(await nativeCart(page)).toEqual([]);
	expect(await fire(page, 'should-update-item-in-cart', { sku: String(OUT_OF_STOCK[0]), quantity: 2, previousQuantity: 1 })).toEqual({ success: false, reason: 'out-of-stock' });
});

test('the Mini-Cart counts an item added from the call without a reload', async ({ page }) => {
	await openShop(page);
	await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
	const badge = page.locator('.wc-block-mini-cart__badge').first();
	await expect(badge).not.toHaveText('1');
	expect(await fire(page, 'should-add-item-to-cart', { sku: String(BEANIE) })).toBe(true);
	await expect(badge).toHaveText('1');
	expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
});

test('an item added from the call reaches oct8ne, Belco and Loymax once', async ({ page }) => {
	await openShop(page);
	await vendorsReady(page);
	expect(await fire(page, 'should-add-item-to-cart', { sku: String(BEANIE) })).toBe(true);
	expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
});

test('items added from the call reach an existing dataLayer with the Bambuser affiliation', async ({ page }) => {
	await page.addInitScript(() => ((window as unknown as { dataLayer: unknown[] }).dataLayer = []));
	await openShop(page);
	expect(await fire(page, 'should-add-item-to-cart', { sku: String(BEANIE) })).toBe(true);
	expect(await fire(page, 'should-update-item-in-cart', { sku: String(BEANIE), quantity: 0, previousQuantity: 1 })).toBe(true);
	const pushed = await page.evaluate(() => (window as unknown as { dataLayer: Array<{ event?: string; ecommerce?: { items: unknown[] } }> }).dataLayer.filter((entry) => entry.event));
	expect(pushed.map((entry) => entry.event)).toEqual(['add_to_cart', 'remove_from_cart']);
	for (const entry of pushed) {
		expect(entry.ecommerce?.items).toEqual([expect.objectContaining({ affiliation: `Bambuser Calls ${ORG_ID}`, item_name: 'Beanie', quantity: 1 })]);
	}
});

test('goto-checkout in same-tab mode floats the call above the checkout page', async ({ page }) => {
	await openShop(page);
	await fire(page, 'goto-checkout', { cart: { items: [] } });
	const rec = await recording(page);
	expect(rec.floatAbove).toHaveLength(1);
	expect(new URL(rec.floatAbove[0]!).pathname).toBe('/checkout/');
});

test('goto-checkout in new-tab mode opens the checkout in a new tab', async ({ page, admin }) => {
	await admin.withVendorSettings('bambuser', { checkoutMode: 'new-tab' }, async () => {
		await openShop(page);
		// WooCommerce sends a visitor with an empty cart from the checkout back to the cart.
		expect(await fire(page, 'should-add-item-to-cart', { sku: String(BEANIE) })).toBe(true);
		const popup = page.waitForEvent('popup');
		await fire(page, 'goto-checkout', { cart: { items: [] } });
		const tab = await popup;
		await tab.waitForLoadState();
		expect(new URL(tab.url()).pathname).toBe('/checkout/');
		expect((await recording(page)).floatAbove).toEqual([]);
	});
});

function set(node: BuiltNode | undefined, key: string): unknown {
	return node?.set[key];
}

test('provide-product-data hydrates a variable product with the catalogue data of the product endpoint', async ({ page }) => {
	await openShop(page);
	const truth = (await (await page.request.get(`/commerce-bridge/bambuser/products?ids=${SNEAKER}`)).json()) as {
		products: Array<{ name: string; url: string; variations: Array<{ sku: string; inStock: boolean; price: { current: number } }> }>;
	};
	const expected = truth.products[0]!;
	expect(expected.variations.length).toBeGreaterThan(1);
	await fire(page, 'provide-product-data', { products: [{ id: 'req-1', ref: String(SNEAKER), type: 'product-reference' }, { id: 'req-2', ref: 'no-such-sku-xyz', type: 'product-reference' }] });
	await page.waitForFunction(() => Object.keys((window as unknown as { __bambuser: { products: object } }).__bambuser.products).length === 2);
	const { products } = await recording(page);
	const built = products['req-1']?.data;
	expect(set(built, 'currency')).toBe('EUR');
	const product = set(built, 'product') as BuiltNode;
	expect(set(product, 'name')).toBe(expected.name);
	expect(set(product, 'url')).toBe(expected.url);
	const attributes = set(product, 'attributes') as BuiltNode[];
	expect(attributes.length).toBe(2);
	const variations = set(product, 'variations') as BuiltNode[];
	expect(variations.map((v) => set(v, 'sku'))).toEqual(expected.variations.map((v) => v.sku));
	expect(variations.map((v) => set(v, 'inStock'))).toEqual(expected.variations.map((v) => v.inStock));
	expect(variations.map((v) => set(set(v, 'price') as BuiltNode, 'current'))).toEqual(expected.variations.map((v) => v.price.current));
	// Every option a variation uses is declared on the product.
	const declared = new Set(attributes.flatMap((a) => (set(a, 'options') as BuiltNode[]).map((o) => `${a.args[0]}=${o.args[0]}`)));
	for (const variation of variations) {
		for (const pair of set(variation, 'attributes') as BuiltNode[]) expect(declared.has(`${pair.args[0]}=${pair.args[1]}`)).toBe(true);
	}
	expect(products['req-2']?.error).toContain('no-such-sku-xyz');
});

test('a variation sku from the hydration adds that variation to the native cart', async ({ page }) => {
	await openShop(page);
	const truth = (await (await page.request.get(`/commerce-bridge/bambuser/products?ids=${SNEAKER}`)).json()) as { products: Array<{ variations: Array<{ id: number; sku: string; inStock: boolean }> }> };
	const variation = truth.products[0]!.variations.find((v) => v.inStock)!;
	expect(await fire(page, 'should-add-item-to-cart', { sku: variation.sku })).toBe(true);
	expect(await nativeCart(page)).toEqual([expect.objectContaining({ id: variation.id, quantity: 1 })]);
});

test('provide-search-data answers with catalogue hits and the page echoed back', async ({ page }) => {
	await openShop(page);
	const answer = (await fire(page, 'provide-search-data', { term: 'sneaker', page: 0 })) as BuiltNode;
	const hits = set(answer, 'products') as BuiltNode[];
	expect(hits.map((hit) => set(hit, 'sku'))).toContain(String(SNEAKER));
	expect(set(set(answer, 'pagination') as BuiltNode, 'currentPageIndex')).toBe(0);
	expect(set(set(answer, 'pagination') as BuiltNode, 'totalMatches')).toBeGreaterThanOrEqual(1);
});

test('the consultation block opens the call with its queue; the shortcode links to its queue', async ({ page }) => {
	await openShop(page, new URL(buttonsPage.link).pathname);
	const button = page.getByRole('button', { name: 'Talk to a <stylist>' });
	await expect(button).toHaveAttribute('data-queue', 'Stylists');
	await button.click();
	await page.waitForFunction(() => (window as unknown as { __bambuser: { shows: number } }).__bambuser.shows === 1);
	const rec = await recording(page);
	expect(rec.options?.triggers).toEqual(expect.arrayContaining(['manual', 'queue-link', 'connect-link']));
	expect(await page.evaluate(() => (window as unknown as { __bambuser: { instance: { config: { queue: string } } } }).__bambuser.instance.config.queue)).toBe('Stylists');
	const link = page.getByRole('link', { name: 'Repair call' });
	expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('bambuserQueueId')).toBe('Repairs');
});

test.describe('a logged-in customer', () => {
	let customer: Customer;

	test.beforeAll(async ({ admin }) => {
		customer = await createCustomer(admin, 'bambuser', { firstName: 'Bea', lastName: 'Bambuser' });
	});

	test.afterAll(async ({ admin }) => {
		await deleteCustomer(admin, customer);
	});

	test('is named to the agent through the embed\'s data: first name, last name and e-mail', async ({ page }) => {
		await logIn(page, customer.login, customer.password);
		await openShop(page);
		expect(await embedData(page)).toEqual({ externalId: String(customer.id), firstName: customer.firstName, lastName: customer.lastName, email: customer.email });
	});

	test('is not named to the agent with shareShopper off', async ({ page, admin }) => {
		await admin.withVendorSettings('bambuser', { shareShopper: false }, async () => {
			await logIn(page, customer.login, customer.password);
			await openShop(page);
			expect(await embedData(page)).toEqual({});
		});
	});
});
