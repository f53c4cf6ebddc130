import type { FastifyInstance } from 'fastify';
import { build, identityHeaders } from '../helper';

const URL = '/commerce-bridge/core/identity?lang=nl&x=1';

describe('GET /commerce-bridge/core/identity', () => {
	let app: FastifyInstance;
	beforeAll(async () => (app = await build()));
	afterAll(() => app.close());

	const identityOf = async (headers: Record<string, string>, url = URL) => {
		const response = await app.inject({ method: 'GET', url, headers });
		expect(response.statusCode).toBe(200);
		expect(response.headers['cache-control']).toBe('no-store');
		return response.json();
	};

	it('accepts a valid signature for a customer and for a guest session', async () => {
		expect(await identityOf(identityHeaders('GET', URL, { user: 21, session: '21' }))).toEqual({ userId: 21, session: '21' });
		expect(await identityOf(identityHeaders('GET', URL, { user: 0, session: 't_172b68a7e2f4c9dcf34f79013961ad' }))).toEqual({ userId: 0, session: 't_172b68a7e2f4c9dcf34f79013961ad' });
		expect(await identityOf(identityHeaders('GET', URL, { user: 2 }))).toEqual({ userId: 2, session: null });
	});

	it('accepts a signature 60 s old but not 61 s (either direction)', async () => {
		const now = Math.floor(Date.now() / 1000);
		expect(await identityOf(identityHeaders('GET', URL, { user: 2, session: '2', time: now - 59 }))).toEqual({ userId: 2, session: '2' });
		expect(await identityOf(identityHeaders('GET', URL, { user: 2, session: '2', time: now - 62 }))).toEqual({ userId: 0, session: null });
		expect(await identityOf(identityHeaders('GET', URL, { user: 2, session: '2', time: now + 62 }))).toEqual({ userId: 0, session: null });
	});

	it('treats a wrong secret, a tampered query, user or method as a guest', async () => {
		const guest = { userId: 0, session: null };
		expect(await identityOf(identityHeaders('GET', URL, { user: 1, session: '1', secret: 'another-secret-another-secret-0000' }))).toEqual(guest);
		expect(await identityOf(identityHeaders('GET', URL, { user: 1, session: '1' }), `${URL}&userId=1`)).toEqual(guest);
		expect(await identityOf({ ...identityHeaders('GET', URL, { user: 2, session: '2' }), 'x-commerce-bridge-user': '1' })).toEqual(guest);
		expect(await identityOf(identityHeaders('POST', URL, { user: 1, session: '1' }))).toEqual(guest);
		const upper = identityHeaders('GET', URL, { user: 1, session: '1' });
		expect(await identityOf({ ...upper, 'x-commerce-bridge-signature': upper['x-commerce-bridge-signature']!.toUpperCase() })).toEqual(guest);
	});

	it('treats missing or malformed headers as a guest', async () => {
		const valid = identityHeaders('GET', URL, { user: 1, session: '1' });
		for (const header of Object.keys(valid)) {
			const { [header]: _dropped, ...rest } = valid;
			// Without the session header the signed payload has an empty session: still not the signed "1".
			expect(await identityOf(rest)).toEqual({ userId: 0, session: null });
		}
		expect(await identityOf({ ...valid, 'x-commerce-bridge-signature': 'abc' })).toEqual({ userId: 0, session: null });
		expect(await identityOf({})).toEqual({ userId: 0, session: null });
	});
});
