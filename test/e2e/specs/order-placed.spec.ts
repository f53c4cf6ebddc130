import type { Page } from '@playwright/test';
import { recordPurchases, trackedPurchases } from '../recorders/bambuser';
import { belcoCalls } from '../recorders/belco';
import { callsOf, recorded } from '../recorders/loymax';
import { recordedSales } from '../recorders/oct8ne';
import { placeBlockOrder, placeClassicOrder, receivedValue } from '../support/checkout';
import { withConsentApi } from '../support/consent-api';
import { expect, test } from '../support/wordpress';

/*
 * The storefront's one `orderPlaced` event: each vendor claims its once-per-order report when it may
 * send it, not when the page is built. A shopper who refuses consent on the order-received page and
 * grants it later (here: consent recorded, then the page reloaded) still has the order reported, once
 * to each of the four vendors; a further reload reports nothing.
 */

const BASE = process.env.WP_BASE_URL ?? '';

async function consent(page: Page, value: 'allow' | 'deny'): Promise<void> {
	const cookies = { consent_api_test_type: 'optin', wp_consent_functional: value, wp_consent_marketing: value };
	await page.context().addCookies(Object.entries(cookies).map(([name, v]) => ({ name, value: v, url: BASE })));
}

/** What each vendor was sent about the order on the current page. */
async function reports(page: Page) {
	return {
		loymax: callsOf(await recorded(page), 'checkout'),
		oct8ne: (await recordedSales(page)).length,
		belco: (await belcoCalls(page)).filter((call) => call.method === 'track').map((call) => call.args[0]),
		bambuser: (await trackedPurchases(page)).map((tracked) => tracked.data.purchase.id),
	};
}

const nothing = { loymax: [], oct8ne: 0, belco: [], bambuser: [] };

test.describe('the order placed, with the WP Consent API (its test double, active for these tests only)', () => {
	withConsentApi();

	for (const [checkout, place] of [['block checkout', placeBlockOrder], ['classic checkout', placeClassicOrder]] as const) {
		test(`${checkout}: refused on the order-received page, granted before a reload: every vendor reports the order once`, async ({ page }) => {
			test.slow(); // A checkout and three views of the order-received page.
			await consent(page, 'deny');
			await recordPurchases(page);
			const orderId = await place(page, { firstName: 'Lena', lastName: 'Later' });
			await page.waitForLoadState('networkidle');
			expect(await reports(page)).toEqual(nothing);

			await consent(page, 'allow');
			await page.reload();
			const number = await receivedValue(page, 'order');
			const once = { loymax: [['checkout', orderId]], oct8ne: 1, belco: ['Order Completed'], bambuser: [number] };
			await expect.poll(() => reports(page), { timeout: 15_000 }).toEqual(once);

			await page.reload();
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1000);
			expect(await reports(page)).toEqual(nothing);
		});
	}
});
