import type { BrowserContext, Page } from '@playwright/test';
import { recordBambuser, recordPurchases, trackedPurchases } from '../recorders/bambuser';
import { vendorsReady } from '../recorders/vendors';
import { orderPlacedReport, placeBlockOrder, placeClassicOrder, receivedValue } from '../support/checkout';
import { withConsentApi } from '../support/consent-api';
import { NOTHING_REPORTED, orderReports } from '../support/order-reports';
import { CLASSIC_CART } from '../support/pages';
import { adminState, expect, test } from '../support/wordpress';

/*
 * Consent through the WP Consent API (the stack's test double, test/wordpress/consent-api-test, active
 * for this spec only). It leaves a browser alone unless that browser carries its consent-type cookie,
 * so the specs running next to this one keep every vendor on as before. With consent refused the page
 * carries the dormant vendor bundles but no vendor is asked for anything and no vendor cookie is set;
 * granting it with the API's own wp_set_consent starts every vendor on the same page. Every test that
 * needs the test double is here: it is switched on and off per worker, so a second spec using it on the
 * other worker could lose it in mid-test.
 */

const VENDORS = ['oct8ne', 'belco', 'loymax', 'bambuser'];
const BASE = process.env.WP_BASE_URL ?? '';

interface ConsentApi {
	wp_set_consent: (category: string, value: 'allow' | 'deny') => void;
	wp_has_consent?: unknown;
	commerceBridgeEvents?: unknown;
}

/** A request a vendor would see or one made for a vendor: any other host, the proxy, our REST routes. */
function forVendor(url: string): boolean {
	const { origin, pathname } = new URL(url);
	const base = new URL(BASE);
	const root = base.pathname.replace(/\/$/, '');
	return origin !== base.origin || pathname.startsWith(`${root}/commerce-bridge/`) || pathname.startsWith(`${root}/wp-json/commerce-bridge/`);
}

/** The cookies of the plugin and its vendors in this browser. */
async function vendorCookies(context: BrowserContext): Promise<string[]> {
	const names = (await context.cookies()).map((cookie) => cookie.name);
	return names.filter((name) => /^(commerce_bridge|oct8ne|belco|bambuser|lmx|loymax)/i.test(name));
}

/** An opt-in regime with `choices` recorded in this browser, as a consent banner records them. */
async function recordChoices(page: Page, choices: Record<string, 'allow' | 'deny'>): Promise<void> {
	const cookies = { consent_api_test_type: 'optin', ...Object.fromEntries(Object.entries(choices).map(([category, value]) => [`wp_consent_${category}`, value])) };
	await page.context().addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, url: BASE })));
}

/** Opens `path` in an opt-in regime with `choices` already recorded; returns the vendor requests as they come. */
async function openWithConsent(page: Page, path: string, choices: Record<string, 'allow' | 'deny'>): Promise<string[]> {
	await recordChoices(page, choices);
	const requests: string[] = [];
	page.on('request', (request) => void (forVendor(request.url()) && requests.push(request.url())));
	await page.goto(path);
	await expect.poll(() => page.evaluate(() => typeof (window as unknown as ConsentApi).wp_has_consent === 'function' && Boolean((window as unknown as ConsentApi).commerceBridgeEvents))).toBe(true);
	await page.waitForLoadState('networkidle');
	return requests;
}

