/**
 * Bambuser's purchase bundle subscribes to the storefront's `orderPlaced` (storefront/client.ts
 * reportOrder): once Bambuser's tracking library is there it asks the shopper route `order-placed` for
 * its report and tracks `purchase` with it, once per order; without the tracker it asks nothing.
 */
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals';
import {
	loadBundles,
	openShop,
	printConfig,
	resetPage,
	settle,
	type Shop,
} from '../../support/page';

const PURCHASE = {
	purchase: { id: '218', currency: 'EUR', total: 18 },
	products: [ { id: '15', quantity: 1, price: 18 } ],
};

const BAMBUSER = {
	bambuser: { orgId: 'org', region: 'eu', triggers: [] },
} as unknown as CommerceBridgeConfig[ 'vendors' ];

let shop: Shop;
let tracked: jest.Mock;

/** The page's requests to the order-placed route, as query parameters. */
const asked = () =>
	shop.fetch.mock.calls
		.map( ( [ input ] ) => new URL( String( input ) ) )
		.filter( ( url ) => url.pathname.endsWith( '/shopper/order-placed' ) )
		.map( ( url ) => Object.fromEntries( url.searchParams ) );

const withTracker = () => {
	window._bambuser = { track: tracked };
};

beforeEach( () => {
	resetPage();
	shop = openShop();
	shop.reports.bambuser = PURCHASE;
	tracked = jest.fn();
	printConfig( BAMBUSER );
	window.commerceBridge!.page = {
		type: 'order-received',
		orderId: 218,
		orderKey: 'wc_order_k',
	};
} );

afterEach( () => {
	jest.useRealTimers();
	delete window._bambuser;
} );

test( 'the order-received page tracks the purchase the route reported, once', async () => {
	withTracker();
	await loadBundles(
		'storefront/index',
		'vendors/bambuser/widget/purchase.bundle'
	);
	await settle();
	expect( asked() ).toEqual( [
		{ vendor: 'bambuser', order: '218', key: 'wc_order_k' },
	] );
	expect( tracked.mock.calls ).toEqual( [ [ 'purchase', PURCHASE ] ] );
} );

test( 'a reload, whose request the route no longer answers with the report, tracks nothing', async () => {
	shop.claimed.add( 'bambuser:218' );
	withTracker();
	await loadBundles(
		'storefront/index',
		'vendors/bambuser/widget/purchase.bundle'
	);
	await settle();
	expect( asked() ).toHaveLength( 1 );
	expect( tracked ).not.toHaveBeenCalled();
} );

test( 'it asks only once the tracking library is there', async () => {
	jest.useFakeTimers();
	await loadBundles(
		'storefront/index',
		'vendors/bambuser/widget/purchase.bundle'
	);
	await jest.advanceTimersByTimeAsync( 1_000 );
	expect( asked() ).toEqual( [] );
	withTracker();
	await jest.advanceTimersByTimeAsync( 400 );
	expect( tracked.mock.calls ).toEqual( [ [ 'purchase', PURCHASE ] ] );
} );

test( 'without the tracking library it never asks, so the order stays unclaimed', async () => {
	jest.useFakeTimers();
	await loadBundles(
		'storefront/index',
		'vendors/bambuser/widget/purchase.bundle'
	);
	await jest.advanceTimersByTimeAsync( 60_000 );
	expect( asked() ).toEqual( [] );
	expect( shop.claimed.size ).toBe( 0 );
} );

test( 'another page has no order placed and asks nothing', async () => {
	window.commerceBridge!.page = { type: 'product', productId: 7 };
	withTracker();
	await loadBundles(
		'storefront/index',
		'vendors/bambuser/widget/purchase.bundle'
	);
	await settle();
	expect( asked() ).toEqual( [] );
	expect( tracked ).not.toHaveBeenCalled();
} );
