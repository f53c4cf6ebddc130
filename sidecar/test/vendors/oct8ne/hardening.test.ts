import type { FastifyInstance } from 'fastify';
import { build, identityHeaders } from '../../helper';
import { privateDatabase, SHARED_OCT8NE_TOKEN, stackDb, TEST_PREFIX } from '../../stack';

let app: FastifyInstance;
beforeAll(async () => {
	app = await build();
});
afterAll(async () => app.close());

const GUEST = { id: null, firstName: null, lastName: null, email: null, wishlist: [], cart: [] };

/** customerData for customer 2 (signed as WordPress forwards it) with extra request headers. */
async function customerData(query: string, headers: Record<string, string>) {
	const url = `/oct8ne/frame/customerData${query}`;
	return app.inject({ url, headers: { ...identityHeaders('GET', url, { user: 2, session: '2' }), ...headers } });
}
const jsonpBody = (body: string) => JSON.parse(/^cb\((.*)\);$/s.exec(body)?.[1] ?? 'null') as Record<string, unknown>;

describe('method names never reach Object.prototype', () => {
	test.each(['constructor', '__proto__', 'CONSTRUCTOR', '__PROTO__', 'Constructor', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'isPrototypeOf'])(
		'%s is an unknown method: 404, nothing echoed', async (name) => {
			for (const query of ['', '?callback=cb', `?apiToken=${SHARED_OCT8NE_TOKEN}`]) {
				const res = await app.inject(`/oct8ne/frame/${name}${query}`);
				expect(res.statusCode).toBe(404);
				expect(res.body).toContain('"error":"not_found"');
				expect(res.body).not.toContain(name);
			}
		});
});

describe('locale and currency are checked against what Intl knows', () => {
	test.each(['locale=xx', 'locale=tlh', 'locale=zz-Latn', 'locale=en-US-u-nu-thai', 'locale=i-klingon', 'locale=' + 'a'.repeat(40), 'currency=ABC', 'currency=XYZ', 'currency=eu', 'currency=EURO'])(
		'%s is a 400 naming the parameter', async (query) => {
			const res = await app.inject(`/oct8ne/frame/productInfo?productIds=14&${query}`);
			expect(res.statusCode).toBe(400);
			expect(res.json().message).toMatch(new RegExp(`^${query.split('=')[0]}: `));
		});

	test('a real locale (any case, _ or -) and a real ISO 4217 code are accepted; nobody vouched for a USD rate, so the price stays in euros', async () => {
		const res = await app.inject('/oct8ne/frame/productInfo?productIds=14&locale=nl_nl&currency=usd');
		expect(res.statusCode).toBe(200);
		const [product] = res.json() as Array<{ formattedPrice: string }>;
		expect(product?.formattedPrice).toMatch(/^€\s?\d+,\d{2}$/);
	});
});

describe('personal data only for the shop\'s own pages', () => {
	test('another site or another origin of the same site gets the guest shape, JSON or JSONP', async () => {
		for (const site of ['cross-site', 'same-site']) {
			expect((await customerData('', { 'sec-fetch-site': site })).json()).toEqual(GUEST);
			expect(jsonpBody((await customerData('?callback=cb', { 'sec-fetch-site': site })).body)).toEqual(GUEST);
		}
	});

	test('JSONP carries the shopper\'s data only to a same-origin request; plain JSON to a server or the own page', async () => {
		expect(jsonpBody((await customerData('?callback=cb', {})).body)).toEqual(GUEST);
		expect(jsonpBody((await customerData('?callback=cb', { 'sec-fetch-site': 'none' })).body)).toEqual(GUEST);
		expect(jsonpBody((await customerData('?callback=cb', { 'sec-fetch-site': 'same-origin' })).body)).toMatchObject({ id: '2' });
		expect((await customerData('', {})).json()).toMatchObject({ id: '2' });
		expect((await customerData('', { 'sec-fetch-site': 'same-origin' })).json()).toMatchObject({ id: '2' });
	});

	test('the core identity route answers a guest to another page', async () => {
		const url = '/commerce-bridge/core/identity';
		const signed = identityHeaders('GET', url, { user: 2, session: '2' });
		expect((await app.inject({ url, headers: { ...signed, 'sec-fetch-site': 'same-site' } })).json()).toEqual({ userId: 0, session: null });
		expect((await app.inject({ url, headers: { ...signed, 'sec-fetch-site': 'same-origin' } })).json()).toEqual({ userId: 2, session: '2' });
	});
});

describe('oct8ne switched off', () => {
	let off: FastifyInstance;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		const db = await privateDatabase();
		drop = db.drop;
		const option = `a:2:{s:7:"enabled";b:0;s:8:"apiToken";s:32:"${SHARED_OCT8NE_TOKEN}";}`;
		await stackDb().sql(`INSERT INTO ${TEST_PREFIX}options (option_name, option_value, autoload) VALUES ('commerce_bridge_oct8ne', '${option}', 'off')`, db.name);
		off = await build({ env: { DATABASE_URL: db.url } });
	});
	afterAll(async () => {
		await off.close();
		await drop();
	});

	test.each(['productInfo?productIds=14', 'search?search=hoodie', 'customerData', 'getCart?callback=cb', 'addToWishList?productIds=14',
		`getOrders?customerEmail=sanne.devries@example.com&apiToken=${SHARED_OCT8NE_TOKEN}`, `getSalesReport?from=2024-01-01&to=2030-01-01&apiToken=${SHARED_OCT8NE_TOKEN}`,
		`getOrderDetails?reference=1&apiToken=${SHARED_OCT8NE_TOKEN}`])('%s is a 404 like an unknown method', async (path) => {
		const res = await off.inject(`/oct8ne/frame/${path}`);
		expect(res.statusCode).toBe(404);
		expect(res.body).toMatch(/^(cb\()?\{"error":"not_found","message":"unknown oct8ne method"\}/);
	});

	test('getAdapterInfo still answers, with enabled: false', async () => {
		const res = await off.inject('/oct8ne/frame/getAdapterInfo');
		expect(res.statusCode).toBe(200);
		expect(res.json()).toMatchObject({ apiVersion: '2.4', enabled: false });
	});
});
