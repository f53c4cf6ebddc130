import type { Page } from '@playwright/test';
import { fire, recordBambuser, recordPurchases, recording, trackedPurchases as tracked, type BuiltNode, type TrackedPurchase } from '../recorders/bambuser';
import { amountOf, orderPlacedReport, placeBlockOrder, placeClassicOrder, receivedValue } from '../support/checkout';
import { CLASSIC_CART } from '../support/pages';
import { BEANIE } from '../support/store';
import { expect, test } from '../support/wordpress';

/*
 * Bambuser depth (issue 12 item 4) on the real store, with the recording stand-in of the embed: a
 * variation with an "any" size (V-Neck T-Shirt 10, variations 24–26 of WooCommerce's sample data) added
 * from the call once per chosen size, shown with that size on the block and the classic cart; a barcode
 * in WooCommerce's own GTIN field found from the agent app's scanner; and the purchase event on the
 * order-received page of both checkouts, once per order. `window._bambuser` stands in for Bambuser's
 * tracking library and records what it is given.
 */

// Checkouts and cart pages on a loaded two-core machine: these flows take longer than one page test.
test.describe.configure({ mode: 'default', timeout: 150_000 });

const SHIRT = 10;

interface Truth {
	attributes: Array<{ id: string; options: Array<{ id: string; name: string }> }>;
	variations: Array<{ id: number; sku: string; inStock: boolean }>;
}

async function shirt(page: Page): Promise<Truth> {
	const body = (await (await page.request.get(`/commerce-bridge/bambuser/products?ids=${SHIRT}`)).json()) as { products: Truth[] };
	return body.products[0]!;
}

interface StoreLine { id: number; quantity: number; variation: Array<{ raw_attribute: string; value: string }> }

async function storeLines(page: Page): Promise<Array<{ id: number; quantity: number; size: string }>> {
	const { items } = (await (await page.request.get('/wp-json/wc/store/v1/cart')).json()) as { items: StoreLine[] };
	return items.map((line) => ({ id: line.id, quantity: line.quantity, size: line.variation.find((v) => v.raw_attribute === 'attribute_pa_size')?.value ?? '' }));
}

/**
 * Fires a cart event and waits until the page's own reactions to it are over (its requests answered).
 * The other vendors' reactions include WordPress requests that load the WooCommerce session and write
 * it back at the end (the Belco widget's shopper route), so a cart change landing meanwhile is lost: a
 * lost update outside Bambuser (reported); an agent clicks seconds apart, this test does not.
 */
async function change(page: Page, event: string, payload: object): Promise<unknown> {
	let open = 0;
	const started = () => void open++;
	const ended = () => void open--;
	page.on('request', started);
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	try {
		const answer = await fire(page, event, payload);
		let quietSince = Date.now();
		await expect.poll(() => {
			if (open > 0) quietSince = Date.now();
			return Date.now() - quietSince;
		}, { intervals: [100], timeout: 30_000 }).toBeGreaterThan(1000);
		return answer;
	} finally {
		page.off('request', started);
		page.off('requestfinished', ended);
		page.off('requestfailed', ended);
	}
}

for (const [cart, path, row] of [['block cart', '/cart/', '.wc-block-cart-items__row'], ['classic cart', CLASSIC_CART, 'tr.cart_item']] as const) {
	test(`${cart}: an "any size" variation is added from the call with the chosen size, one line per size`, async ({ page }) => {
		await recordBambuser(page, 'eu');
		await page.goto(path);
		const truth = await shirt(page);
		const sizes = truth.attributes.find((a) => a.id === 'pa_size')!.options;
		const [first, last] = [sizes[0]!, sizes.at(-1)!];
		const skuOf = (size: string) => truth.variations.find((v) => v.id === 24 && v.sku.endsWith(`=${size}`))!.sku;
		expect(await change(page, 'should-add-item-to-cart', { sku: skuOf(first.id) })).toBe(true);
		expect(await change(page, 'should-add-item-to-cart', { sku: skuOf(last.id) })).toBe(true);
		expect(await storeLines(page)).toEqual([{ id: 24, quantity: 1, size: first.name }, { id: 24, quantity: 1, size: last.name }]);
		// The widget's change reaches the line of that size only.
		expect(await change(page, 'should-update-item-in-cart', { sku: skuOf(last.id), quantity: 3, previousQuantity: 1 })).toBe(true);
		expect(await change(page, 'should-update-item-in-cart', { sku: skuOf(first.id), quantity: 0, previousQuantity: 1 })).toBe(true);
		expect(await storeLines(page)).toEqual([{ id: 24, quantity: 3, size: last.name }]);
		await page.reload({ waitUntil: 'domcontentloaded' });
		await expect(page.locator(row).filter({ hasText: 'V-Neck' })).toContainText(last.name);
		await expect(page.locator(row).filter({ hasText: first.name })).toHaveCount(0);
	});
}

