import { recordedOct8ne, recordedSales, recordOct8ne, WIDGET_URL } from '../recorders/oct8ne';
import { BEANIE, expect, placeOrder, test } from '../support/wordpress';

/*
 * oct8ne on the storefront: the widget script and its properties, live cart updates, the sale
 * notification on the order-received page and the two editor blocks. oct8ne is enabled through the
 * settings REST API for this file and restored afterwards; the tests run in order in one worker.
 */

test.describe.configure({ mode: 'serial' });

const LICENSE = 'E2E0C8NE0000000000000000000000A1';
const BASE = (process.env.WP_BASE_URL ?? '').replace(/\/$/, '');

let restore: () => Promise<void>;
let blocksPage = { id: 0, link: '' };

test.beforeAll(async ({ admin }) => {
	restore = await admin.setVendorSettings('oct8ne', { enabled: true, license: LICENSE, region: 'eu', server: '', staticServer: '' });
	blocksPage = await admin.publishPage(
		'oct8ne blocks',
		'<!-- wp:commerce-bridge/oct8ne-phone-pin {"label":"Call us & get a PIN"} /-->' +
			'<!-- wp:commerce-bridge/oct8ne-agents-status {"onlineLabel":"Chat now","offlineUrl":"/contact/"} /-->',
	);
});

test.afterAll(async ({ admin }) => {
	await restore();
	if (blocksPage.id) await admin.deletePage(blocksPage.id);
});

/** The day-number cache-buster, tolerant of a test running across midnight UTC. */
function days(): number[] {
	const now = Math.round(Date.now() / 86_400_000);
	return [now, now + 1];
}

test('a product page loads the widget from the EU static host with the day cache-buster and every property', async ({ page }) => {
	const requested = await recordOct8ne(page);
	await page.goto('/product/beanie/');
	const recorded = await recordedOct8ne(page);
	const src = requested.find((url) => WIDGET_URL.test(url));
	expect(src).toBeDefined();
	expect(days()).toContain(Number(new URL(src!).search.slice(1)));
	expect(src!.startsWith('https://static-eu.oct8ne.com/api/v2/oct8ne.js?')).toBe(true);
	const productId = await page.locator('form.cart button[name="add-to-cart"]').getAttribute('value');
	expect(recorded.props).toMatchObject({
		server: 'backoffice-eu.oct8ne.com/',
		license: LICENSE,
		baseUrl: BASE,
		checkoutUrl: `${BASE}/checkout/`,
		loginUrl: `${BASE}/my-account/`,
		checkoutSuccessUrl: `${BASE}/checkout/order-received/`,
		locale: 'en-US',
		currencyCode: 'EUR',
		apiVersion: '2.4',
		type: 'text/javascript',
		async: true,
		src,
	});
	const product = recorded.props.currentProduct as { id: unknown; thumbnail: string };
	expect(product.id).toBe(productId);
	expect(product.thumbnail).toMatch(/^https?:\/\/[^/]+\/.+\.(jpe?g|png|gif|webp)$/i);
	expect(recorded.callbacks).toEqual({ cart: 'function', wishList: 'function' });
	expect(recorded.firstScript).toBe(true);
	expect(recorded.currentScript).toBe(true);
	expect(await page.content()).not.toContain('apiToken');
});

test('other pages load the widget without currentProduct', async ({ page }) => {
	await recordOct8ne(page);
	await page.goto('/product-category/clothing/');
	const recorded = await recordedOct8ne(page);
	expect(recorded.hasCurrentProduct).toBe(false);
	expect(recorded.props.license).toBe(LICENSE);
});

test('an AJAX add-to-cart calls oct8ne.update("cart") without a reload', async ({ page }) => {
	await recordOct8ne(page);
	await page.goto('/product/beanie/');
	await recordedOct8ne(page);
	await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
	await page.locator('a.ajax_add_to_cart').click();
	await expect(page.locator('.widget_shopping_cart_content')).toContainText('Beanie');
	await expect.poll(() => page.evaluate(() => (window as unknown as { __recordedOct8ne: { updates: string[] } }).__recordedOct8ne.updates)).toEqual(['cart']);
	expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
});

test('onProductAddedToCart refreshes the mini-cart after oct8ne changed the cart', async ({ page }) => {
	await recordOct8ne(page);
	await page.goto('/product/beanie/');
	await recordedOct8ne(page);
	await expect(page.locator('.widget_shopping_cart_content')).not.toContainText('Beanie');
	// What oct8ne's widget does: add through the store's own AJAX endpoint, then call the callback.
	const added = await page.request.post('/?wc-ajax=add_to_cart', { form: { product_id: BEANIE, quantity: '1' } });
	expect(added.ok()).toBe(true);
	await page.evaluate((id) => (window as unknown as { oct8ne: { onProductAddedToCart: (id: string) => void } }).oct8ne.onProductAddedToCart(id), String(BEANIE));
	await expect(page.locator('.widget_shopping_cart_content')).toContainText('Beanie');
});

test('the order-received page reports the sale once with the order values, and not on reload', async ({ page }) => {
	const requested = await recordOct8ne(page);
	await placeOrder(page, { firstName: 'Olga', lastName: 'Octane' });
	const reference = (await page.locator('.woocommerce-order-overview__order strong').textContent())!.trim();
	const shown = (await page.locator('.woocommerce-order-overview__total strong').textContent())!;
	const total = Number(shown.replace(/[^\d,.]/g, '').replace(/\.(?=\d{3})/g, '').replace(',', '.'));
	await expect(page.locator('script#oct8ne-sale-notification')).toHaveCount(1);
	await expect.poll(() => recordedSales(page)).toHaveLength(1);
	const [sale] = await recordedSales(page);
	const url = new URL(sale!.src);
	expect(sale!.id).toBe('oct8ne-sale-notification');
	expect(`${url.origin}${url.pathname}`).toBe('https://static-eu.oct8ne.com/api/source/js/ext/sale-notification.js');
	expect(Object.fromEntries(url.searchParams)).toEqual({
		license: LICENSE,
		currencyCode: 'EUR',
		locale: 'en-US',
		value: total.toFixed(2),
		reference,
	});
	expect(requested.filter((u) => u.includes('sale-notification')).length).toBe(1);

	await page.reload();
	await expect(page.locator('.woocommerce-order-overview__order strong')).toHaveText(reference);
	await expect(page.locator('script#oct8ne-sale-notification')).toHaveCount(0);
	expect(requested.filter((u) => u.includes('sale-notification')).length).toBe(1);
});

test('the phone PIN and agents online/offline blocks render oct8ne classes, hidden until oct8ne shows them', async ({ page }) => {
	await recordOct8ne(page);
	await page.goto(blocksPage.link);
	await expect(page.locator('.wp-block-commerce-bridge-oct8ne-phone-pin .oct8ne-phone')).toHaveText('Call us & get a PIN');
	const online = page.locator('.wp-block-commerce-bridge-oct8ne-agents-status .oct8ne-widget-on');
	await expect(online).toHaveText('Chat now');
	await expect(online).toHaveAttribute('style', 'display:none');
	await expect(online).toBeHidden();
	const offline = page.locator('.wp-block-commerce-bridge-oct8ne-agents-status .oct8ne-widget-off.oct8ne-widget-disabled');
	await expect(offline).toHaveAttribute('style', 'display:none');
	await expect(offline).toBeHidden();
	await expect(offline.locator('a')).toHaveAttribute('href', /\/contact\/$/);
	await expect(offline.locator('a')).toHaveText('Leave us a message');
});
