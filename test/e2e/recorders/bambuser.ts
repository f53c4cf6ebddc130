import type { BrowserContext, Page } from '@playwright/test';

export const EMBED_URLS = {
	eu: 'https://one-to-one.bambuser.com/eu/embed.js',
	us: 'https://one-to-one.bambuser.com/embed.js',
} as const;

/** A hydration builder chain as plain data: `args` given to the maker, `set` each setter's value. */
export interface BuiltNode {
	args: unknown[];
	set: Record<string, unknown>;
}

/** What the stand-in saw; everything JSON-clean so `page.evaluate` can return it. */
export interface BambuserRecording {
	readyDefinedBeforeLoad: boolean;
	constructed: number;
	options: Record<string, unknown> | null;
	handlers: string[];
	callbacks: Array<{ event: string; value: unknown }>;
	products: Record<string, { data?: BuiltNode; error?: string }>;
	floatAbove: string[];
	shows: number;
}

/**
 * Stands in for Bambuser's One-to-One loader (unreachable here): a minimal BambuserOneToOneEmbed that
 * records its options, its handlers, every callback value and every hydration builder chain, and a
 * test hook `__bambuser.fire(event, payload)` that calls the page's handler like Bambuser would.
 */
const RECORDER = `(function () {
	var BUILDER = typeof Symbol === 'function' ? Symbol('builder') : '__builder';
	function builder(args) {
		var data = { args: args, set: {} };
		var proxy = new Proxy(function () {}, {
			get: function (_t, name) {
				if (name === BUILDER) return data;
				return function () {
					var values = Array.prototype.slice.call(arguments).map(plain);
					data.set[name] = values.length === 1 ? values[0] : values;
					return proxy;
				};
			},
			apply: function (_t, _self, ids) { return builder(ids); }
		});
		return proxy;
	}
	function plain(value) {
		if (typeof value === 'function' && value[BUILDER]) return value[BUILDER];
		if (typeof value === 'function') return plain(value(builder([])));
		if (Array.isArray(value)) return value.map(plain);
		return value;
	}
	var rec = (window.__bambuser = {
		readyDefinedBeforeLoad: typeof window.onBambuserOneToOneReady === 'function',
		constructed: 0, options: null, handlers: [], callbacks: [], products: {}, floatAbove: [], shows: 0,
		on: {}, instance: null
	});
	function BambuserOneToOneEmbed(options) {
		rec.constructed += 1;
		rec.options = JSON.parse(JSON.stringify(options));
		rec.optionsRaw = options;
		this.config = options;
		rec.instance = this;
	}
	BambuserOneToOneEmbed.prototype.on = function (event, handler) {
		rec.handlers.push(event);
		rec.on[event] = handler;
	};
	BambuserOneToOneEmbed.prototype.show = function () { rec.shows += 1; };
	BambuserOneToOneEmbed.prototype.floatAbove = function (url) { rec.floatAbove.push(url); };
	BambuserOneToOneEmbed.prototype.updateProduct = function (id, build) {
		try { rec.products[id] = { data: plain(build(builder([]))) }; }
		catch (error) { rec.products[id] = { error: String(error && error.message) }; }
	};
	/** Calls the handler; resolves with the callback value (cart), the search answer, or undefined. */
	rec.fire = function (event, payload) {
		return new Promise(function (resolve, reject) {
			var handler = rec.on[event];
			if (!handler) return reject(new Error('no handler for ' + event));
			var calls = 0;
			if (event === 'should-add-item-to-cart' || event === 'should-update-item-in-cart') {
				handler(payload, function (value) {
					calls += 1;
					rec.callbacks.push({ event: event, value: calls === 1 ? value : { calledAgain: value } });
					resolve(value);
				});
			} else if (event === 'provide-search-data') {
				handler(payload, function (build) { resolve(plain(build(builder([])))); });
			} else {
				handler(payload);
				resolve(undefined);
			}
		});
	};
	window.BambuserOneToOneEmbed = BambuserOneToOneEmbed;
	if (typeof window.onBambuserOneToOneReady === 'function') window.onBambuserOneToOneReady(BambuserOneToOneEmbed);
})();`;

/** Serves the recorder at the region's loader URL (and 404 at the other region's); counts loads. */
/** Serves on a page, or on every page of a context. */
export async function recordBambuser(page: Page | BrowserContext, region: keyof typeof EMBED_URLS = 'eu'): Promise<{ loads: () => number }> {
	let loads = 0;
	for (const [key, url] of Object.entries(EMBED_URLS)) {
		await page.route(url, (route) => {
			if (key !== region) return route.fulfill({ status: 404, body: '' });
			loads += 1;
			return route.fulfill({ status: 200, contentType: 'text/javascript', body: RECORDER });
		});
	}
	return { loads: () => loads };
}

/** The recording of the current page, once the page has created its embed. */
export async function recording(page: Page): Promise<BambuserRecording> {
	await page.waitForFunction(() => (window as unknown as { __bambuser?: { constructed: number } }).__bambuser?.constructed === 1);
	return page.evaluate(() => {
		const { fire: _fire, on: _on, instance: _instance, optionsRaw: _raw, ...rest } = (window as unknown as { __bambuser: Record<string, unknown> }).__bambuser;
		return JSON.parse(JSON.stringify(rest)) as BambuserRecording;
	});
}

/** Fires an embed event as Bambuser would and answers what the page's handler gave back. */
export async function fire(page: Page, event: string, payload: unknown): Promise<unknown> {
	await recording(page);
	return page.evaluate(
		({ name, data }) => (window as unknown as { __bambuser: { fire: (e: string, p: unknown) => Promise<unknown> } }).__bambuser.fire(name, data),
		{ name: event, data: payload },
	);
}

/** A `purchase` call of Bambuser's tracking library. */
export interface TrackedPurchase { event: string; data: { purchase: { id: string; total: number; currency: string }; products: Array<{ id: string; quantity: number; price: number }> } }

/** Stands in for Bambuser's tracking library (`window._bambuser.track`) on every page of this tab, recording its calls. */
export async function recordPurchases(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __tracked: unknown[]; _bambuser: object };
		w.__tracked = [];
		w._bambuser = { track: (event: string, data: unknown) => void w.__tracked.push({ event, data }) };
	});
}

/** The `_bambuser.track` calls of the current page. */
export function trackedPurchases(page: Page): Promise<TrackedPurchase[]> {
	return page.evaluate(() => (window as unknown as { __tracked: TrackedPurchase[] }).__tracked);
}
