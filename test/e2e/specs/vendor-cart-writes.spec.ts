import type { Page, Response } from '@playwright/test';
import { fire } from '../recorders/bambuser';
import { BEANIE_ADDED, heardOnce, settledSignals, vendorsReady } from '../recorders/vendors';
import { CLASSIC_CART, CLASSIC_SHOP } from '../support/pages';
import { addToCart, BEANIE, CAP, cartSummary } from '../support/store';
import { expect, test } from '../support/wordpress';

/*
 * One producer of commerce events (docs/architecture.md, "Commerce events"), on the block and the
 * classic cart: a cart write made by a vendor widget (Bambuser's agent cart) is announced like any
 * other change, so every other vendor's tracker hears of it once; and a change made without a reload
 * reaches oct8ne once, as oct8ne.update('cart') in the page, not a second time from the server
 * (platformConnection/update, sent only while the visitor is in a conversation: the oct8ne-visitor
 * cookie). The offline stack names each outbound call a request made in its answer's
 * X-Commerce-Bridge-Offline-Blocked headers (test/wordpress/mu-plugins), which is how the server's call is seen.
 */

const CARTS = [
	['block', '/cart/'],
	['classic', CLASSIC_CART],
] as const;

/** The URLs of oct8ne's real-time updates the server tried to send while answering `response`. */
async function serverUpdates(response: Response): Promise<string[]> {
	return (await response.headersArray())
		.filter((header) => header.name.toLowerCase() === 'x-commerce-bridge-offline-blocked' && header.value.includes('platformConnection/update'))
		.map((header) => header.value);
}

/** The visitor is in an oct8ne conversation. */
async function inConversation(page: Page): Promise<void> {
	await page.context().addCookies([{ name: 'oct8ne-visitor', value: 'e2e-visitor', url: process.env.WP_BASE_URL ?? '' }]);
}

for (const [cart, path] of CARTS) {
	test(`${cart} cart: an item the Bambuser agent adds is heard once by oct8ne, Belco and Loymax's tracker`, async ({ page }) => {
		await addToCart(page, CAP);
		await page.goto(path);
		await vendorsReady(page);
		expect(await fire(page, 'should-add-item-to-cart', { sku: String(BEANIE) })).toBe(true);
		expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
		expect(await cartSummary(page)).toEqual([`${BEANIE}×1`, `${CAP}×1`]);
	});
}

test('block shop: an add from the Product Collection button reaches oct8ne once, in the page', async ({ page }) => {
	await inConversation(page);
	await page.goto('/shop/');
	await vendorsReady(page);
	const [answer] = await Promise.all([
		page.waitForResponse((r) => /\/wc\/store\/v1\/(batch|cart\/add-item)/.test(r.url()) && r.request().method() === 'POST'),
		page.locator(`button[data-product_id="${BEANIE}"]`).click(),
	]);
	expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
	expect(await serverUpdates(answer)).toEqual([]);
});

test('classic shop: an AJAX add-to-cart link reaches oct8ne once, in the page', async ({ page }) => {
	await inConversation(page);
	await page.goto(CLASSIC_SHOP);
	await vendorsReady(page);
	const [answer] = await Promise.all([
		page.waitForResponse((r) => r.url().includes('wc-ajax=add_to_cart')),
		page.locator(`a.ajax_add_to_cart[data-product_id="${BEANIE}"]`).click(),
	]);
	expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
	expect(await serverUpdates(answer)).toEqual([]);
});

test('a product page form post reaches oct8ne once, from the server (the next page only loads the widget)', async ({ page }) => {
	await inConversation(page);
	await page.goto('/product/beanie/');
	await vendorsReady(page);
	const [answer] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && r.request().resourceType() === 'document'),
		page.waitForEvent('domcontentloaded'),
		page.locator('form.cart button[name="add-to-cart"]').click(),
	]);
	await vendorsReady(page);
	expect(await serverUpdates(answer)).toEqual([expect.stringMatching(/^https:\/\/backoffice-eu\.oct8ne\.com\/platformConnection\/update\?visitor=e2e-visitor&what=cart$/)]);
	expect((await settledSignals(page, (s) => s.loymax.length > 0)).oct8ne).toBe(0);
});
