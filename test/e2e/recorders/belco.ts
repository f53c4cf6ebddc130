import type { BrowserContext, Page } from '@playwright/test';

/** One call the page made on the Belco API, arguments JSON-cloned. */
export interface BelcoCall {
	method: string;
	args: unknown[];
}

/**
 * Stands in for //cdn.belco.io/v2/widget.js (unreachable here): it replaces the loader's stubs with
 * recorders and replays the queued calls, as the real widget drains `_q`. The tests assert on
 * `window.__recordedBelco`.
 */
const RECORDER = `(function () {
	var name = window.belcoFunction || 'Belco';
	var api = window[name];
	var calls = (window.__recordedBelco = []);
	var queued = api._q.slice();
	api._q = [];
	['init', 'sync', 'track', 'page', 'open', 'close', 'toggle', 'on', 'once', 'off', 'anonymousId',
	 'customer', 'reset', 'sendMessage', 'getConversationId'].forEach(function (method) {
		api[method] = function () {
			calls.push({ method: method, args: JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments))) });
			return api;
		};
	});
	queued.forEach(function (call) { api[call[0]].apply(api, call.slice(1)); });
})();`;

/** Serves the recorder for the widget script on every page of this context; counts script loads. */
export async function recordBelco(page: Page | BrowserContext): Promise<{ loads: () => number }> {
	let loads = 0;
	await page.route('**/cdn.belco.io/v2/widget.js', (route) => {
		loads += 1;
		return route.fulfill({ status: 200, contentType: 'text/javascript', body: RECORDER });
	});
	return { loads: () => loads };
}

/** The calls recorded so far on this page. */
export function belcoCalls(page: Page): Promise<BelcoCall[]> {
	return page.evaluate(() => (window as unknown as { __recordedBelco?: BelcoCall[] }).__recordedBelco ?? []);
}
