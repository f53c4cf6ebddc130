import { BELCO_TOKEN, belcoApp, type BelcoApp } from './belco-helper';

describe('Belco token and input checks', () => {
	let sidecar: BelcoApp;
	beforeAll(async () => (sidecar = await belcoApp({ hpos: true })));
	afterAll(() => sidecar.close());

	const inject = (path: string, query: Record<string, string>) =>
		sidecar.get(`/commerce-bridge/belco/${path}?${new URLSearchParams(query)}`);

	test.each(['orders', 'frame'])('%s: a missing or wrong token is a 401 without data', async (path) => {
		for (const query of <Array<Record<string, string>>>[{ email: 'sanne.devries@example.com' }, { token: 'wrong', email: 'sanne.devries@example.com' }, { token: `${BELCO_TOKEN}x`, email: 'sanne.devries@example.com' }]) {
			const res = await inject(path, query);
			expect(res.statusCode).toBe(401);
			expect(res.json()).toEqual({ error: 'unauthorized' });
			expect(res.body).not.toContain('sanne');
		}
	});

	test('the token is checked before the parameters', async () => {
		const res = await inject('orders', { token: 'wrong', email: 'x'.repeat(10_000), page: 'abc' });
		expect(res.statusCode).toBe(401);
	});

	test.each<Record<string, string>>([
		{ email: `${'a'.repeat(10_000)}@example.com` },
		{ email: 'not-an-email' },
		{ page: 'abc' },
		{ page: '0' },
		{ limit: '500' },
		{ phoneNumber: '<script>' },
	])('bad input %o is a 400 JSON error', async (query) => {
		const res = await inject('orders', { token: BELCO_TOKEN, ...query });
		expect(res.statusCode).toBe(400);
		expect(res.json()).toMatchObject({ error: 'bad_request' });
	});

	test('a repeated parameter is a 400, not a 500', async () => {
		const res = await sidecar.get(`/commerce-bridge/belco/orders?token=${BELCO_TOKEN}&email=a@example.com&email=b@example.com`);
		expect(res.statusCode).toBe(400);
	});
});
