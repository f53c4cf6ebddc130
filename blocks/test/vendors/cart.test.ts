/**
 * Every cart change from every UI reaches each vendor exactly once: oct8ne.update('cart'), one
 * Belco re-init with the new cart, Loymax add/remove events with the server's ids.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import {
	idleAfterLoad,
	installJQuery,
	loadBundles,
	openShop,
	printConfig,
	resetPage,
	settle,
	type Shop,
} from '../support/page';
import { VENDORS, vendorStandIns, type Vendors } from '../support/vendors';

let shop: Shop;
let trigger: ReturnType< typeof installJQuery >;
let vendors: Vendors;

async function openPage( order: string[] ): Promise< void > {
	await loadBundles( ...order );
	if ( window.oct8ne ) {
		window.oct8ne.update = vendors.updates;
	}
	await idleAfterLoad();
}

beforeEach( () => {
	resetPage();
	shop = openShop();
	shop.cart.set( 'a', 1 );
	document.cookie = 'woocommerce_items_in_cart=1';
	trigger = installJQuery();
	vendors = vendorStandIns();
	printConfig( VENDORS );
} );

const STORE = 'https://shop.example/wp-json/wc/store/v1/';
const post = ( path: string, body: object ) =>
	window.fetch( STORE + path, {
		method: 'POST',
		body: JSON.stringify( body ),
	} );
/** What the Mini-Cart and block Cart do after any change: read the cart again. */
const refetch = () => window.fetch( STORE + 'cart' );

const ACTIONS: Array<
	[ string, () => Promise< unknown > | void, unknown[][] ]
> = [
	[
		'block Cart quantity change',
		async () => (
			await post( 'cart/update-item', { key: 'a', quantity: 3 } ),
			refetch()
		 ),
		[ [ 'cartAdd', 'c-a', 'p-a' ] ],
	],
	[
		'Mini-Cart removal',
		async () => (
			await post( 'cart/remove-item', { key: 'a' } ),
			refetch()
		 ),
		[ [ 'cartRemove', 'p-a' ] ],
	],
	[
		'product button add (batch)',
		() =>
			post( 'batch', {
				requests: [
					{
						path: '/wc/store/v1/cart/add-item',
						body: { id: 98, quantity: 1 },
					},
				],
			} ),
		[ [ 'cartAdd', 'c-b', 'p-b' ] ],
	],
	[
		'classic AJAX add, re-dispatched to the Mini-Cart',
		() => {
			shop.cart.set( 'b', 1 );
			trigger( 'added_to_cart', [ {}, 'hash', [] ] );
			return refetch();
		},
		[ [ 'cartAdd', 'c-b', 'p-b' ] ],
	],
	[
		'classic cart update form',
		() => {
			shop.cart.set( 'a', 3 );
			trigger( 'updated_wc_div' );
			trigger( 'updated_cart_totals' );
		},
		[ [ 'cartAdd', 'c-a', 'p-a' ] ],
	],
	[
		'classic cart emptied',
		() => {
			shop.cart.clear();
			trigger( 'wc_cart_emptied' );
			trigger( 'updated_wc_div' );
			trigger( 'item_removed_from_classic_cart' );
		},
		[ [ 'cartRemove', 'p-a' ] ],
	],
	[
		'widget write announced with refreshCartUi',
		() => {
			shop.cart.set( 'b', 2 );
			window.commerceBridgeEvents?.refreshCartUi();
		},
		[ [ 'cartAdd', 'c-b', 'p-b' ] ],
	],
];

describe.each( [
	[
		'storefront first',
		[
			'storefront/index',
			'vendors/oct8ne/widget',
			'vendors/belco/widget',
			'vendors/loymax/widget',
		],
	],
	[
		'vendors first, in reverse',
		[
			'vendors/loymax/widget',
			'vendors/belco/widget',
			'vendors/oct8ne/widget',
			'storefront/index',
		],
	],
] )( 'scripts loaded %s', ( _name, order ) => {
	test.each( ACTIONS )(
		'%s reaches each vendor once',
		async ( _action, act, loymax ) => {
			await openPage( order );
			await act();
			await settle();
			expect( vendors.updates.mock.calls ).toEqual( [ [ 'cart' ] ] );
			expect( vendors.inits ).toHaveLength( 2 );
			expect( vendors.inits[ 1 ] ).toMatchObject( {
				shopId: 'shop-1',
				cart: {
					items: [ ...shop.cart ].map( ( [ key, quantity ] ) => ( {
						key,
						quantity,
					} ) ),
				},
			} );
			expect( vendors.loymax ).toEqual( loymax );
		}
	);
} );

describe( 'no change, no vendor call', () => {
	test.each( [
		[ 'a Mini-Cart read', () => refetch() ],
		[
			'refreshCartUi after a wishlist add',
			() => window.commerceBridgeEvents?.refreshCartUi(),
		],
		[
			'a coupon applied',
			() => post( 'cart/apply-coupon', { code: 'x' } ),
		],
	] )( '%s', async ( _name, act ) => {
		await openPage( [
			'storefront/index',
			'vendors/oct8ne/widget',
			'vendors/belco/widget',
			'vendors/loymax/widget',
		] );
		await act();
		await settle();
		expect( vendors.updates ).not.toHaveBeenCalled();
		expect( vendors.inits ).toHaveLength( 1 );
		expect( vendors.loymax ).toEqual( [] );
	} );
} );

test( 'classic signals of one change cost one cart read', async () => {
	await openPage( [ 'storefront/index' ] );
	const reads = () =>
		shop.requests.filter( ( r ) => r.path === 'wc/store/v1/cart' ).length;
	const before = reads();
	shop.cart.set( 'a', 2 );
	trigger( 'updated_wc_div' );
	trigger( 'updated_cart_totals' );
	await settle();
	expect( reads() - before ).toBe( 1 );
} );

test( 'an empty cart needs no read when the page loads', async () => {
	document.cookie =
		'woocommerce_items_in_cart=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
	shop.cart.clear();
	await openPage( [ 'storefront/index' ] );
	expect( shop.requests ).toEqual( [] );
} );

describe( 'the first cart of a page with items', () => {
	const reads = () =>
		shop.requests.filter( ( r ) => r.path === 'wc/store/v1/cart' ).length;

	test( 'is read once when the page loaded and nothing else read it', async () => {
		await openPage( [ 'storefront/index' ] );
		expect( reads() ).toBe( 1 );
	} );

	test( "comes from WooCommerce's own read: no second request of ours", async () => {
		await loadBundles( 'storefront/index' );
		await refetch(); // What the product collection and Mini-Cart do on product and shop pages.
		await idleAfterLoad();
		expect( reads() ).toBe( 1 );
		const changes: unknown[] = [];
		window.commerceBridgeEvents?.subscribe(
			( event ) => event.type === 'cartChanged' && changes.push( event )
		);
		await post( 'cart/update-item', { key: 'a', quantity: 2 } );
		await settle();
		expect( changes ).toEqual( [
			expect.objectContaining( { reason: 'added', source: 'blocks' } ),
		] );
	} );
} );