test('without a size the variation is refused, never added', async ({ page }) => {
	await recordBambuser(page, 'eu');
	await page.goto('/product/beanie/');
	expect(await fire(page, 'should-add-item-to-cart', { sku: '24' })).toBe(false);
	expect(await storeLines(page)).toEqual([]);
});

test('a barcode in WooCommerce\'s GTIN field is found from the agent app\'s scanner', async ({ page, admin }) => {
	const gtin = `87${Date.now()}`.slice(0, 13);
	const { global_unique_id: before } = await admin.rest<{ global_unique_id: string }>(`/wc/v3/products/${BEANIE}`);
	await admin.rest(`/wc/v3/products/${BEANIE}`, { method: 'PUT', data: { global_unique_id: gtin } });
	try {
		await recordBambuser(page, 'eu');
		await page.goto('/cart/');
		await fire(page, 'provide-product-data', { products: [{ id: 'scan-1', ref: gtin, type: 'scanned-code' }, { id: 'scan-2', ref: '0000000000000', type: 'scanned-code' }] });
		await page.waitForFunction(() => Object.keys((window as unknown as { __bambuser: { products: object } }).__bambuser.products).length === 2);
		const { products, options } = await recording(page);
		expect(options?.enableScanning).toBe(true);
		const product = products['scan-1']?.data?.set.product as BuiltNode;
		expect(product.set.sku).toBe(String(BEANIE));
		expect(products['scan-2']?.error).toContain('0000000000000');
	} finally {
		await admin.rest(`/wc/v3/products/${BEANIE}`, { method: 'PUT', data: { global_unique_id: before } });
	}
});

/** The embed's and the tracking library's stand-ins on every page of this tab. */
async function recordTracking(page: Page): Promise<void> {
	await recordBambuser(page, 'eu');
	await recordPurchases(page);
}

for (const [checkout, place] of [['block checkout', placeBlockOrder], ['classic checkout', placeClassicOrder]] as const) {
	test(`${checkout}: the order-received page tracks the purchase once; a reload tracks nothing`, async ({ page }) => {
		await recordTracking(page);
		const orderId = await place(page, { firstName: 'Bambi', lastName: 'Buyer' });
		await expect.poll(() => tracked(page)).toHaveLength(1);
		const [{ event, data }] = (await tracked(page)) as [TrackedPurchase];
		expect(event).toBe('purchase');
		expect(data.purchase).toMatchObject({ id: await receivedValue(page, 'order'), currency: 'EUR', total: amountOf(await receivedValue(page, 'total')) });
		expect(data.products).toEqual([expect.objectContaining({ id: String(BEANIE), quantity: 1, price: 18 })]);
		expect(orderId).toBe(data.purchase.id);
		// A reload asks again (the bundle is on every order-received page) and is told nothing: the first view claimed it.
		const reloaded = orderPlacedReport(page, 'bambuser');
		await page.reload({ waitUntil: 'domcontentloaded' });
		await recording(page);
		expect(await reloaded).toBeNull();
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		expect(await tracked(page)).toEqual([]);
		await expect(page.locator('script[src*="widgets/bambuser-purchase.js"]')).toHaveCount(1);
	});
}
