import type { BrowserContext, Page } from '@playwright/test';

/**
 * A RECORDING stand-in for the Loymax tracker (the real snippet and call syntax are not public). The
 * test's snippet records that it ran, installs a queue stub `window.lmxTest` and loads
 * TRACKER_URL — a test-only URL the plugin never names — which this route answers with a script that
 * records its own arrival and then every call, in order, into `window.__recordedLoymax`.
 */
export const TRACKER_URL = 'https://tracker.loymax.test/tracker.js';

export type Recorded = unknown[][];

export const SNIPPET = [
	'window.__recordedLoymax = window.__recordedLoymax || [];',
	"window.__recordedLoymax.push(['loader', {SHOP_ID}, {ESRC_ID}]);",
	'window.lmxTest = window.lmxTest || { q: [], push: function (call) { this.q.push(call); } };',
	"var lmxScript = document.createElement('script');",
	`lmxScript.async = true; lmxScript.src = '${TRACKER_URL}';`,
	'document.head.appendChild(lmxScript);',
].join('\n');

/** A call (the JSON call language) pushing `[kind, ...placeholders]` to the stub. */
const push = (kind: string, ...placeholders: string[]) =>
	JSON.stringify({ call: 'lmxTest.push', args: [[kind, ...placeholders.map((name) => `{${name}}`)]] });

/** One call template per event; each records its kind and its string arguments. */
export const TEMPLATES: Record<string, string> = {
	templateAuth: push('auth', 'USER_ID'),
	templateSection: push('section', 'PAGE_NAME'),
	templateCategory: push('category', 'CATEGORY_ID'),
	templateProduct: push('product', 'CATEGORY_ID', 'PRODUCT_ID'),
	templateCartAdd: push('cartAdd', 'CATEGORY_ID', 'PRODUCT_ID'),
	templateCartRemove: push('cartRemove', 'PRODUCT_ID'),
	templateCartClear: push('cartClear'),
	templateCheckout: push('checkout', 'ORDER_ID'),
	templateCustom: push('custom', 'EVENT_NAME'),
};

const RECORDER = `(function () {
	var recorded = window.__recordedLoymax = window.__recordedLoymax || [];
	recorded.push(['trackerLoaded']);
	var queued = (window.lmxTest && window.lmxTest.q) || [];
	window.lmxTest = { push: function (call) { recorded.push(call); } };
	queued.forEach(window.lmxTest.push);
})();`;

/** Serves the recorder at TRACKER_URL for this page. */
export async function serveRecorder(page: Page | BrowserContext): Promise<void> {
	await page.route(TRACKER_URL, (route) => route.fulfill({ status: 200, contentType: 'application/javascript', body: RECORDER }));
}

export async function recorded(page: Page): Promise<Recorded> {
	return page.evaluate(() => (window as unknown as { __recordedLoymax?: unknown[][] }).__recordedLoymax ?? []);
}

/** The recorded calls of one kind. */
export function callsOf(calls: Recorded, kind: string): Recorded {
	return calls.filter((call) => call[0] === kind);
}
