/**
 * The vendors' own scripts as stand-ins that record what the vendor bundles tell them, and the page
 * config that turns oct8ne, Belco and Loymax on (Loymax with cart templates that record their calls).
 */
import { jest } from '@jest/globals';

export const VENDORS = {
	oct8ne: {
		license: 'L',
		server: 's/',
		staticServer: 'static.example/',
		loading: 'immediate',
		loadDelay: 0,
	},
	belco: { shopId: 'shop-1' },
	loymax: {
		shopId: '1',
		eventSourceId: '',
		events: [],
		templates: {
			cartAdd:
				'{"call": "loymaxCalls.push", "args": [["cartAdd", "{CATEGORY_ID}", "{PRODUCT_ID}"]]}',
			cartRemove:
				'{"call": "loymaxCalls.push", "args": [["cartRemove", "{PRODUCT_ID}"]]}',
		},
	},
} as unknown as CommerceBridgeConfig[ 'vendors' ];

export interface Vendors {
	updates: jest.Mock;
	/** Belco.init configs: the page's own, then one per re-init. */
	inits: unknown[];
	loymax: unknown[][];
}

/** What the vendors' own scripts would provide once loaded. */
export function vendorStandIns(): Vendors {
	const vendors: Vendors = { updates: jest.fn(), inits: [], loymax: [] };
	const belco = Object.assign( () => undefined, {
		_q: [],
		load: ( done: () => void ) => done(),
		init: ( config: unknown ) => vendors.inits.push( config ),
		reset: () => undefined,
		track: () => undefined,
	} );
	Object.assign( window, {
		Belco: belco,
		loymaxCalls: vendors.loymax,
		commerceBridgeLoymaxLoaded: true,
	} );
	return vendors;
}
