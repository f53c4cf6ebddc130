import type { Page } from '@playwright/test';
import { vendorsReady } from '../recorders/vendors';
import { createCustomer, deleteCustomer, type Customer } from '../support/customers';
import { addToCart, BEANIE, CAP, cartSummary } from '../support/store';
import { expect, logIn, logInRequest, test } from '../support/wordpress';

/*
 * A logged-in customer's cart is WooCommerce's session row keyed by their user id. With every vendor
 * on, no request the storefront makes may make WooCommerce drop that row: the cart is the same after
 * login and after each page view. Each test logs in a customer no other test uses.
 */

/** Pages a shopper walks through; each one runs every vendor's bundle to the end. */
const WALK = ['/', '/product/beanie/', '/cart/'];

async function walk(page: Page, expected: string[]): Promise<void> {
	for (const path of WALK) {
		await page.goto(path);
		await vendorsReady(page);
		expect(await cartSummary(page), `the cart after viewing ${path}`).toEqual(expected);
	}
}

// A login and a walk through several pages: on a busy machine that takes more than one test timeout.
test.describe.configure({ timeout: 120_000 });

test.describe('a customer with a cart saved in an earlier session', () => {
	let customer: Customer;

	test.beforeAll(async ({ admin, browser }) => {
		customer = await createCustomer(admin, 'saved-cart');
		// The earlier session, made without a page: what is tested is the next login.
		const earlier = await browser.newContext({ baseURL: process.env.WP_BASE_URL });
		await logInRequest(earlier.request, customer.login, customer.password);
		await addToCart(earlier, BEANIE);
		await addToCart(earlier, CAP, 2);
		expect(await cartSummary(earlier)).toEqual([`${BEANIE}×1`, `${CAP}×2`]);
		await earlier.close();
	});

	test.afterAll(async ({ admin }) => {
		await deleteCustomer(admin, customer);
	});

	test('finds it after login and keeps it on every page view with every vendor on', async ({ page }) => {
		await logIn(page, customer.login, customer.password);
		await walk(page, [`${BEANIE}×1`, `${CAP}×2`]);
	});
});

test('a customer keeps what they add while logged in on the following page views', async ({ page, admin }) => {
	const customer = await createCustomer(admin, 'fresh-cart');
	try {
		await logIn(page, customer.login, customer.password);
		await page.goto('/shop/');
		await vendorsReady(page);
		await addToCart(page, BEANIE);
		await walk(page, [`${BEANIE}×1`]);
	} finally {
		await deleteCustomer(admin, customer);
	}
});

test('the fixture customer Sanne finds her three saved lines after login and keeps them', async ({ page, admin }) => {
	// Only the fixture store has her (ids: Tote bag 57, Café Crème mok 69 ×2, Delfts mok variation 121).
	const [sanne] = await admin.rest<Array<{ id: number }>>('/wp/v2/users?search=sanne.devries');
	test.skip(!sanne, 'not the fixture store: no customer sanne.devries');
	await logIn(page, 'sanne.devries', 'woolab-customer-pw');
	await walk(page, ['121×1', '57×1', '69×2']);
});
