/**
 * What vendor bundles import: typed access to the shared event source and page config through
 * their globals, and the one client for this plugin's shopper routes. Every bundle is built
 * separately, so importing events.ts here would start a second event source; this module only
 * reads what the storefront bundle published.
 */
import type { CommerceBridgeEvents } from './types';

export type * from './types';

type VendorConfig< V extends CommerceBridgeVendorId > = NonNullable<
	CommerceBridgeConfig[ 'vendors' ][ V ]
>;

/** The shared event source, once the storefront bundle has run. */
export function storefrontEvents(): CommerceBridgeEvents | undefined {
	return window.commerceBridgeEvents;
}

/**
 * This vendor's public config, or undefined when the vendor is not enabled on this page.
 * @param vendor The vendor's id.
 */
export function vendorConfig< V extends CommerceBridgeVendorId >(
	vendor: V
): VendorConfig< V > | undefined {
	return window.commerceBridge?.vendors[ vendor ] ?? undefined;
}

/**
 * Runs a vendor bootstrap only when the plugin printed that vendor's config: a disabled vendor
 * costs nothing but this check. WordPress loads the storefront bundle first, but optimisers may
 * reorder deferred scripts: a vendor that runs first is queued and started by the storefront bundle.
 *
 * @param vendor The vendor's id.
 * @param start  The vendor's bootstrap.
 */
export function bootVendor< V extends CommerceBridgeVendorId >(
	vendor: V,
	start: ( config: VendorConfig< V >, events: CommerceBridgeEvents ) => void
): void {
	const run = ( events: CommerceBridgeEvents ) => {
		const config = vendorConfig( vendor );
		if ( config ) {
			start( config, events );
		}
	};
	const events = storefrontEvents();
	if ( events ) {
		run( events );
	} else {
		( window.commerceBridgeBoot ??= [] ).push( run );
	}
}

let nonce: string | undefined;

/**
 * WordPress's answer to an expired nonce (a page from a cache, a login in another tab).
 * @param response
 */
async function isStaleNonce( response: Response ): Promise< boolean > {
	if ( response.status !== 403 ) {
		return false;
	}
	const body = ( await response
		.clone()
		.json()
		.catch( () => null ) ) as {
		code?: unknown;
	} | null;
	return body?.code === 'rest_cookie_invalid_nonce';
}

/**
 * A fresh wp_rest nonce from WordPress's own endpoint (as api-fetch does); '' for guests.
 * @param url
 */
async function freshNonce( url: string ): Promise< string > {
	const response = await fetch( url, {
		credentials: 'same-origin',
		cache: 'no-store',
	} );
	const text = response.ok ? ( await response.text() ).trim() : '';
	return /^[a-f0-9]{10}$/.test( text ) ? text : '';
}

function get( url: string, token: string ): Promise< Response > {
	return fetch( url, {
		credentials: 'same-origin',
		cache: 'no-store',
		headers: {
			Accept: 'application/json',
			...( token ? { 'X-WP-Nonce': token } : {} ),
		},
	} );
}

/**
 * GET one of this plugin's shopper routes (plugin/src/Frontend/ShopperRoute.php) as the visitor.
 * Every identity-bearing call authenticates the same way, WordPress's: the login cookie plus the
 * wp_rest nonce as `X-WP-Nonce` (without it WordPress serves a logged-in customer as a guest, and
 * the route refuses). Answers null when the route fails or the body is not what `parse` accepts.
 *
 * @param route Route below `commerce-bridge/v1/`, e.g. "belco/widget".
 * @param parse Validates the body.
 */
export async function shopperGet< T >(
	route: string,
	parse: ( body: unknown ) => T | null
): Promise< T | null > {
	const config = window.commerceBridge;
	if ( ! config ) {
		return null;
	}
	const url = config.restUrl + route;
	try {
		nonce ??= config.restNonce;
		let response = await get( url, nonce );
		if ( await isStaleNonce( response ) ) {
			nonce = await freshNonce( config.restNonceUrl );
			response = await get( url, nonce );
		}
		return response.ok ? parse( await response.json() ) : null;
	} catch {
		return null;
	}
}
