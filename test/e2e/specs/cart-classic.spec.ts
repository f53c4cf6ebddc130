import type { Page } from '@playwright/test';
import { belcoCalls } from '../recorders/belco';
import { callsOf, recorded } from '../recorders/loymax';
import { BEANIE_ADDED, BEANIE_REMOVED, heardOnce, settledSignals, vendorsReady } from '../recorders/vendors';
import { CLASSIC_CART, CLASSIC_SHOP } from '../support/pages';
import { addToCart, BEANIE, CAP, cartSummary } from '../support/store';
import { expect, test } from '../support/wordpress';

/*
 * The classic cart experience on the same store: a shortcode product loop with AJAX add-to-cart links
 * (href ?add-to-cart=…), the shortcode cart's update and remove, and the product page's form post. A
 * change without a reload reaches every vendor once; a change made by a page load reaches Loymax once on
 * the next page (server-queued) and Belco through that page's init, and oct8ne reads the cart itself.
 */

/** The classic cart with a Beanie and a Cap (removing the last line would be a clean-up, not a removal). */
async function openCart(page: Page): Promise<void> {
	await addToCart(page, BEANIE);
	await addToCart(page, CAP);
	await page.goto(CLASSIC_CART);
	await vendorsReady(page);
}

/** Runs `change` and waits for WooCommerce's AJAX answer to it (cart.js posts the form, GETs a remove link). */
async function classicChange(page: Page, change: () => Promise<void>): Promise<void> {
	const answer = (url: string) => url.includes('wc-ajax=') || url.includes(CLASSIC_CART);
	await Promise.all([page.waitForResponse((r) => answer(r.url()) && r.request().resourceType() !== 'document'), change()]);
}

test('an AJAX add-to-cart link of a classic product loop reaches every vendor once', async ({ page }) => {
	await page.goto(CLASSIC_SHOP);
	await vendorsReady(page);
	await classicChange(page, () => page.locator(`a.ajax_add_to_cart[data-product_id="${BEANIE}"]`).click());
	expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
	expect(await cartSummary(page)).toEqual([`${BEANIE}×1`]);
});

test('a quantity update in the classic cart reaches every vendor once', async ({ page }) => {
	await openCart(page);
	await page.locator('form.woocommerce-cart-form tr.cart_item').filter({ hasText: 'Beanie' }).locator('input.qty').fill('2');
	await classicChange(page, () => page.locator('button[name="update_cart"]').click());
	expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
	expect(await cartSummary(page)).toEqual([`${BEANIE}×2`, `${CAP}×1`]);
});

test('a removal in the classic cart reaches every vendor once', async ({ page }) => {
	await openCart(page);
	await classicChange(page, () => page.locator(`form.woocommerce-cart-form a.remove[data-product_id="${BEANIE}"]`).click());
	expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_REMOVED]));
	expect(await cartSummary(page)).toEqual([`${CAP}×1`]);
});

test('an add through the product page form reaches Loymax once on the next page and Belco through its init', async ({ page }) => {
	await page.goto('/product/beanie/');
	await Promise.all([page.waitForEvent('domcontentloaded'), page.locator('form.cart button[name="add-to-cart"]').click()]);
	await vendorsReady(page);
	const signals = await settledSignals(page, (s) => s.loymax.length > 0);
	// A page load is not a live change: oct8ne reads the cart when it loads, Belco gets it in init.
	expect(signals).toEqual({ oct8ne: 0, belcoReinits: 0, loymax: [BEANIE_ADDED] });
	const init = (await belcoCalls(page)).find((call) => call.method === 'init')!;
	expect((init.args[0] as { cart: { items: unknown[] } }).cart.items).toEqual([expect.objectContaining({ id: BEANIE, quantity: 1 })]);
	// A GET of the same page (a reload would post the form again).
	await page.goto(page.url());
	await vendorsReady(page);
	expect(callsOf(await recorded(page), 'cartAdd')).toEqual([]);
});
