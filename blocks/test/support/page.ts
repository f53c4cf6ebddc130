/**
 * A storefront page in jsdom for the event source and the vendor bundles: the page config, a
 * stand-in for the page's jQuery event hub, and a shop answering the Store API and our shopper
 * routes from an in-memory cart (answers shaped like WooCommerce 10.1's, see fixtures/).
 */
import { jest } from '@jest/globals';

export const REST = 'https://shop.example/wp-json/';

type Handler = ( ...args: unknown[] ) => void;

/** The sliver of jQuery the storefront uses: on( 'a b', fn ) and trigger( name, args ). */
export function installJQuery(): ( name: string, args?: unknown[] ) => void {
	const handlers = new Map< string, Handler[] >();
	const collection = {
		on( names: string, handler: Handler ) {
			for ( const name of names.split( ' ' ) ) {
				handlers.set( name, [
					...( handlers.get( name ) ?? [] ),
					handler,
				] );
			}
			return collection;
		},
		trigger( name: string, args: unknown[] = [] ) {
			for ( const handler of handlers.get( name ) ?? [] ) {
				handler( { type: name }, ...args );
			}
			return collection;
		},
	};
	( window as unknown as { jQuery: unknown } ).jQuery = () => collection;
	return ( name, args ) => collection.trigger( name, args );
}

function answer( body: unknown, status = 200 ): Response {
	const response = {
		ok: status >= 200 && status < 300,
		status,
		headers: new Map< string, string >(),
		json: async () => JSON.parse( JSON.stringify( body ) ) as unknown,
		text: async () =>
			typeof body === 'string' ? body : JSON.stringify( body ),
		clone: () => response,
	};
	return response as unknown as Response;
}

export interface Shop {
	/** Cart key => quantity; each line's id is its key's char code. */
	cart: Map< string, number >;
	/** Every request: method and path below the REST root (or the full URL elsewhere). */
	requests: Array< { method: string; path: string; nonce?: string } >;
	/** The nonce the shopper routes accept ('' accepts any). */
	nonce: string;
	/** Vendor => the report the plugin's `shopper/order-placed` answers the first request about an order. */
	reports: Partial< Record< CommerceBridgeVendorId, unknown > >;
	/** "vendor:order" pairs that route has claimed. */
	claimed: Set< string >;
	fetch: jest.Mock< typeof window.fetch >;
}

function storeCart( shop: Shop ) {
	return {
		items: [ ...shop.cart ].map( ( [ key, quantity ] ) => ( {
			key,
			id: key.charCodeAt( 0 ),
			quantity,
			name: `Product ${ key }`,
			extensions: {
				'commerce-bridge': {
					loymax: {
						productId: `p-${ key }`,
						categoryId: `c-${ key }`,
					},
				},
			},
		} ) ),
		totals: { currency_code: 'EUR' },
	};
}

function write(
	shop: Shop,
	path: string,
	body: { key?: string; id?: number; quantity?: number }
) {
	const key = body.key ?? String.fromCharCode( body.id ?? 0 );
	if ( path.endsWith( 'remove-item' ) || body.quantity === 0 ) {
		shop.cart.delete( key );
	} else if ( path.endsWith( 'add-item' ) ) {
		shop.cart.set(
			key,
			( shop.cart.get( key ) ?? 0 ) + ( body.quantity ?? 1 )
		);
	} else if ( path.endsWith( 'update-item' ) ) {
		shop.cart.set( key, body.quantity ?? 1 );
	}
}

/**
 * As the plugin's order-placed route: the vendor's report to the first request about an order, then null.
 * @param shop  The shop.
 * @param query `vendor`, `order` and `key`.
 */
function claim( shop: Shop, query: URLSearchParams ): unknown {
	const vendor = query.get( 'vendor' ) as CommerceBridgeVendorId;
	const id = `${ vendor }:${ query.get( 'order' ) ?? '' }`;
	const first = ! shop.claimed.has( id );
	shop.claimed.add( id );
	return first ? ( shop.reports[ vendor ] ?? null ) : null;
}

