import type { Page } from '@playwright/test';
import { BEANIE, expect, placeOrder, test } from '../support/wordpress';

/*
 * Proves the TEST-ONLY WooCommerce stand-in (test/wordpress/woocommerce-standin) behaves like the
 * WooCommerce surfaces the vendor specs rely on, on the real fixture data.
 */

const OUT_OF_STOCK = 63;
const STORE_API = '/wp-json/wc/store/v1/cart';

/** Records the WooCommerce jQuery events on document.body into window.__wcEvents. */
async function recordCartEvents(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { jQuery: (el: unknown) => { on: (ev: string, cb: (...a: unknown[]) => void) => void }; __wcEvents: unknown[] };
		w.__wcEvents = [];
		w.jQuery(document.body).on('added_to_cart removed_from_cart wc_fragments_refreshed', (event: unknown, fragments: unknown, cartHash: unknown) => {
			w.__wcEvents.push({ type: (event as { type: string }).type, fragments, cartHash });
		});
	});
}

test('a product page renders the title, the sale price in the shop format and an AJAX add-to-cart link', async ({ page }) => {
	await page.goto('/product/beanie/');
	await expect(page.locator('h1')).toHaveText('Beanie');
	await expect(page.locator('body')).toHaveClass(/\bsingle-product\b/);
	await expect(page.locator('body')).toHaveClass(/\bwoocommerce\b/);
	await expect(page.locator('.price del')).toHaveText('€ 20,00');
	await expect(page.locator('.price ins')).toHaveText('€ 18,00');
	const link = page.locator('a.ajax_add_to_cart');
	await expect(link).toHaveAttribute('data-product_id', String(BEANIE));
	await expect(link).toHaveAttribute('data-product_sku', 'woo-beanie');
	await expect(page.locator('form.cart button[name="add-to-cart"]')).toHaveAttribute('value', String(BEANIE));
	await expect(page.locator('.woocommerce-standin-marker')).toHaveText('WooCommerce stand-in (test only)');
});

test('a category archive lists its products through the product-category permalink', async ({ page }) => {
	await page.goto('/product-category/clothing/');
	await expect(page.locator('body')).toHaveClass(/\btax-product_cat\b/);
	await expect(page.locator('li.product h2', { hasText: /^Hoodie$/ })).toHaveCount(1);
});

test('AJAX add-to-cart triggers added_to_cart and updates the mini-cart without a reload', async ({ page }) => {
	await page.goto('/product/beanie/');
	await recordCartEvents(page);
	await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
	await page.locator('a.ajax_add_to_cart').click();
	await expect(page.locator('.widget_shopping_cart_content .mini_cart_item')).toContainText('Beanie');
	const events = await page.evaluate(() => (window as unknown as { __wcEvents: Array<{ type: string; fragments: Record<string, string>; cartHash: string }> }).__wcEvents);
	expect(events[0]?.type).toBe('added_to_cart');
	expect(Object.keys(events[0]?.fragments ?? {})).toContain('div.widget_shopping_cart_content');
	expect(events[0]?.cartHash).toMatch(/^[0-9a-f]{32}$/);
	expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
	const cookies = await page.context().cookies();
	expect(cookies.find((c) => c.name.startsWith('wp_woocommerce_session_'))?.value).toMatch(/^t_[0-9a-f]{30}(%7C%7C|\|\|)\d+/);
});

test('removing from the mini-cart triggers removed_from_cart and empties it', async ({ page }) => {
	await page.goto('/product/beanie/');
	await page.locator('a.ajax_add_to_cart').click();
	const remove = page.locator('.widget_shopping_cart_content a.remove_from_cart_button');
	await expect(remove).toHaveAttribute('data-product_id', String(BEANIE));
	await recordCartEvents(page);
	await remove.click();
	await expect(page.locator('.woocommerce-mini-cart__empty-message')).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __wcEvents: Array<{ type: string }> }).__wcEvents[0]?.type)).toBe('removed_from_cart');
});

test('the Store API adds an item with the Nonce header and refuses out-of-stock products with WooCommerce codes', async ({ request }) => {
	const cart = await request.get(STORE_API);
	expect(cart.status()).toBe(200);
	const nonce = cart.headers()['nonce'];
	expect(nonce).toBeTruthy();
	expect(cart.headers()['cart-token']).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

	const missing = await request.post(`${STORE_API}/add-item`, { data: { id: BEANIE, quantity: 1 } });
	expect(missing.status()).toBe(401);
	expect((await missing.json()).code).toBe('woocommerce_rest_missing_nonce');

	const added = await request.post(`${STORE_API}/add-item`, { headers: { Nonce: nonce! }, data: { id: BEANIE, quantity: 2 } });
	expect(added.status()).toBe(201);
	const body = await added.json();
	expect(body.items_count).toBe(2);
	expect(body.items[0]).toMatchObject({ id: BEANIE, quantity: 2, sku: 'woo-beanie', prices: { price: '1800', currency_code: 'EUR', currency_minor_unit: 2 } });
	expect(body.totals.total_price).toBe('3600');

	const refused = await request.post(`${STORE_API}/add-item`, { headers: { Nonce: nonce! }, data: { id: OUT_OF_STOCK, quantity: 1 } });
	expect(refused.status()).toBe(400);
	expect((await refused.json()).code).toBe('woocommerce_rest_product_out_of_stock');

	const unknownKey = await request.post(`${STORE_API}/remove-item`, { headers: { Nonce: nonce! }, data: { key: 'no-such-key' } });
	expect(unknownKey.status()).toBe(409);
	expect((await unknownKey.json()).code).toBe('woocommerce_rest_cart_invalid_key');
});

test('checkout creates a processing order and the order-received page survives a reload', async ({ page }) => {
	const orderId = await placeOrder(page, { firstName: 'Eva', lastName: 'Standin' });
	await expect(page).toHaveURL(/\/checkout\/order-received\/\d+\/\?key=wc_order_\w+$/);
	await expect(page.locator('h1')).toHaveText('Order received');
	await expect(page.locator('.woocommerce-order-overview__order strong')).toHaveText(orderId);
	await expect(page.locator('.woocommerce-order-overview__total strong')).toHaveText('€ 18,00');
	await page.reload();
	await expect(page.locator('.woocommerce-order-overview__order strong')).toHaveText(orderId);
	await page.goto('/cart/');
	await expect(page.locator('.cart-empty')).toBeVisible();
});
