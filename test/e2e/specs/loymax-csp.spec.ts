import type { Page } from '@playwright/test';
import { callsOf, recorded } from '../recorders/loymax';
import { BEANIE_ADDED, BEANIE_REMOVED } from '../recorders/vendors';
import { CLASSIC_CART } from '../support/pages';
import { addToCart, BEANIE, CAP } from '../support/store';
import { expect, test } from '../support/wordpress';

/**
 * The storefront under a Content-Security-Policy without 'unsafe-eval' (the test mu-plugin
 * commerce-bridge-test-csp sends it while the cookie is set): the Loymax call templates are data in
 * the call language, so every event still reaches the recording tracker, on the block and on the
 * classic cart, and no script on the page asks for eval.
 */

const CSP_COOKIE = 'commerce_bridge_test_csp';

test.beforeEach(async ({ context, baseURL }) => {
	await context.addCookies([{ name: CSP_COOKIE, value: '1', url: baseURL! }]);
	await context.addInitScript(() => {
		const blocked: string[] = ((window as unknown as { __evalBlocked: string[] }).__evalBlocked = []);
		document.addEventListener('securitypolicyviolation', (event) => {
			if (event.blockedURI === 'eval') blocked.push(`${event.sourceFile}:${event.lineNumber}`);
		});
	});
});

/** Waits for `count` recorded calls of `kind`; answers those calls. */
async function callsUntil(page: Page, kind: string, count = 1): Promise<unknown[][]> {
	await expect.poll(async () => callsOf(await recorded(page), kind).length).toBeGreaterThanOrEqual(count);
	return callsOf(await recorded(page), kind);
}

/** Where page code tried to compile text and was refused ("file:line"). */
async function evalBlocked(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __evalBlocked: string[] }).__evalBlocked);
}

/** The same, without the mu-plugin's probe (one attempt, inline in the document). */
async function evalBlockedBesidesProbe(page: Page): Promise<string[]> {
	const all = await evalBlocked(page);
	const { origin, pathname } = new URL(page.url());
	const probe = all.findIndex((source) => source.startsWith(`${origin}${pathname}`));
	expect(probe, 'the probe ran on this page').toBeGreaterThanOrEqual(0);
	return all.filter((_, index) => index !== probe);
}

test('the policy is sent and really forbids eval on the page', async ({ page }) => {
	const response = await page.goto('/product/beanie/');
	const policy = (await response!.allHeaders())['content-security-policy'] ?? '';
	expect(policy).toContain('script-src');
	expect(policy).not.toContain('unsafe-eval');
	// The mu-plugin's probe is page code; the test's own evaluate and addScriptTag are exempt from the policy.
	expect(await page.evaluate(() => (window as unknown as { commerceBridgeTestEval: string }).commerceBridgeTestEval)).toBe('EvalError');
	await expect.poll(() => evalBlocked(page)).toHaveLength(1);
	expect(await callsUntil(page, 'product')).toEqual([['product', 'accessories', 'woo-beanie']]);
	expect(await callsUntil(page, 'section')).toEqual([['section', 'product_pages']]);
});

test('block Cart: a removal reaches the tracker without eval', async ({ page }) => {
	await addToCart(page, BEANIE);
	await addToCart(page, CAP);
	// The block Cart renders from data preloaded into the page: the event source learns the cart before the
	// change from its own first read (after load, when idle). A removal before it has no "before" to compare.
	const before = page.waitForResponse((r) => /\/wc\/store\/v1\/cart(?:[?&]|$)/.test(decodeURIComponent(r.url())) && r.request().method() === 'GET');
	await page.goto('/cart/');
	await before;
	await callsUntil(page, 'trackerLoaded');
	const row = page.locator('.wc-block-cart-items .wc-block-cart-items__row').filter({ hasText: 'Beanie' });
	await row.locator('.wc-block-cart-item__remove-link').click();
	expect(await callsUntil(page, 'cartRemove')).toEqual([BEANIE_REMOVED]);
	expect(await evalBlockedBesidesProbe(page)).toEqual([]);
});

test('classic cart: a quantity increase reaches the tracker without eval', async ({ page }) => {
	await addToCart(page, BEANIE);
	await addToCart(page, CAP);
	await page.goto(CLASSIC_CART);
	await callsUntil(page, 'trackerLoaded');
	await page.locator('form.woocommerce-cart-form tr.cart_item').filter({ hasText: 'Beanie' }).locator('input.qty').fill('2');
	await page.locator('button[name="update_cart"]').click();
	expect(await callsUntil(page, 'cartAdd')).toEqual([BEANIE_ADDED]);
	expect(await evalBlockedBesidesProbe(page)).toEqual([]);
});

test('a theme\'s custom event reaches the tracker without eval', async ({ page }) => {
	await page.goto(CLASSIC_CART);
	await callsUntil(page, 'trackerLoaded');
	await page.evaluate(() => (window as unknown as { commerceBridgeLoymax: { track: (n: string) => void } }).commerceBridgeLoymax.track('back_in_stock'));
	expect(await callsUntil(page, 'custom')).toEqual([['custom', 'back_in_stock']]);
});
