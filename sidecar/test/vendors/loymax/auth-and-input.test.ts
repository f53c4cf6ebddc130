import { FEED_TOKEN, loymaxDb, loymaxSuite } from './loymax-helper';

const suite = loymaxSuite();

const FEEDS = ['categories', 'products', 'customers', 'orders'];
const get = (url: string, headers: Record<string, string> = {}) => suite.app.inject({ url: `/commerce-bridge/loymax/${url}`, headers });
const bearer = { authorization: `Bearer ${FEED_TOKEN}` };

describe('feed token', () => {
	test.each(FEEDS)('%s without a token: 401 with no data', async (name) => {
		const res = await get(name);
		expect(res.statusCode).toBe(401);
		expect(res.json()).toEqual({ error: 'unauthorized', message: expect.any(String) });
		expect(res.body).not.toMatch(/example\.|@|Sneaker|Hoodie/);
	});

	test.each(FEEDS)('%s with a wrong token: 401', async (name) => {
		expect((await get(name, { authorization: `Bearer ${FEED_TOKEN}x` })).statusCode).toBe(401);
		expect((await get(`${name}?token=${FEED_TOKEN.slice(0, -1)}`)).statusCode).toBe(401);
	});

	test('the token is checked before the query: a bad query without a token is 401, not 400', async () => {
		expect((await get('products?page[number]=-1&nonsense=1')).statusCode).toBe(401);
		expect((await get('no-such-feed')).statusCode).toBe(401);
	});

	test('accepted as a Bearer header or as ?token=', async () => {
		expect((await get('categories', bearer)).statusCode).toBe(200);
		const res = await get(`categories?token=${FEED_TOKEN}`);
		expect(res.statusCode).toBe(200);
		expect(res.headers['cache-control']).toBe('no-store');
	});
});

describe('paging links keep the credentials the first page came with', () => {
	type Links = { self: string; next: string | null; last: string };
	const links = (body: string) => (JSON.parse(body) as { links: Links }).links;
	const onSite = (url: string) => url.replace(/^.*\/commerce-bridge\/loymax\//, '');

	test.each(FEEDS)('%s from a pasted URL (?token=): next carries the token and answers the next page', async (name) => {
		const first = await get(`${name}?page[size]=1&token=${encodeURIComponent(FEED_TOKEN)}`);
		expect(first.statusCode).toBe(200);
		const next = links(first.body).next;
		expect(next).not.toBeNull();
		expect(new URL(next as string).searchParams.get('token')).toBe(FEED_TOKEN);
		const second = await get(onSite(next as string));
		expect(second.statusCode).toBe(200);
		expect((second.json() as { meta: { page: number } }).meta.page).toBe(2);
		expect((second.json() as { data: Array<{ id: string }> }).data[0]?.id).not.toBe((first.json() as { data: Array<{ id: string }> }).data[0]?.id);
	});

	test('with a Bearer header no link holds the token (the client sends its header again)', async () => {
		const res = await get('categories?page[size]=1', bearer);
		expect(res.statusCode).toBe(200);
		expect(res.body).not.toContain(FEED_TOKEN);
		expect(new URL(links(res.body).next as string).searchParams.has('token')).toBe(false);
	});

	test('a wrong ?token= is refused, so no link ever echoes it', async () => {
		const res = await get('categories?page[size]=1&token=guess');
		expect(res.statusCode).toBe(401);
		expect(res.body).not.toContain('guess');
	});

	test('a disabled integration has no routes; an unset token refuses everyone', async () => {
		// A database of its own: the suite's app must keep reading the default settings.
		const other = await loymaxDb();
		try {
			const disabled = await other.app({ enabled: false });
			expect((await disabled.inject({ url: '/commerce-bridge/loymax/categories', headers: bearer })).statusCode).toBe(404);
			const unset = await other.app({ feedToken: '' });
			expect((await unset.inject({ url: '/commerce-bridge/loymax/categories', headers: { authorization: 'Bearer ' } })).statusCode).toBe(401);
			expect((await unset.inject('/commerce-bridge/loymax/categories?token=')).statusCode).toBe(401);
		} finally {
			await other.close();
		}
	});
});

describe('bad input is a 400 with a reason, never a 5xx', () => {
	test.each([
		['page[number]=0', 'page[number]'], ['page[number]=-2', 'page[number]'], ['page[number]=abc', 'page[number]'],
		['page[number]=99999999999', 'page[number]'], ['page[number]=1.5', 'page[number]'], ['page[size]=1001', 'page[size]'],
		['page[size]=0', 'page[size]'], ['filter[updatedSince]=yesterday', 'updatedSince'], ['filter[updatedSince]=2025-02-30', 'updatedSince'],
		['updatedSince=2025-13-01T00:00:00Z', 'updatedSince'], ['filter[updatedSince]=2025-01-01T25:00:00Z', 'updatedSince'],
		['filter[status]=completed', 'filter[status]'], ['sort=name', 'sort'], ['page[number]=1&page[number]=2', 'page[number]'],
	])('%s on every feed', async (query, named) => {
		for (const name of FEEDS) {
			const res = await get(`${name}?${query}`, bearer);
			expect(res.statusCode).toBe(400);
			expect((res.json() as { message: string }).message).toContain(named);
		}
	});

	test('a page past the last one is empty, with links back', async () => {
		const res = await get('categories?page[number]=50', bearer);
		expect(res.statusCode).toBe(200);
		const body = res.json() as { data: unknown[]; links: { prev: string; next: string | null; last: string } };
		expect(body.data).toEqual([]);
		expect(body.links.next).toBeNull();
		expect(body.links.prev).toBe(body.links.last);
	});
});
