/**
 * Runs at most `max` tasks at once, the rest in arrival order. Heavy requests that all progress at once
 * share the CPU and finish together, late; queued, they finish one after another, the first ones soon.
 */
export function createLimiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
	let running = 0;
	const waiting: Array<() => void> = [];
	// A finishing task hands its slot straight to the next waiter, so a newcomer cannot jump the queue.
	const release = () => {
		const wake = waiting.shift();
		if (wake) wake();
		else running -= 1;
	};
	return async (task) => {
		if (running < max) running += 1;
		else await new Promise<void>((resolve) => waiting.push(resolve));
		try {
			return await task();
		} finally {
			release();
		}
	};
}
