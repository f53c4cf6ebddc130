import type { Page } from '@playwright/test';
import { recordedOct8ne, recordOct8ne, WIDGET_URL } from '../recorders/oct8ne';
import { CLASSIC_CART } from '../support/pages';
import { OCT8NE } from '../support/vendors';
import { adminState, expect, test } from '../support/wordpress';

/*
 * oct8ne settings the storefront obeys: when the widget script is requested (deferred loading, fact
 * sheet §2.4) on the block and the classic cart, and unlink from the settings app. Both change oct8ne
 * for every page, so this file runs in its own project, before the storefront specs.
 */

const CARTS = [
	{ name: 'block cart', path: '/cart/' },
	{ name: 'classic cart', path: CLASSIC_CART },
];

type Oct8neWindow = Window & { insertOct8ne?: () => void; oct8ne?: unknown; __timing?: { scheduledAt?: number; insertedAt?: number } };

/** Page init script: when the bundle scheduled the insertion (defined insertOct8ne) and when the script element was inserted. */
function timeInsertion(): void {
	const w = window as Oct8neWindow;
	const timing: NonNullable<Oct8neWindow['__timing']> = (w.__timing = {});
	let insert: (() => void) | undefined;
	Object.defineProperty(window, 'insertOct8ne', {
		configurable: true,
		get: () => insert,
		set: (fn: () => void) => {
			timing.scheduledAt ??= performance.now();
			insert = fn;
		},
	});
	new MutationObserver(() => {
		if (!timing.insertedAt && document.querySelector('script[src*="/api/v2/oct8ne.js"]')) timing.insertedAt = performance.now();
	}).observe(document, { childList: true, subtree: true });
}

/** Opens `path` and waits until the oct8ne bundle has scheduled the insertion; answers the widget requests. */
async function openCart(page: Page, path: string): Promise<string[]> {
	const requested = await recordOct8ne(page);
	await page.goto(path);
	await page.waitForFunction(() => typeof (window as Oct8neWindow).insertOct8ne === 'function');
	return requested;
}

const widgetRequests = (requested: string[]) => requested.filter((url) => WIDGET_URL.test(url)).length;
const widgetElements = (page: Page) => page.locator('script[src*="oct8ne.com/api/v2/oct8ne.js"]').count();

for (const cart of CARTS) {
	test(`${cart.name}: deferred loading requests the script at the first interaction, once`, async ({ page, admin }) => {
		await admin.withVendorSettings('oct8ne', { loading: 'deferred', loadDelay: 10 }, async () => {
			const requested = await openCart(page, cart.path);
			await page.waitForTimeout(1000);
			expect(widgetRequests(requested)).toBe(0);
			expect(await page.evaluate(() => (window as Oct8neWindow).oct8ne)).toBeUndefined();
			await page.mouse.move(40, 60);
			await expect.poll(() => widgetRequests(requested)).toBe(1);
			expect((await recordedOct8ne(page)).props.license).toBe(OCT8NE.license);
			await page.mouse.wheel(0, 200);
			await page.evaluate(() => (window as Oct8neWindow).insertOct8ne!());
			await page.waitForTimeout(300);
			expect(widgetRequests(requested)).toBe(1);
			expect(await widgetElements(page)).toBe(1);
		});
	});

	test(`${cart.name}: deferred loading without any interaction requests the script after the delay`, async ({ page, admin }) => {
		await admin.withVendorSettings('oct8ne', { loading: 'deferred', loadDelay: 3 }, async () => {
			await page.addInitScript(timeInsertion);
			const requested = await openCart(page, cart.path);
			await page.waitForTimeout(1500);
			expect(widgetRequests(requested)).toBe(0);
			await expect.poll(() => widgetRequests(requested), { timeout: 8000 }).toBe(1);
			const { scheduledAt, insertedAt } = await page.evaluate(() => (window as Oct8neWindow).__timing!);
			expect(insertedAt! - scheduledAt!).toBeGreaterThanOrEqual(2950);
			expect(insertedAt! - scheduledAt!).toBeLessThan(4500);
		});
	});

	test(`${cart.name}: manual loading waits for insertOct8ne(), and a second call inserts nothing`, async ({ page, admin }) => {
		await admin.withVendorSettings('oct8ne', { loading: 'manual', loadDelay: 1 }, async () => {
			const requested = await openCart(page, cart.path);
			await page.mouse.move(40, 60);
			await page.mouse.wheel(0, 200);
			await page.waitForTimeout(1500);
			expect(widgetRequests(requested)).toBe(0);
			await page.evaluate(() => {
				(window as Oct8neWindow).insertOct8ne!();
				(window as Oct8neWindow).insertOct8ne!();
			});
			await expect.poll(() => widgetRequests(requested)).toBe(1);
			expect(await widgetElements(page)).toBe(1);
			expect((await recordedOct8ne(page)).firstScript).toBe(true);
		});
	});

	test(`${cart.name}: a visitor in a conversation (oct8ne-room) gets the script at once, even with manual loading`, async ({ page, admin, baseURL }) => {
		await admin.withVendorSettings('oct8ne', { loading: 'manual' }, async () => {
			await page.context().addCookies([{ name: 'oct8ne-room', value: 'room-42', url: baseURL! }]);
			const requested = await recordOct8ne(page);
			await page.goto(cart.path);
			await recordedOct8ne(page);
			expect(widgetRequests(requested)).toBe(1);
		});
	});
}

