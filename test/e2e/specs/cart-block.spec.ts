import type { Page } from '@playwright/test';
import { BEANIE_ADDED, BEANIE_REMOVED, heardOnce, settledSignals, vendorsReady } from '../recorders/vendors';
import { addToCart, BEANIE, cartSummary } from '../support/store';
import { expect, test } from '../support/wordpress';

/*
 * WooCommerce 10's default cart experience (block theme): the shop's Product Collection button, the
 * block Cart page and the Mini-Cart drawer in the header. Each change reaches every vendor exactly once
 * without a reload: oct8ne.update('cart'), one Belco re-init, one Loymax cart event with resolved ids (SKU,
 * category slug). Every vendor is on for the whole run (global set-up).
 */

/** Opens `path` with `quantity` Beanies in the cart, once every vendor has booted. */
async function openWithBeanies(page: Page, path: string, quantity = 1): Promise<void> {
	await addToCart(page, BEANIE, quantity);
	await page.goto(path);
	await vendorsReady(page);
}

/** Runs `change` and waits for WooCommerce's Store API answer to it. */
async function storeApiChange(page: Page, change: () => Promise<void>): Promise<void> {
	await Promise.all([page.waitForResponse((r) => /\/wc\/store\/v1\/(batch|cart\/)/.test(r.url()) && r.request().method() === 'POST'), change()]);
}

test('an add from the shop\'s Product Collection button reaches every vendor once', async ({ page }) => {
	await page.goto('/shop/');
	await vendorsReady(page);
	await storeApiChange(page, () => page.locator(`button[data-product_id="${BEANIE}"]`).click());
	expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
	expect(await cartSummary(page)).toEqual([`${BEANIE}×1`]);
});

test.describe('the block Cart page', () => {
	const item = (page: Page) => page.locator('.wc-block-cart-items .wc-block-cart-items__row').filter({ hasText: 'Beanie' });

	test('a quantity increase reaches every vendor once', async ({ page }) => {
		await openWithBeanies(page, '/cart/');
		await storeApiChange(page, () => item(page).locator('.wc-block-components-quantity-selector__button--plus').click());
		expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
		expect(await cartSummary(page)).toEqual([`${BEANIE}×2`]);
	});

	test('a quantity decrease reaches oct8ne and Belco once and Loymax not at all (it tracks adds and removals)', async ({ page }) => {
		await openWithBeanies(page, '/cart/', 2);
		await storeApiChange(page, () => item(page).locator('.wc-block-components-quantity-selector__button--minus').click());
		expect(await settledSignals(page, (s) => s.oct8ne > 0 && s.belcoReinits > 0)).toEqual(heardOnce([]));
		expect(await cartSummary(page)).toEqual([`${BEANIE}×1`]);
	});

	test('a removal reaches every vendor once', async ({ page }) => {
		await openWithBeanies(page, '/cart/');
		await storeApiChange(page, () => item(page).locator('.wc-block-cart-item__remove-link').click());
		expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_REMOVED]));
		expect(await cartSummary(page)).toEqual([]);
	});
});

test.describe('the Mini-Cart drawer', () => {
	async function openDrawer(page: Page) {
		await openWithBeanies(page, '/shop/');
		await page.locator('.wc-block-mini-cart__button').first().click();
		return page.locator('.wc-block-mini-cart__drawer .wc-block-cart-items__row').filter({ hasText: 'Beanie' });
	}

	test('a quantity increase reaches every vendor once', async ({ page }) => {
		const item = await openDrawer(page);
		await storeApiChange(page, () => item.locator('.wc-block-components-quantity-selector__button--plus').click());
		expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
		expect(await cartSummary(page)).toEqual([`${BEANIE}×2`]);
	});

	test('a removal reaches every vendor once', async ({ page }) => {
		const item = await openDrawer(page);
		await storeApiChange(page, () => item.locator('.wc-block-cart-item__remove-link').click());
		expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_REMOVED]));
		expect(await cartSummary(page)).toEqual([]);
	});
});
