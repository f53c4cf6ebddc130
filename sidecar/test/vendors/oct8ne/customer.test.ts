import { identityHeaders } from '../../helper';
import { oct8neStore, type Oct8neStore } from './oct8ne-helper';

let store: Oct8neStore;
beforeAll(async () => {
	store = await oct8neStore();
});
afterAll(async () => store.close());

interface Line { internalId: string; qty: number; formattedPrice: string | null }

/** GET `url` as WordPress forwards it for this shopper (the four signed headers), from the shop's own page. */
async function get(url: string, user: number, session?: string) {
	return store.app.inject({ method: 'GET', url, headers: { ...identityHeaders('GET', url, { user, session }), 'sec-fetch-site': 'same-origin' } });
}

/** Cart lines as WooCommerce stored them in the session row: [product_id, variation_id, quantity]. */
async function sessionCart(key: string): Promise<Array<[string, string, number]>> {
	const [[value] = []] = await store.query(`SELECT session_value FROM shop_woocommerce_sessions WHERE session_key = '${key}'`);
	const lines = [...(value ?? '').matchAll(/s:10:\\?"product_id";i:(\d+);s:12:\\?"variation_id";i:(\d+);.*?s:8:\\?"quantity";(?:i|d):([\d.]+);/g)];
	expect(lines.length).toBeGreaterThan(0); // every session of the fixture used here has a cart
	return lines.map((m) => [m[1] ?? '', m[2] ?? '', Number(m[3])]);
}

/**
 * What WooCommerce stored in a session row after computing the cart for that shopper's location: each
 * line's subtotal with its tax, and the cart's subtotal with its tax (read from the raw row, not the parser).
 */
async function storedSubtotals(key: string): Promise<{ lines: number[]; quantities: number[]; cart: number }> {
	const [[value = ''] = []] = await store.query(`SELECT session_value FROM shop_woocommerce_sessions WHERE session_key = '${key}'`);
	const amounts = (name: string) => [...value.matchAll(new RegExp(`\\\\?"${name}\\\\?";(?:d:|i:|s:\\d+:\\\\?")([\\d.]+)`, 'g'))].map((m) => Number(m[1]));
	const [subtotal = NaN] = amounts('subtotal');
	const [subtotalTax = NaN] = amounts('subtotal_tax');
	const taxes = amounts('line_subtotal_tax');
	return { lines: amounts('line_subtotal').map((net, i) => net + (taxes[i] ?? NaN)), quantities: amounts('quantity'), cart: subtotal + subtotalTax };
}

const euro = (n: number) => `€\u00a0${n.toFixed(2).replace('.', ',')}`;

describe('customerData', () => {
	test('an anonymous visitor gets nulls and empty lists', async () => {
		const res = await store.app.inject('/oct8ne/frame/customerData');
		expect(res.json()).toEqual({ id: null, firstName: null, lastName: null, email: null, wishlist: [], cart: [] });
		expect(res.headers['cache-control']).toBe('no-store');
	});

	test('a signed customer gets their names and e-mail from WordPress and their session cart', async () => {
		const body = (await get('/oct8ne/frame/customerData', 2, '2')).json() as { id: string; firstName: string; lastName: string; email: string; cart: Line[] };
		const [[email] = []] = await store.query('SELECT user_email FROM shop_users WHERE ID = 2');
		const names = new Map((await store.query("SELECT meta_key, meta_value FROM shop_usermeta WHERE user_id = 2 AND meta_key IN ('first_name','last_name')")).map(([k, v]) => [k, v]));
		expect(body).toMatchObject({ id: '2', firstName: names.get('first_name'), lastName: names.get('last_name'), email });
		const expected = await sessionCart('2');
		expect(body.cart.map((l) => [l.internalId, l.qty])).toEqual(expected.map(([product, , qty]) => [product, qty]));
	});

	test('a guest with a session gets nulls and the session cart (variation priced as the variation)', async () => {
		const body = (await get('/oct8ne/frame/customerData', 0, 't_172b68a7e2f4c9dcf34f79013961ad')).json() as { id: null; cart: Line[] };
		expect(body.id).toBeNull();
		const expected = await sessionCart('t_172b68a7e2f4c9dcf34f79013961ad');
		expect(body.cart.map((l) => [l.internalId, l.qty])).toEqual(expected.map(([product, , qty]) => [product, qty]));
		const [[variationPrice] = []] = await store.query("SELECT meta_value FROM shop_postmeta WHERE post_id = 29 AND meta_key = '_price'");
		expect(body.cart.find((l) => l.internalId === '11')?.formattedPrice).toBe(`€\u00a0${Number(variationPrice).toFixed(2).replace('.', ',')}`);
	});

	test('a German customer sees the prices his cart shows (19 % VAT on Dutch catalogue prices), not the catalogue', async () => {
		const body = (await get('/oct8ne/frame/customerData', 21, '21')).json() as { cart: Line[] };
		const stored = await storedSubtotals('21');
		expect(body.cart.map((l) => l.formattedPrice)).toEqual(stored.lines.map((line, i) => euro(line / (stored.quantities[i] ?? NaN))));
		const [[catalogue] = []] = await store.query("SELECT meta_value FROM shop_postmeta WHERE post_id = 110 AND meta_key = '_price'");
		expect(body.cart[0]?.formattedPrice).not.toBe(euro(Number(catalogue)));
	});

	test('unsigned or badly signed identity headers are a guest', async () => {
		const url = '/oct8ne/frame/customerData';
		const forged = { ...identityHeaders('GET', url, { user: 2, session: '2' }), 'x-commerce-bridge-user': '21' };
		expect((await store.app.inject({ url, headers: forged })).json()).toMatchObject({ id: null, cart: [] });
		const stale = identityHeaders('GET', url, { user: 2, session: '2', time: Math.floor(Date.now() / 1000) - 120 });
		expect((await store.app.inject({ url, headers: stale })).json()).toMatchObject({ id: null });
	});
});

