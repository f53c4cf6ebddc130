import { LRUCache } from 'lru-cache';

export interface AttemptLimiterOptions {
	/** Failed attempts a client may make per window. */
	max: number;
	windowMs: number;
	/** Clients remembered at once; the least recently seen are forgotten first. */
	clients: number;
	now?: () => number;
}

export interface AttemptLimiter {
	/** Seconds until `client` may try again; 0 while it is within its budget. */
	retryAfter(client: string): number;
	failed(client: string): void;
}

interface Window {
	start: number;
	count: number;
}

/** Counts failed attempts per client in fixed windows; only failures count, so valid callers are never slowed. */
export function createAttemptLimiter({ max, windowMs, clients, now = Date.now }: AttemptLimiterOptions): AttemptLimiter {
	const windows = new LRUCache<string, Window>({ max: clients });
	const current = (client: string): Window | undefined => {
		const window = windows.get(client);
		return window && now() - window.start < windowMs ? window : undefined;
	};
	return {
		retryAfter(client) {
			const window = current(client);
			return window && window.count >= max ? Math.max(1, Math.ceil((window.start + windowMs - now()) / 1000)) : 0;
		},
		failed(client) {
			const window = current(client);
			if (window) window.count += 1;
			else windows.set(client, { start: now(), count: 1 });
		},
	};
}
