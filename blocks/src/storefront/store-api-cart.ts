/**
 * The cart in WooCommerce Store API answers (`/wc/store/v1/cart…` and `/wc/store/v1/batch`), which
 * the block Cart, Mini-Cart, product buttons, checkout and widgets all use in WooCommerce 10.
 */
import type { CartLine, CartSnapshot } from './types';

/** This plugin's namespace in the Store API's `extensions` (plugin/src/Frontend/CartExtension.php). */
export const EXTENSION_NAMESPACE = 'commerce-bridge';

const ROUTE = /^\/wc\/store(?:\/v\d+)?\/(cart(?:\/[a-z-]+)?|batch)\/?$/;

type Json = Record< string, unknown >;

function isObject( value: unknown ): value is Json {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}

/**
 * The Store API route of a request URL (`cart`, `cart/add-item`, `batch`, …), or null for any other
 * URL. Pretty (`/wp-json/wc/store/v1/cart`) and plain (`?rest_route=/wc/store/v1/cart`) permalinks.
 * @param url  Request URL, absolute or relative.
 * @param base The page's URL.
 */
export function storeApiRoute( url: string, base: string ): string | null {
	let parsed: URL;
	try {
		parsed = new URL( url, base );
	} catch {
		return null;
	}
	if ( parsed.origin !== new URL( base ).origin ) {
		return null;
	}
	const path =
		parsed.searchParams.get( 'rest_route' ) ??
		parsed.pathname.replace( /^.*?\/wp-json(?=\/)/, '' );
	return ROUTE.exec( path )?.[ 1 ] ?? null;
}

function lineOf( item: unknown ): CartLine | null {
	if ( ! isObject( item ) ) {
		return null;
	}
	const { key, id, quantity, name, extensions } = item;
	if (
		typeof key !== 'string' ||
		! Number.isInteger( id ) ||
		! Number.isInteger( quantity )
	) {
		return null;
	}
	const bridge =
		isObject( extensions ) && isObject( extensions[ EXTENSION_NAMESPACE ] )
			? extensions[ EXTENSION_NAMESPACE ]
			: {};
	return {
		key,
		id: id as number,
		quantity: quantity as number,
		name: typeof name === 'string' ? name : '',
		bridge,
	};
}

/**
 * A Store API cart object as a snapshot; null when it is not a cart (an error, a checkout answer).
 * @param body A decoded JSON body.
 */
export function parseCart( body: unknown ): CartSnapshot | null {
	if (
		! isObject( body ) ||
		! Array.isArray( body.items ) ||
		! isObject( body.totals )
	) {
		return null;
	}
	const lines = body.items.map( lineOf );
	return lines.every( ( line ) => line !== null )
		? { lines: lines as CartLine[] }
		: null;
}

/**
 * The cart after a Store API request: a cart route's body, or the last cart among a batch's
 * answers (each batch entry is one cart request, applied in order).
 * @param route The route (see storeApiRoute).
 * @param body  The decoded JSON body.
 */
export function cartFromAnswer(
	route: string,
	body: unknown
): CartSnapshot | null {
	if ( route !== 'batch' ) {
		return parseCart( body );
	}
	const responses =
		isObject( body ) && Array.isArray( body.responses )
			? body.responses
			: [];
	let cart: CartSnapshot | null = null;
	for ( const response of responses ) {
		cart =
			( isObject( response ) ? parseCart( response.body ) : null ) ??
			cart;
	}
	return cart;
}
