/**
 * The one client for this plugin's shopper routes, part of the storefront core: vendor bundles reach it
 * through `window.commerceBridgeEvents.shopperGet` (storefront/client.ts), so it is built once, not
 * into every bundle that calls a shopper route.
 */
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
 * The URL of `commerce-bridge/v1/shopper/<what>` with its query, under pretty or plain permalinks.
 * @param restUrl The plugin's REST root (`…/wp-json/commerce-bridge/v1/` or `…?rest_route=/commerce-bridge/v1/`).
 * @param what    What to ask.
 * @param query   Query parameters.
 */
export function shopperUrl(
	restUrl: string,
	what: string,
	query: Record< string, string >
): string {
	const search = new URLSearchParams( query ).toString();
	const separator = restUrl.includes( '?' ) ? '&' : '?';
	return `${ restUrl }shopper/${ what }${ search ? separator + search : '' }`;
}

/**
 * GET one of this plugin's shopper routes, `commerce-bridge/v1/shopper/<what>`
 * (plugin/src/Frontend/ShopperRoute.php), as the visitor: the one way the storefront asks about the
 * shopper after page load. Every call authenticates the same way, WordPress's: the login cookie plus
 * the wp_rest nonce as `X-WP-Nonce` (without it WordPress serves a logged-in customer as a guest, and
 * the route refuses). Answers null when the route fails (a bad query answers 400) or the body is not
 * what `parse` accepts.
 *
 * @param what  What to ask, e.g. "belco-widget".
 * @param parse Validates the body.
 * @param query Query parameters, checked by the route.
 */
export async function shopperGet< T >(
	what: string,
	parse: ( body: unknown ) => T | null,
	query: Record< string, string > = {}
): Promise< T | null > {
	const config = window.commerceBridge;
	if ( ! config ) {
		return null;
	}
	const url = shopperUrl( config.restUrl, what, query );
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
