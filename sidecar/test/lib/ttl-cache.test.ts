import { ttlCache } from '../../src/lib/ttl-cache';

describe('ttlCache', () => {
	let clock = 0;
	const now = () => clock;

	it('loads once per TTL and shares an in-flight load', async () => {
		let loads = 0;
		const get = ttlCache(async () => ++loads, 2000, now);
		expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
		clock = 1999;
		expect(await get()).toBe(1);
		clock = 2000;
		expect(await get()).toBe(2);
	});

	it('does not keep a failed load', async () => {
		let fail = true;
		const get = ttlCache(async () => {
			if (fail) throw new Error('database down');
			return 'ok';
		}, 2000, now);
		await expect(get()).rejects.toThrow('database down');
		fail = false;
		expect(await get()).toBe('ok');
	});
});
