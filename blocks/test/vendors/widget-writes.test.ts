/**
 * Cart writes made by a vendor widget are announced like any other cart change: every OTHER vendor
 * hears of them once, and the vendor whose widget made the change is not told of it again.
 */
import { beforeEach, expect, test } from '@jest/globals';
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

type Handler = ( ...args: unknown[] ) => void;

/** Bambuser's embed as far as the cart goes: it keeps the handlers the bundle registers. */
class EmbedStandIn {
	static last: EmbedStandIn | undefined;
	readonly handlers: Record< string, Handler > = {};
	config = {};
	constructor() {
		EmbedStandIn.last = this;
	}
	on( event: string, handler: Handler ) {
		this.handlers[ event ] = handler;
	}
	show() {}
	floatAbove() {}
	updateProduct() {}
}

let shop: Shop;
let vendors: Vendors;

beforeEach( async () => {
	resetPage();
	shop = openShop();
	shop.cart.set( 'a', 1 );
	document.cookie = 'woocommerce_items_in_cart=1';
	installJQuery();
	vendors = vendorStandIns();
	printConfig( {
		...VENDORS,
		bambuser: {
			orgId: 'org',
			region: 'eu',
			queue: '',
			triggers: [],
			checkoutMode: 'same-tab',
			minimize: true,
			checkoutUrl: '/checkout/',
			shareShopper: false,
		},
	} );
	await loadBundles(
		'storefront/index',
		'vendors/oct8ne/widget',
		'vendors/belco/widget',
		'vendors/loymax/widget',
		'vendors/bambuser/widget'
	);
	( window.oct8ne as { update: unknown } ).update = vendors.updates;
	await idleAfterLoad();
} );

test( 'an item the Bambuser agent adds reaches oct8ne, Belco and Loymax once', async () => {
	const changes: unknown[] = [];
	window.commerceBridgeEvents?.on( 'cartChanged', ( e ) =>
		changes.push( e )
	);
	window.onBambuserOneToOneReady?.(
		EmbedStandIn as unknown as Parameters<
			NonNullable< typeof window.onBambuserOneToOneReady >
		>[ 0 ]
	);
	await settle();
	const add = EmbedStandIn.last?.handlers[ 'should-add-item-to-cart' ];
	const answer = await new Promise( ( resolve ) =>
		add?.( { sku: '98' }, resolve )
	);
	await settle();
	expect( answer ).toBe( true );
	expect( shop.cart.get( 'b' ) ).toBe( 1 );
	expect( vendors.updates.mock.calls ).toEqual( [ [ 'cart' ] ] );
	expect( vendors.inits ).toHaveLength( 2 );
	expect( vendors.loymax ).toEqual( [ [ 'cartAdd', 'c-b', 'p-b' ] ] );
	expect( changes ).toEqual( [
		expect.objectContaining( { reason: 'added', source: 'blocks' } ),
	] );
} );

test( "oct8ne's own add reaches Belco and Loymax once and is not told back to oct8ne", async () => {
	const changes: unknown[] = [];
	window.commerceBridgeEvents?.on( 'cartChanged', ( e ) =>
		changes.push( e )
	);
	shop.cart.set( 'b', 1 ); // What oct8ne's widget did through the store's AJAX endpoint.
	(
		window.oct8ne as unknown as { onProductAddedToCart: Handler }
	 ).onProductAddedToCart( '98' );
	await settle();
	expect( vendors.updates ).not.toHaveBeenCalled();
	expect( vendors.inits ).toHaveLength( 2 );
	expect( vendors.loymax ).toEqual( [ [ 'cartAdd', 'c-b', 'p-b' ] ] );
	expect( changes ).toEqual( [
		expect.objectContaining( {
			reason: 'added',
			source: 'vendor',
			origin: 'oct8ne',
		} ),
	] );
} );