function route(
	shop: Shop,
	method: string,
	url: URL,
	path: string,
	body: unknown,
	nonce?: string
): Response {
	if ( path === 'wc/store/v1/batch' ) {
		const requests = (
			body as { requests: Array< { path: string; body: object } > }
		 ).requests;
		const responses = requests.map( ( r ) => {
			write( shop, r.path, r.body );
			return { status: 200, body: storeCart( shop ) };
		} );
		return answer( { responses }, 207 );
	}
	if ( path.startsWith( 'wc/store/v1/cart' ) ) {
		if ( method === 'POST' ) {
			write( shop, path, body as object );
		}
		return answer( storeCart( shop ) );
	}
	if ( path.startsWith( 'commerce-bridge/v1/' ) ) {
		if ( shop.nonce && nonce !== shop.nonce ) {
			return answer( { code: 'rest_cookie_invalid_nonce' }, 403 );
		}
		return path.endsWith( '/shopper/order-placed' )
			? answer( { report: claim( shop, url.searchParams ) } )
			: answer( { show: true, config: { cart: storeCart( shop ) } } );
	}
	return answer( 'not found', 404 );
}

export function openShop(): Shop {
	const shop: Shop = {
		cart: new Map(),
		requests: [],
		nonce: '',
		reports: {},
		claimed: new Set(),
		fetch: jest.fn< typeof window.fetch >(),
	};
	shop.fetch.mockImplementation( async ( input, init ) => {
		const url = String( input );
		const method = init?.method ?? 'GET';
		const headers = ( init?.headers ?? {} ) as Record< string, string >;
		if ( url.includes( 'action=rest-nonce' ) ) {
			shop.requests.push( { method, path: url } );
			return answer( 'f4e3d2c1b0' );
		}
		const path = url.startsWith( REST )
			? ( url.slice( REST.length ).split( '?' )[ 0 ] ?? '' )
			: url;
		shop.requests.push( { method, path, nonce: headers[ 'X-WP-Nonce' ] } );
		return route(
			shop,
			method,
			new URL( url, 'https://shop.example/' ),
			path,
			init?.body ? JSON.parse( String( init.body ) ) : undefined,
			headers[ 'X-WP-Nonce' ]
		);
	} );
	window.fetch = shop.fetch;
	return shop;
}

/**
 * The page config of a product page with the given vendors' configs.
 * @param vendors
 */
export function printConfig(
	vendors: CommerceBridgeConfig[ 'vendors' ]
): void {
	window.commerceBridge = {
		restUrl: `${ REST }commerce-bridge/v1/`,
		restNonce: 'page-nonce',
		restNonceUrl:
			'https://shop.example/wp-admin/admin-ajax.php?action=rest-nonce',
		proxyUrl: 'https://shop.example/commerce-bridge/',
		storeApiUrl: `${ REST }wc/store/v1/`,
		currency: 'EUR',
		locale: 'en-US',
		page: { type: 'product', productId: 7 },
		events: [],
		vendors,
	};
}

/** Waits out the idle time after load when the event source learns the first cart (jsdom has no requestIdleCallback). */
export async function idleAfterLoad(): Promise< void > {
	await new Promise( ( resolve ) => setTimeout( resolve, 250 ) );
	await settle();
}

/** Lets timers and pending answers run. */
export async function settle(): Promise< void > {
	for ( let i = 0; i < 5; i++ ) {
		await new Promise( ( resolve ) => setTimeout( resolve, 0 ) );
	}
}

/**
 * Runs bundles (module paths below src/) in this order, as fresh modules.
 * @param {...any} paths
 */
export async function loadBundles( ...paths: string[] ): Promise< void > {
	await jest.isolateModulesAsync( async () => {
		for ( const path of paths ) {
			await import( `../../src/${ path }` );
		}
	} );
}

/** The globals the WP Consent API's page script sets. */
export const CONSENT_API_GLOBALS = [
	'consent_api',
	'wp_has_consent',
	'wp_set_consent',
	'wp_consent_type',
	'wp_fallback_consent_type',
	'waitfor_consent_hook',
];

/** Forgets every global a page run left behind. */
export function resetPage(): void {
	const w = window as unknown as Record< string, unknown >;
	for ( const name of [
		'commerceBridge',
		'commerceBridgeEvents',
		'commerceBridgeBoot',
		'jQuery',
		'oct8ne',
		'Belco',
		'commerceBridgeLoymax',
		'commerceBridgeLoymaxLoaded',
		'loymaxCalls',
		...CONSENT_API_GLOBALS,
	] ) {
		delete w[ name ];
	}
	document.cookie =
		'woocommerce_items_in_cart=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
	document.head.innerHTML = '';
	document.body.innerHTML = '<script></script>';
}
