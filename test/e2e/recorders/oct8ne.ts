import type { BrowserContext, Page } from '@playwright/test';

/**
 * Recording stand-ins for oct8ne's CDN scripts (unreachable here). The widget script records the
 * properties our bootstrap set on the global `oct8ne` element and every `oct8ne.update()` call into
 * `window.__recordedOct8ne`; the sale-notification script records its own element.
 */

export interface RecordedOct8ne {
	/** Own properties of the `oct8ne` element when the script ran. */
	props: Record<string, unknown>;
	hasCurrentProduct: boolean;
	callbacks: { cart: string; wishList: string };
	/** The element was the document's first script and is the running script. */
	firstScript: boolean;
	currentScript: boolean;
	updates: string[];
}

export interface RecordedSale {
	id: string;
	src: string;
}

export const WIDGET_URL = /^https:\/\/static(-eu)?\.oct8ne\.com\/api\/v2\/oct8ne\.js\?\d+$/;
export const SALE_URL = /^https:\/\/static(-eu)?\.oct8ne\.com\/api\/source\/js\/ext\/sale-notification\.js\?/;

const PROPERTIES = ['server', 'license', 'baseUrl', 'checkoutUrl', 'loginUrl', 'checkoutSuccessUrl', 'locale', 'currencyCode', 'apiVersion', 'currentProduct', 'type', 'async', 'src'];

const WIDGET_SCRIPT = `(function () {
	var el = window.oct8ne, props = {};
	${JSON.stringify(PROPERTIES)}.forEach(function (key) { if (el[key] !== undefined) props[key] = el[key]; });
	var recorded = window.__recordedOct8ne = {
		props: props,
		hasCurrentProduct: Object.prototype.hasOwnProperty.call(el, 'currentProduct'),
		callbacks: { cart: typeof el.onProductAddedToCart, wishList: typeof el.onProductAddedToWishList },
		firstScript: document.getElementsByTagName('script')[0] === el,
		currentScript: document.currentScript === el,
		updates: []
	};
	el.update = function (what) { recorded.updates.push(what); };
})();`;

const SALE_SCRIPT = `(window.__recordedOct8neSales = window.__recordedOct8neSales || []).push({ id: document.currentScript.id, src: document.currentScript.src });`;

/** Serves the recorders for oct8ne's script URLs; returns the URLs the page requested. */
export async function recordOct8ne(page: Page | BrowserContext): Promise<string[]> {
	const requested: string[] = [];
	const serve = (body: string) => async (route: import('@playwright/test').Route) => {
		requested.push(route.request().url());
		await route.fulfill({ status: 200, contentType: 'application/javascript', body });
	};
	await page.route(WIDGET_URL, serve(WIDGET_SCRIPT));
	await page.route(SALE_URL, serve(SALE_SCRIPT));
	return requested;
}

export async function recordedOct8ne(page: Page): Promise<RecordedOct8ne> {
	await page.waitForFunction(() => '__recordedOct8ne' in window);
	return page.evaluate(() => (window as unknown as { __recordedOct8ne: RecordedOct8ne }).__recordedOct8ne);
}

export async function recordedSales(page: Page): Promise<RecordedSale[]> {
	return page.evaluate(() => (window as unknown as { __recordedOct8neSales?: RecordedSale[] }).__recordedOct8neSales ?? []);
}
