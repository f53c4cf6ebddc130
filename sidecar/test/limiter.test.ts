import { createLimiter } from '../src/lib/limiter';

describe('createLimiter', () => {
	it('runs at most max tasks at once and the rest in arrival order', async () => {
		const limit = createLimiter(2);
		let active = 0;
		let peak = 0;
		const finished: number[] = [];
		const task = (id: number, ms: number) => limit(async () => {
			active += 1;
			peak = Math.max(peak, active);
			await new Promise((resolve) => setTimeout(resolve, ms));
			active -= 1;
			finished.push(id);
			return id;
		});
		expect(await Promise.all([task(1, 30), task(2, 10), task(3, 5), task(4, 5)])).toEqual([1, 2, 3, 4]);
		expect(peak).toBe(2);
		expect(finished).toEqual([2, 3, 4, 1]);
	});

	it('frees the slot when a task fails', async () => {
		const limit = createLimiter(1);
		await expect(limit(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
		expect(await limit(async () => 'next')).toBe('next');
	});
});