test.describe('consent through the WP Consent API', () => {
	// One worker activates the plugin for all of them and deactivates it after the last.
	withConsentApi();

	for (const [cart, path] of [
		['block cart', '/cart/'],
		['classic cart', CLASSIC_CART],
	] as const) {
		test(`${cart}: refused consent sends no vendor request and sets no cookie; granting it starts every vendor without a reload`, async ({ page, context }) => {
			const requests = await openWithConsent(page, path, { functional: 'deny', marketing: 'deny' });
			let navigations = 0;
			page.on('framenavigated', (frame) => void (frame === page.mainFrame() && navigations++));
			// Printed dormant: the bundles and their config are there, the Loymax snippet is inert.
			expect(await page.evaluate(() => Object.keys((window as unknown as { commerceBridge?: { vendors: object } }).commerceBridge?.vendors ?? {}))).toEqual(VENDORS);
			await expect(page.locator('script#commerce-bridge-loymax-loader')).toHaveAttribute('type', 'text/plain');
			expect(requests).toEqual([]);
			expect(await vendorCookies(context)).toEqual([]);

			// A consent change that does not cover the vendors changes nothing.
			await page.evaluate(() => (window as unknown as ConsentApi).wp_set_consent('statistics', 'allow'));
			await page.waitForLoadState('networkidle');
			expect(requests).toEqual([]);

			await page.evaluate(() => {
				const api = window as unknown as ConsentApi;
				api.wp_set_consent('functional', 'allow');
				api.wp_set_consent('marketing', 'allow');
			});
			await vendorsReady(page);
			expect(navigations).toBe(0);
			const hosts = new Set(requests.map((url) => new URL(url).hostname));
			expect([...hosts].some((host) => host.includes('oct8ne'))).toBe(true);
			expect([...hosts].some((host) => host.includes('belco'))).toBe(true);
			expect([...hosts].some((host) => host.includes('loymax'))).toBe(true);
			expect([...hosts].some((host) => host.includes('bambuser'))).toBe(true);
		});
	}

	test('consent for one category starts only the vendors that need no other', async ({ page }) => {
		const requests = await openWithConsent(page, CLASSIC_CART, { functional: 'allow', marketing: 'deny' });
		// Belco needs functional only; oct8ne, Loymax and Bambuser need marketing too.
		await expect.poll(() => page.evaluate(() => (window as unknown as { __recordedBelco?: Array<{ method: string }> }).__recordedBelco?.some((call) => call.method === 'init') ?? false)).toBe(true);
		await page.waitForLoadState('networkidle');
		const hosts = [...new Set(requests.map((url) => new URL(url).hostname))];
		expect(hosts.filter((host) => /oct8ne|loymax|bambuser/.test(host))).toEqual([]);
		await expect(page.locator('script#commerce-bridge-loymax-loader')).toHaveAttribute('type', 'text/plain');
	});

	test('consent recorded on an earlier page: the server prints Loymax live and every vendor starts at once', async ({ page }) => {
		await openWithConsent(page, '/cart/', { functional: 'allow', marketing: 'allow' });
		await vendorsReady(page);
		await expect(page.locator('script#commerce-bridge-loymax-loader')).not.toHaveAttribute('type', 'text/plain');
	});

	/*
	 * The order placed: each vendor claims its once-per-order report when it may send it, not when the page
	 * is built, so consent given after the order-received page was built still has the order reported.
	 */
	for (const [checkout, place] of [['block checkout', placeBlockOrder], ['classic checkout', placeClassicOrder]] as const) {
		test(`${checkout}: refused on the order-received page, granted before a reload: every vendor reports the order once`, async ({ page }) => {
			test.slow(); // A checkout and three views of the order-received page.
			await recordChoices(page, { functional: 'deny', marketing: 'deny' });
			await recordPurchases(page);
			const orderId = await place(page, { firstName: 'Lena', lastName: 'Later' });
			await page.waitForLoadState('networkidle');
			expect(await orderReports(page)).toEqual(NOTHING_REPORTED);

			await recordChoices(page, { functional: 'allow', marketing: 'allow' });
			await page.reload();
			const once = { loymax: [['checkout', orderId]], oct8ne: 1, belco: ['Order Completed'], bambuser: [await receivedValue(page, 'order')] };
			await expect.poll(() => orderReports(page), { timeout: 20_000 }).toEqual(once);

			// Every vendor asks again and is told nothing: the reload before claimed the order for each.
			const asked = ['loymax', 'oct8ne', 'belco', 'bambuser'].map((vendor) => orderPlacedReport(page, vendor));
			await page.reload();
			expect(await Promise.all(asked)).toEqual([null, null, null, null]);
			await page.waitForLoadState('networkidle');
			expect(await orderReports(page)).toEqual(NOTHING_REPORTED);
		});
	}

	test('refused consent: Bambuser\'s purchase waits on the order-received page, nothing claimed, and is tracked once its categories are granted there', async ({ page }) => {
		test.slow(); // A checkout.
		await recordChoices(page, { functional: 'deny', marketing: 'deny' });
		await recordBambuser(page, 'eu');
		await recordPurchases(page);
		const asked: string[] = [];
		page.on('request', (request) => void (/order-placed/.test(request.url()) && asked.push(request.url())));
		await placeBlockOrder(page, { firstName: 'Consenta', lastName: 'Later' });
		await page.waitForLoadState('networkidle');
		expect(await trackedPurchases(page)).toEqual([]);
		// The purchase bundle is printed but waits for consent, like the call widget: nothing has run, nothing is claimed.
		await expect(page.locator('script[src*="widgets/bambuser-purchase.js"]')).toHaveCount(1);
		expect(await page.evaluate(() => (window as unknown as { __bambuser?: unknown }).__bambuser)).toBeUndefined();
		expect(asked).toEqual([]);
		await page.evaluate(() => {
			const api = window as unknown as ConsentApi;
			api.wp_set_consent('functional', 'allow');
			api.wp_set_consent('marketing', 'allow');
		});
		await expect.poll(() => trackedPurchases(page)).toHaveLength(1);
		expect((await trackedPurchases(page))[0]).toMatchObject({ event: 'purchase', data: { purchase: { id: await receivedValue(page, 'order') } } });
	});

	test.describe('the settings page', () => {
		test.use({ storageState: async ({}, use) => use(adminState()) });

		// Read only: switching "require consent" would hold back the vendors of the specs running alongside.
		test('shows the consent switch and, in a vendor tab, its categories in plain words', async ({ page }) => {
			await page.goto('/wp-admin/admin.php?page=commerce-bridge');
			const toggle = page.getByRole('checkbox', { name: 'Require consent before any vendor loads' });
			await expect(toggle).not.toBeChecked();
			await expect(page.getByText('A consent plugin is installed')).toBeVisible();
			await page.getByRole('tab', { name: 'Belco' }).click();
			const categories = page.getByRole('group', { name: 'Consent categories' });
			await expect(categories.getByRole('checkbox', { name: 'Functional', exact: true })).toBeChecked();
			await expect(categories.getByRole('checkbox', { name: 'Marketing' })).not.toBeChecked();
			await expect(categories.getByRole('checkbox', { name: 'Anonymous statistics' })).toBeVisible();
		});
	});
});
