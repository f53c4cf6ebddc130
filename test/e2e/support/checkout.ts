import { expect, type Page, type Request } from '@playwright/test';
import { CLASSIC_CHECKOUT } from './pages';
import { addToCart, BEANIE } from './store';

/*
 * Buying one product as a guest through either checkout WooCommerce 10 offers: the block Checkout page
 * (/checkout/, the default) and the classic shortcode form (posting to ?wc-ajax=checkout). Both end on
 * the order-received endpoint of the store's checkout page.
 */

export interface Buyer {
	firstName: string;
	lastName: string;
	/** Default: a fresh address made from the first name. */
	email?: string;
	/** Ticks "Create an account?" on the classic form (and fills the password field where shown). */
	createAccount?: boolean;
}

const RECEIVED = /\/order-received\/(\d+)\/?\?key=/;

const ADDRESS = { street: 'Damrak 1', postcode: '1012 LG', city: 'Amsterdam', phone: '+31 6 44455566' };

function emailOf(buyer: Buyer): string {
	return buyer.email ?? `${buyer.firstName.toLowerCase()}.${Date.now()}@example.com`;
}

/** Clicks `submit` and answers the order id once the order-received page has loaded (bounded by the test's timeout). */
async function submit(page: Page, click: () => Promise<void>): Promise<string> {
	await Promise.all([page.waitForURL(RECEIVED, { timeout: 0 }), click()]);
	return RECEIVED.exec(page.url())![1]!;
}

/** The block Checkout (the store's /checkout/ page); default country NL, first payment method. */
export async function placeBlockOrder(page: Page, buyer: Buyer, productId = BEANIE): Promise<string> {
	await addToCart(page, productId);
	await page.goto('/checkout/');
	await page.locator('#email').fill(emailOf(buyer));
	await page.locator('#shipping-first_name').fill(buyer.firstName);
	await page.locator('#shipping-last_name').fill(buyer.lastName);
	await page.locator('#shipping-address_1').fill(ADDRESS.street);
	await page.locator('#shipping-postcode').fill(ADDRESS.postcode);
	await page.locator('#shipping-city').fill(ADDRESS.city);
	return submit(page, () => placeBlockCheckout(page));
}

/**
 * Clicks "Place order" until the checkout request goes out: a click that lands while the block Checkout
 * still pushes the address it was given (Store API batch) is swallowed without a request or a message.
 * A retry cannot place a second order: it happens only when no checkout request was sent.
 */
async function placeBlockCheckout(page: Page): Promise<void> {
	const button = page.locator('.wc-block-components-checkout-place-order-button');
	const checkoutRequest = (request: Request) => request.method() === 'POST' && /\/wc\/store\/v1\/checkout/.test(request.url());
	await expect(async () => {
		await Promise.all([page.waitForRequest(checkoutRequest, { timeout: 10_000 }), button.click()]);
	}).toPass({ timeout: 60_000 });
}

/** The classic shortcode checkout on its own page. */
export async function placeClassicOrder(page: Page, buyer: Buyer, productId = BEANIE): Promise<string> {
	await addToCart(page, productId);
	await page.goto(CLASSIC_CHECKOUT);
	await page.locator('#billing_first_name').fill(buyer.firstName);
	await page.locator('#billing_last_name').fill(buyer.lastName);
	await page.locator('#billing_address_1').fill(ADDRESS.street);
	await page.locator('#billing_postcode').fill(ADDRESS.postcode);
	await page.locator('#billing_city').fill(ADDRESS.city);
	await page.locator('#billing_phone').fill(ADDRESS.phone);
	await page.locator('#billing_email').fill(emailOf(buyer));
	if (buyer.createAccount) {
		await page.locator('#createaccount').check();
		const password = page.locator('#account_password');
		if (await password.isVisible()) await password.fill(`pw-${Date.now()}-e2e`);
	}
	return submit(page, () => page.locator('#place_order').click());
}

/** The order number or total of the order-received summary, in the block or the classic layout. */
export async function receivedValue(page: Page, what: 'order' | 'total'): Promise<string> {
	const key = what === 'order' ? /^\s*Order (#|number):/i : /^\s*Total:/i;
	const item = page.locator('.wc-block-order-confirmation-summary-list-item, ul.woocommerce-order-overview > li').filter({ hasText: key });
	const value = item.locator('.wc-block-order-confirmation-summary-list-item__value, strong').first();
	return ((await value.textContent()) ?? '').trim();
}

/** A shown amount such as "€ 1.234,56" as a number, whatever the store's separators. */
export function amountOf(shown: string): number {
	const digits = shown.replace(/[^\d,.]/g, '');
	const decimal = /[.,](\d{1,2})$/.exec(digits);
	const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
	return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

/**
 * The report the next page's `orderPlaced` gets from the shopper route order-placed for `vendor`
 * (start waiting before the navigation): null once the order was claimed.
 */
export async function orderPlacedReport(page: Page, vendor: string): Promise<unknown> {
	const answer = await page.waitForResponse((response) => {
		const url = new URL(response.url());
		// Pretty or plain permalinks.
		return (url.searchParams.get('rest_route') ?? url.pathname).endsWith('/shopper/order-placed') && url.searchParams.get('vendor') === vendor;
	});
	return ((await answer.json()) as { report?: unknown }).report;
}
