import { expect, type BrowserContext, type Page } from '@playwright/test';
import { EMBED_URLS, recordBambuser } from './bambuser';
import { recordBelco, type BelcoCall } from './belco';
import { callsOf, recorded, serveRecorder, TRACKER_URL } from './loymax';
import { recordOct8ne, WIDGET_URL } from './oct8ne';

/*
 * All four vendors' recorders on one page, and what each vendor was told about the cart: the counts
 * the "reaches every vendor once" tests compare.
 */

/**
 * Serves every vendor's recorder on every page of a context (the test fixture does this for each test:
 * all four vendors are on for the whole run, and no page may reach a vendor's real CDN). A spec that
 * needs one recorder's own handle (its load count, the URLs requested) adds it on the page, which wins.
 */
export async function recordVendors(page: Page | BrowserContext): Promise<void> {
	await recordOct8ne(page);
	await recordBelco(page);
	await serveRecorder(page);
	await recordBambuser(page, 'eu');
}

export type Vendor = 'oct8ne' | 'belco' | 'loymax' | 'bambuser';

const SCRIPTS: Record<Vendor, string | RegExp> = { oct8ne: WIDGET_URL, belco: '**/cdn.belco.io/v2/widget.js', loymax: TRACKER_URL, bambuser: EMBED_URLS.eu };

/**
 * Holds each vendor's script until the one before it in `order` has been served, so the scripts arrive
 * in that order whatever order the page asked for them in; the recorders (context routes) serve them.
 */
export async function serveScriptsInOrder(page: Page, order: Vendor[]): Promise<void> {
	let previous = Promise.resolve();
	for (const vendor of order) {
		const ready = previous;
		let served!: () => void;
		previous = new Promise<void>((resolve) => (served = resolve));
		await page.route(SCRIPTS[vendor], async (route) => {
			await ready;
			await route.fallback();
			served();
		});
	}
}

export interface CartSignals {
	/** oct8ne.update('cart') calls. */
	oct8ne: number;
	/** Belco re-inits: init calls after the page's own (Belco takes the cart only with init). */
	belcoReinits: number;
	/** Loymax cartAdd / cartRemove / cartClear calls, as recorded. */
	loymax: unknown[][];
}

export async function cartSignals(page: Page): Promise<CartSignals> {
	const { oct8ne, belco } = await page.evaluate(() => {
		const w = window as unknown as { __recordedOct8ne?: { updates: string[] }; __recordedBelco?: BelcoCall[] };
		return {
			oct8ne: (w.__recordedOct8ne?.updates ?? []).filter((what) => what === 'cart').length,
			belco: Math.max(0, (w.__recordedBelco ?? []).filter((call) => call.method === 'init').length - 1),
		};
	});
	const loymax = (await recorded(page)).filter((call) => ['cartAdd', 'cartRemove', 'cartClear'].includes(call[0] as string));
	return { oct8ne, belcoReinits: belco, loymax };
}

/** Every vendor has booted on this page: oct8ne's and Bambuser's scripts ran, Belco is initialised, Loymax's tracker ran. */
export async function vendorsReady(page: Page): Promise<void> {
	const missing = () =>
		page.evaluate(() => {
			const w = window as unknown as { __recordedOct8ne?: object; __recordedBelco?: Array<{ method: string }>; __recordedLoymax?: unknown[][]; __bambuser?: { constructed: number } };
			const booted = {
				oct8ne: Boolean(w.__recordedOct8ne),
				belco: Boolean(w.__recordedBelco?.some((call) => call.method === 'init')),
				loymax: Boolean(w.__recordedLoymax?.some((call) => call[0] === 'trackerLoaded')),
				bambuser: w.__bambuser?.constructed === 1,
			};
			return Object.keys(booted).filter((vendor) => !booted[vendor as keyof typeof booted]);
		});
	await expect.poll(missing, { message: 'vendors not booted on this page' }).toEqual([]);
}

/** Loymax's calls for the Beanie under the run's id settings (support/vendors.ts: SKU, category slug). */
export const BEANIE_ADDED = ['cartAdd', 'accessories', 'woo-beanie'];
export const BEANIE_REMOVED = ['cartRemove', 'woo-beanie'];

/** What the vendors hear of one live cart change: one oct8ne update, one Belco re-init, these Loymax calls. */
export const heardOnce = (loymax: unknown[][]): CartSignals => ({ oct8ne: 1, belcoReinits: 1, loymax });

/** Every live vendor heard of a change at least once. */
export const everyVendorHeard = (signals: CartSignals): boolean => signals.oct8ne > 0 && signals.belcoReinits > 0 && signals.loymax.length > 0;

/**
 * The signals once `enough` holds and they stopped changing (three equal readings 300 ms apart, so a
 * duplicate report that follows the first has time to show up). Not a fixed sleep: it ends as soon as
 * it is quiet. When `enough` never holds it answers the last reading after the expect timeout, so the
 * test's own assertion shows what each vendor got.
 */
export async function settledSignals(page: Page, enough: (signals: CartSignals) => boolean = everyVendorHeard): Promise<CartSignals> {
	const readings: string[] = [];
	let last = await cartSignals(page);
	const settled = async () => {
		last = await cartSignals(page);
		readings.push(JSON.stringify(last));
		return readings.length >= 3 && new Set(readings.slice(-3)).size === 1 && enough(last);
	};
	await expect.poll(settled, { intervals: [300] }).toBe(true).catch(() => undefined);
	return last;
}

/** The Loymax cart calls of one kind. */
export function loymaxCalls(signals: CartSignals, kind: string): unknown[][] {
	return callsOf(signals.loymax, kind);
}
