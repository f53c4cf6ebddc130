import { createLimiter } from '../../src/lib/limiter';

/** A task whose end the test decides (no timers: the order must not depend on the machine's load). */
function deferred(): { promise: Promise<void>; finish: () => void } {
	let finish = () => undefined as void;
	const promise = new Promise<void>((resolve) => (finish = resolve));
	return { promise, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createLimiter', () => {
	it('runs at most max tasks at once and the rest in arrival order', async () => {
		const limit = createLimiter(2);
		const started: number[] = [];
		const gates = [deferred(), deferred(), deferred(), deferred()];
		const results = gates.map((gate, id) => limit(async () => {
			started.push(id);
			await gate.promise;
			return id;
		}));
		await tick();
		expect(started).toEqual([0, 1]);
		gates[1]!.finish();
		await tick();
		expect(started).toEqual([0, 1, 2]);
		gates[2]!.finish();
		await tick();
		expect(started).toEqual([0, 1, 2, 3]);
		gates[0]!.finish();
		gates[3]!.finish();
		expect(await Promise.all(results)).toEqual([0, 1, 2, 3]);
	});

	it('frees the slot when a task fails', async () => {
		const limit = createLimiter(1);
		await expect(limit(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
		expect(await limit(async () => 'next')).toBe('next');
	});
});
