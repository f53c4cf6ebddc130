import { SNIPPET, TEMPLATES } from '../recorders/loymax';
import type { Admin } from './wordpress';

/*
 * Every vendor is on for the whole run, with values the recorders understand: the storefront always
 * runs all four bundles at once, in whatever order their scripts arrive, as on a real shop. The global
 * set-up saves these and the teardown restores what was there; a spec only changes a setting its own
 * behaviour needs, briefly, inside withVendorSettings (and never one another spec asserts on).
 */

export const OCT8NE = { enabled: true, license: 'E2E0C8NE0000000000000000000000A1', region: 'eu', server: '', staticServer: '' };

/** Not hex, not a fixed length: nothing may assume what a secret looks like. */
export const BELCO = { enabled: true, shopId: 'e2e-belco-shop', shopSecret: 'E2E belco/secret+äöü=', hashIdentity: 'id' };

export const LOYMAX = {
	enabled: true,
	shopId: '4711',
	eventSourceId: 'e2e-shop',
	trackerSnippet: SNIPPET,
	...TEMPLATES,
	userIdMode: 'email',
	productIdMode: 'sku',
	categoryIdMode: 'slug',
	orderIdMode: 'id',
	sectionMap: [{ match: '/product/*', pageName: 'product_pages' }],
	cleanupAfterOrder: true,
	cleanupOnLogout: false,
};

export const BAMBUSER = { enabled: true, orgId: 'org-e2e-1', region: 'eu', queue: 'Shoes', triggers: ['smart'], checkoutMode: 'same-tab', minimize: true, shareShopper: true };

const RUN_SETTINGS = { oct8ne: OCT8NE, belco: BELCO, loymax: LOYMAX, bambuser: BAMBUSER };

/** Saves the run's settings for every vendor; the answer restores the previous ones. */
export async function enableEveryVendor(admin: Admin): Promise<() => Promise<void>> {
	const restores: Array<() => Promise<void>> = [];
	for (const [vendor, values] of Object.entries(RUN_SETTINGS)) restores.push(await admin.setVendorSettings(vendor, values));
	return async () => {
		for (const restore of restores.reverse()) await restore();
	};
}
