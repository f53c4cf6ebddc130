/**
 * oct8ne's catalogue prices follow WooCommerce's tax display for the shop and are never relabelled in
 * another currency. Tax expectations are the fixture's rates written out (NL 21 %, reduced-rate 9 %) on
 * private copies of the fixture with the tax options switched; the agreement with WooCommerce's own
 * wc_get_price_to_display() is plugin/tests/Vendors/Oct8ne/CatalogPricesAgreementTest.php.
 */
import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { build, identityHeaders, TEST_SECRET } from '../../helper';
import { SHARED_OCT8NE_TOKEN, stackDb } from '../../stack';
import { oct8neStore, type Oct8neStore } from './oct8ne-helper';

const NBSP = '\u00a0';
const euro = (n: number) => `€${NBSP}${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
const round2 = (n: number) => Math.round(n * 100) / 100;
/** Beanie 14 (18 on sale, 20 regular, standard rate), Kookboek 80 (29.99, reduced-rate), Tote 57 (14.95). */
const BEANIE = { sale: 18, regular: 20 };
const KOOKBOEK = 29.99;
const TOTE = 14.95;

type Answer = Array<{ internalId: string; formattedPrice: string | null; formattedPrevPrice: string | null }>;

async function prices(app: FastifyInstance, ids: string, extra = '', headers: Record<string, string> = {}): Promise<Record<string, [string | null, string | null]>> {
	const res = await app.inject({ url: `/oct8ne/frame/productInfo?productIds=${ids}${extra}`, headers });
	expect(res.statusCode).toBe(200);
	return Object.fromEntries((res.json() as Answer).map((p) => [p.internalId, [p.formattedPrice, p.formattedPrevPrice]]));
}

const options = (values: Record<string, string>) => Object.entries(values)
	.map(([name, value]) => `UPDATE shop_options SET option_value = '${value}' WHERE option_name = '${name}';`).join('\n');

describe('tax display (woocommerce_tax_display_shop)', () => {
	let store: Oct8neStore;
	let app: FastifyInstance;
	beforeAll(async () => {
		store = await oct8neStore();
	});
	afterAll(async () => {
		await app?.close();
		await store.close();
	});

	/** A fresh app (fresh 2 s store cache) after switching options on the private copy. */
	async function withOptions(values: Record<string, string>, extraSql = ''): Promise<FastifyInstance> {
		await app?.close();
		await stackDb().sql(options(values) + extraSql, store.database);
		app = await build({ env: { DATABASE_URL: stackDb().url(store.database) } });
		return app;
	}

	test('prices entered with tax, shown with tax: the stored amounts', async () => {
		const shown = await prices(await withOptions({ woocommerce_prices_include_tax: 'yes', woocommerce_tax_display_shop: 'incl' }), '14,80');
		expect(shown).toEqual({ 14: [euro(BEANIE.sale), euro(BEANIE.regular)], 80: [euro(KOOKBOEK), euro(KOOKBOEK)] });
	});

	test('prices entered with tax, shown without: the Dutch base rate of each product\'s class comes off', async () => {
		const shown = await prices(await withOptions({ woocommerce_prices_include_tax: 'yes', woocommerce_tax_display_shop: 'excl' }), '14,80');
		expect(shown).toEqual({
			14: [euro(round2(BEANIE.sale / 1.21)), euro(round2(BEANIE.regular / 1.21))],
			80: [euro(round2(KOOKBOEK / 1.09)), euro(round2(KOOKBOEK / 1.09))],
		});
	});

	test('prices entered without tax, shown with: the base rate goes on', async () => {
		const shown = await prices(await withOptions({ woocommerce_prices_include_tax: 'no', woocommerce_tax_display_shop: 'incl' }), '14,80');
		expect(shown).toEqual({
			14: [euro(round2(BEANIE.sale * 1.21)), euro(round2(BEANIE.regular * 1.21))],
			80: [euro(round2(KOOKBOEK * 1.09)), euro(round2(KOOKBOEK * 1.09))],
		});
	});

	test('a product with tax status "none", and a shop with taxes off, show the stored amount', async () => {
		const none = await prices(await withOptions({ woocommerce_prices_include_tax: 'no', woocommerce_tax_display_shop: 'incl' },
			"UPDATE shop_postmeta SET meta_value = 'none' WHERE post_id = 57 AND meta_key = '_tax_status';"), '57,14');
		expect(none['57']).toEqual([euro(TOTE), euro(TOTE)]);
		expect(none['14']?.[0]).toBe(euro(round2(BEANIE.sale * 1.21)));
		const off = await prices(await withOptions({ woocommerce_calc_taxes: 'no', woocommerce_prices_include_tax: 'yes', woocommerce_tax_display_shop: 'excl' }), '14');
		expect(off['14']).toEqual([euro(BEANIE.sale), euro(BEANIE.regular)]);
	});

	test('search shows the same shop-display prices as productInfo', async () => {
		const shopApp = await withOptions({ woocommerce_calc_taxes: 'yes', woocommerce_prices_include_tax: 'yes', woocommerce_tax_display_shop: 'excl' });
		const search = (await shopApp.inject('/oct8ne/frame/search?search=%23' + encodeURIComponent((await store.query("SELECT meta_value FROM shop_postmeta WHERE post_id = 80 AND meta_key = '_sku'"))[0]?.[0] ?? ''))).json() as { results: Answer };
		expect(search.results.find((p) => p.internalId === '80')?.formattedPrice).toBe(euro(round2(KOOKBOEK / 1.09)));
	});

	test('the cart keeps the cart\'s tax display (incl) while the shop shows prices without tax', async () => {
		const shopApp = await withOptions({ woocommerce_prices_include_tax: 'yes', woocommerce_tax_display_shop: 'excl', woocommerce_tax_display_cart: 'incl' });
		const url = '/oct8ne/frame/customerData';
		const data = (await shopApp.inject({ url, headers: { ...identityHeaders('GET', url, { user: 0, session: 't_0c6e99b22dbaef30e36e979f8c154d' }), 'sec-fetch-site': 'same-origin' } })).json() as { cart: Answer };
		// Kookboek in the guest's (Dutch) cart: the price with 9 % VAT, as the cart shows it.
		expect(data.cart.find((l) => l.internalId === '80')?.formattedPrice).toBe(euro(KOOKBOEK));
	});
});

describe('the wishlist in customerData, at the shopper\'s own taxable address', () => {
	let store: Oct8neStore;
	beforeAll(async () => {
		store = await oct8neStore();
	});
	afterAll(async () => store.close());

	async function wishlist(user: number, session: string): Promise<Answer> {
		const headers = (url: string) => ({ ...identityHeaders('GET', url, { user, session }), 'sec-fetch-site': 'same-origin' });
		const add = '/oct8ne/frame/addToWishlist?productIds=14';
		expect((await store.app.inject({ url: add, headers: headers(add) })).json()).toEqual({ result: 'true' });
		const url = '/oct8ne/frame/customerData';
		return ((await store.app.inject({ url, headers: headers(url) })).json() as { wishlist: Answer }).wishlist;
	}

	test('Jonas ships to Germany: the Dutch 21 % comes off and the German 19 % goes on, each tax rounded as WooCommerce does', async () => {
		const shown = (price: number) => {
			const dutch = price * 0.21 / 1.21;
			return round2(price - round2(dutch) + round2((price - dutch) * 0.19));
		};
		const [beanie] = await wishlist(21, '21');
		expect(beanie).toMatchObject({ internalId: '14', formattedPrice: euro(shown(BEANIE.sale)), formattedPrevPrice: euro(shown(BEANIE.regular)) });
		expect(beanie?.formattedPrice).not.toBe(euro(BEANIE.sale));
	});

	test('Sanne lives in the Netherlands: the catalogue price', async () => {
		const [beanie] = await wishlist(2, '2');
		expect(beanie).toMatchObject({ internalId: '14', formattedPrice: euro(BEANIE.sale) });
	});
});

/** The X-Commerce-Bridge-Currency headers WordPress adds for a filter's answer (docs/vendors/oct8ne.md), signed independently. */
function currencyHeaders(url: string, answer: object, options: { time?: number; secret?: string } = {}): Record<string, string> {
	const time = String(options.time ?? Math.floor(Date.now() / 1000));
	const payload = Buffer.from(JSON.stringify(answer)).toString('base64url');
	const signature = createHmac('sha256', options.secret ?? TEST_SECRET).update(`currency\n${time}\nGET\n${url}\n${payload}`).digest('hex');
	return { 'x-commerce-bridge-currency': payload, 'x-commerce-bridge-currency-signature': signature, 'x-commerce-bridge-time': time };
}

describe('currency', () => {
	let app: FastifyInstance;
	beforeAll(async () => {
		app = await build();
	});
	afterAll(async () => app.close());

	const USD = { currency: 'USD', rate: 1.1, symbol: '$', decimals: 2, position: 'left', thousandSeparator: ',', decimalSeparator: '.' };
	const url = '/oct8ne/frame/productInfo?productIds=14&currency=USD';

	test('without a rate WordPress vouched for, USD is answered in euros with the euro sign, never "$ 18,00"', async () => {
		expect((await prices(app, '14', '&currency=USD'))['14']).toEqual([euro(BEANIE.sale), euro(BEANIE.regular)]);
		expect((await prices(app, '14', '&currency=EUR'))['14']).toEqual([euro(BEANIE.sale), euro(BEANIE.regular)]);
	});

	test('with a signed rate the amounts are converted and written in that currency\'s format', async () => {
		expect((await prices(app, '14', '&currency=USD', currencyHeaders(url, USD)))['14']).toEqual(['$19.80', '$22.00']);
		const yen = { ...USD, currency: 'JPY', rate: 160.5, symbol: '¥', decimals: 0, position: 'right_space', thousandSeparator: '.' };
		const jpy = '/oct8ne/frame/productInfo?productIds=14&currency=JPY';
		expect((await prices(app, '14', '&currency=JPY', currencyHeaders(jpy, yen)))['14']).toEqual([`2.889${NBSP}¥`, `3.210${NBSP}¥`]);
	});

	test('with a locale the converted amount is written by Intl in the converted currency', async () => {
		const localized = `${url}&locale=en-US`;
		const expected = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(19.8);
		expect((await prices(app, '14', '&currency=USD&locale=en-US', currencyHeaders(localized, USD)))['14']?.[0]).toBe(expected);
	});

	test.each([
		['a wrong secret', currencyHeaders(url, USD, { secret: 'not-the-secret' })],
		['a stale signature', currencyHeaders(url, USD, { time: Math.floor(Date.now() / 1000) - 600 })],
		['another URL\'s signature', currencyHeaders('/oct8ne/frame/productInfo?productIds=15&currency=USD', USD)],
		['an answer for another currency', currencyHeaders(url, { ...USD, currency: 'GBP' })],
		['a malformed answer', currencyHeaders(url, { ...USD, rate: -1 })],
	])('%s: euros, unconverted', async (_name, headers) => {
		expect((await prices(app, '14', '&currency=USD', headers))['14']).toEqual([euro(BEANIE.sale), euro(BEANIE.regular)]);
	});

	test('the search\'s price-range labels are converted with the prices', async () => {
		const searchUrl = '/oct8ne/frame/search?search=beanie&currency=USD';
		const body = (await app.inject({ url: searchUrl, headers: currencyHeaders(searchUrl, USD) })).json() as { filters: { available: Array<{ param: string; options: Array<{ value: string; valueLabel: string }> }> } };
		const range = body.filters.available.find((f) => f.param === 'price')?.options[0];
		expect(range).toBeDefined();
		const [from = ''] = (range?.value ?? '').split('-');
		expect(range?.valueLabel.startsWith(`$${(Number(from) * 1.1).toFixed(2)}`)).toBe(true);
	});

	test('getOrders keeps the order\'s own currency whatever currency is asked for', async () => {
		const res = await app.inject(`/oct8ne/frame/getOrders?customerEmail=sophie.jacobs@example.com&apiToken=${SHARED_OCT8NE_TOKEN}&currency=USD`);
		const orders = res.json() as Array<{ total: string; currency: string }>;
		expect(orders.length).toBeGreaterThan(0);
		for (const order of orders) expect(order).toMatchObject({ currency: 'EUR', total: expect.stringMatching(/^€\u00a0\d/) });
	});
});