describe('addToWishList', () => {
	test('persists for a user, idempotently, and shows in customerData', async () => {
		for (let i = 0; i < 2; i++) {
			const res = await get('/oct8ne/frame/addToWishList?productIds=14,57,98,999999', 21, '21');
			expect(res.json()).toEqual({ result: 'true' });
		}
		const rows = await store.query("SELECT product_id FROM shop_commerce_bridge_wishlist WHERE owner_type = 'user' AND owner_key = '21' ORDER BY product_id");
		expect(rows.map(([id]) => id)).toEqual(['14', '57']);
		const body = (await get('/oct8ne/frame/customerData', 21, '21')).json() as { wishlist: Array<{ internalId: string }> };
		expect(body.wishlist.map((w) => w.internalId)).toEqual(['14', '57']);
	});

	test('persists for a guest session', async () => {
		const session = 't_0c6e99b22dbaef30e36e979f8c154d';
		expect((await get('/oct8ne/frame/addtowishlist?productIds=102&callback=cb', 0, session)).body).toBe('cb({"result":"true"});');
		const body = (await get('/oct8ne/frame/customerData', 0, session)).json() as { wishlist: Array<{ internalId: string }> };
		expect(body.wishlist.map((w) => w.internalId)).toEqual(['102']);
	});

	test('an anonymous visitor cannot keep a wishlist', async () => {
		expect((await store.app.inject('/oct8ne/frame/addToWishList?productIds=14')).json()).toEqual({ result: 'false' });
	});
});

describe('getCart', () => {
	test('flat cart of the signed session with totals from WooCommerce', async () => {
		const body = (await get('/oct8ne/frame/getCart', 21, '21')).json() as { price: number; finalPrice: number; currency: string; totalItems: number; cart: Array<{ internalId: string; qty: number; title: string }> };
		const expected = await sessionCart('21');
		expect(body.currency).toBe('EUR');
		expect(body.totalItems).toBe(expected.reduce((n, [, , q]) => n + q, 0));
		expect(body.cart.map((l) => [l.internalId, l.qty])).toEqual(expected.map(([p, , q]) => [p, q]));
		const [[totals] = []] = await store.query("SELECT session_value FROM shop_woocommerce_sessions WHERE session_key = '21'");
		const total = /\\?"total\\?";s:\d+:\\?"([\d.]+)\\?"/.exec(totals ?? '')?.[1] ?? /\\?"total\\?";d:([\d.]+)/.exec(totals ?? '')?.[1];
		expect(total).toBeDefined();
		expect(body.finalPrice).toBeCloseTo(Number(total), 2);
		expect(body.price).toBeLessThanOrEqual(body.finalPrice);
	});

	test('amounts are the ones the cart shows, exact to the cent in the JSON text', async () => {
		const res = await get('/oct8ne/frame/getCart', 21, '21');
		const body = res.json() as { price: number; cart: Array<{ price: number }> };
		const stored = await storedSubtotals('21');
		const cents = (n: number) => Math.round(n * 100) / 100;
		expect(body.price).toBe(cents(stored.cart));
		expect(body.cart.map((l) => l.price)).toEqual(stored.lines.map(cents));
		expect(cents(body.cart.reduce((sum, l) => sum + l.price, 0))).toBe(body.price);
		expect(res.body).not.toMatch(/\d\.\d{3,}/);
	});

	test('no session: an empty cart', async () => {
		expect((await store.app.inject('/oct8ne/frame/getCart')).json()).toEqual({ price: 0, finalPrice: 0, currency: 'EUR', totalItems: 0, cart: [] });
	});
});
