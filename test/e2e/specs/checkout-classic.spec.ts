import { callsOf, recorded } from '../recorders/loymax';
import { recordedSales } from '../recorders/oct8ne';
import { vendorsReady } from '../recorders/vendors';
import { orderPlacedReport, placeClassicOrder, receivedValue } from '../support/checkout';
import { expect, test } from '../support/wordpress';

/*
 * The classic shortcode checkout (on its own page, posting to ?wc-ajax=checkout) ends on the same
 * order-received page as the block Checkout: the order events fire once there, with every vendor on,
 * and not again on reload. The block Checkout's own tests are in the oct8ne and Loymax specs.
 */

test('a classic checkout reports the order to oct8ne and Loymax once, and not again on reload', async ({ page }) => {
	test.slow();
	const orderId = await placeClassicOrder(page, { firstName: 'Clara', lastName: 'Classic' });
	await vendorsReady(page);
	const reference = await receivedValue(page, 'order');
	await expect.poll(async () => callsOf(await recorded(page), 'checkout')).toEqual([['checkout', orderId]]);
	await expect.poll(() => recordedSales(page)).toEqual([expect.objectContaining({ src: expect.stringContaining(`reference=${encodeURIComponent(reference)}`) })]);

	const reloaded = Promise.all([orderPlacedReport(page, 'loymax'), orderPlacedReport(page, 'oct8ne')]);
	await page.reload();
	expect(await reloaded).toEqual([null, null]);
	await vendorsReady(page);
	expect(callsOf(await recorded(page), 'checkout')).toEqual([]);
	expect(await recordedSales(page)).toEqual([]);
});