test.describe('unlink', () => {
	test.use({ storageState: async ({}, use) => use(adminState()) });

	test('unlinking in the settings app after confirming clears the link-up and the storefront stops loading oct8ne', async ({ page, admin, browser }) => {
		test.slow();
		const path = '/commerce-bridge/v1/settings/oct8ne';
		const { values: previous } = await admin.rest<{ values: Record<string, unknown> }>(path);
		// Not setVendorSettings: its restore would send the unset token back as "", which an enabled oct8ne refuses.
		const restore = () => admin.rest(path, { method: 'POST', data: { license: previous.license, server: previous.server, staticServer: previous.staticServer, email: previous.email } });
		await admin.rest(path, { method: 'POST', data: { apiToken: 'E2E0C8NE0TOKEN00000000000000000A', server: 'backoffice-eu.oct8ne.com/', email: 'shop@example.com' } });
		const guest = await browser.newPage({ storageState: { cookies: [], origins: [] } });
		try {
			const before = await recordOct8ne(guest);
			await guest.goto('/cart/');
			await recordedOct8ne(guest);
			expect(widgetRequests(before)).toBe(1);

			await page.goto('/wp-admin/admin.php?page=commerce-bridge');
			await page.getByRole('tab', { name: 'oct8ne' }).click();
			await page.getByRole('button', { name: 'Unlink from oct8ne' }).click();
			await page.getByRole('button', { name: 'Cancel' }).click();
			expect((await admin.rest<{ values: Record<string, unknown> }>('/commerce-bridge/v1/settings/oct8ne')).values.license).toBe(OCT8NE.license);
			await page.getByRole('button', { name: 'Unlink from oct8ne' }).click();
			// apiFetch sends DELETE as POST with X-HTTP-Method-Override.
			const unlinked = page.waitForResponse((r) => /link-up/.test(decodeURIComponent(r.url())));
			await page.getByRole('button', { name: 'Yes, unlink' }).click();
			expect((await unlinked).status()).toBe(200);
			await expect(page.getByRole('tabpanel').getByText('Unlinked. oct8ne no longer loads on the storefront.')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Unlink from oct8ne' })).toHaveCount(0);
			const { values } = await admin.rest<{ values: Record<string, unknown> }>('/commerce-bridge/v1/settings/oct8ne');
			expect(values).toMatchObject({ license: '', apiToken: { isSet: false }, server: '', staticServer: '', email: '', enabled: true });

			const after = await recordOct8ne(guest);
			await guest.goto('/cart/');
			await guest.waitForFunction(() => 'commerceBridgeEvents' in window);
			await guest.waitForTimeout(1000);
			expect(widgetRequests(after)).toBe(0);
			expect(await guest.evaluate(() => typeof (window as Oct8neWindow).insertOct8ne)).toBe('undefined');
		} finally {
			await guest.close();
			await restore();
		}
	});
});
