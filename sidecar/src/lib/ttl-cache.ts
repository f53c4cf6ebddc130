/**
 * Caches the result of an async loader for `ttlMs`. Concurrent callers share one in-flight load;
 * a failed load is not cached, so the next call retries.
 */
export function ttlCache<T>(loader: () => Promise<T>, ttlMs: number, now: () => number = Date.now): () => Promise<T> {
	let value: Promise<T> | undefined;
	let loadedAt = 0;
	return () => {
		if (value && now() - loadedAt < ttlMs) return value;
		loadedAt = now();
		const pending = loader();
		value = pending;
		pending.catch(() => {
			if (value === pending) value = undefined;
		});
		return pending;
	};
}
