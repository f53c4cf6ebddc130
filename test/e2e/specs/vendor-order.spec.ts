import { BEANIE_ADDED, heardOnce, serveScriptsInOrder, settledSignals, vendorsReady, type Vendor } from '../recorders/vendors';
import { BEANIE } from '../support/store';
import { expect, test } from '../support/wordpress';

/*
 * The four vendors' scripts load from four CDNs, so on a real shop they arrive in any order. Whatever
 * the order, every vendor boots and a cart change reaches each of them once.
 */

const ORDERS: Vendor[][] = [
	['oct8ne', 'belco', 'loymax', 'bambuser'],
	['bambuser', 'loymax', 'belco', 'oct8ne'],
];

for (const order of ORDERS) {
	test(`with the scripts arriving ${order.join(' → ')} every vendor boots and hears a cart change once`, async ({ page }) => {
		await serveScriptsInOrder(page, order);
		await page.goto('/shop/');
		await vendorsReady(page);
		await page.locator(`button[data-product_id="${BEANIE}"]`).click();
		expect(await settledSignals(page)).toEqual(heardOnce([BEANIE_ADDED]));
	});
}
