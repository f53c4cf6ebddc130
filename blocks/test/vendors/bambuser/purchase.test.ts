/**
 * Bambuser's purchase bundle subscribes to the storefront's `orderPlaced` (storefront/client.ts
 * reportOrder): once Bambuser's tracking library is there it asks the shopper route `order-placed` for
 * its report and tracks `purchase` with it, once per order; without the tracker it asks nothing.
 */
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals';
import {
	loadBundles,
	openShop,
	resetPage,
	settle,
	type Shop,
} from '../../support/page';
import {
	ORDER,
	printOrderReceived,
	orderPlacedQueries,
} from '../../support/order-placed';

const PURCHASE = {
	purchase: { id: '218', currency: 'EUR', total: 18 },
	products: [ { id: '15', quantity: 1, price: 18 } ],
};

const BAMBUSER = {
	bambuser: { orgId: 'org', region: 'eu', triggers: [] },
} as unknown as CommerceBridgeConfig[ 'vendors' ];

let shop: Shop;
let tracked: jest.Mock;

const withTracker = () => {
	window._bambuser = { track: tracked };
};

beforeEach( () => {
	resetPage();
	shop = openShop();
	shop.reports.bambuser = PURCHASE;
	tracked = jest.fn();
	printOrderReceived( BAMBUSER );
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
	expect( orderPlacedQueries( shop ) ).toEqual( [
		{
			vendor: 'bambuser',
			order: String( ORDER.orderId ),
			key: ORDER.orderKey,
		},
	] );
	expect( tracked.mock.calls ).toEqual( [ [ 'purchase', PURCHASE ] ] );
} );

test( 'a reload, whose request the route no longer answers with the report, tracks nothing', async () => {
	shop.claimed.add( `bambuser:${ ORDER.orderId }` );
	withTracker();
	await loadBundles(
		'storefront/index',
		'vendors/bambuser/widget/purchase.bundle'
	);
	await settle();
	expect( orderPlacedQueries( shop ) ).toHaveLength( 1 );
	expect( tracked ).not.toHaveBeenCalled();
} );

test( 'it asks only once the tracking library is there', async () => {
	jest.useFakeTimers();
	await loadBundles(
		'storefront/index',
		'vendors/bambuser/widget/purchase.bundle'
	);
	await jest.advanceTimersByTimeAsync( 1_000 );
	expect( orderPlacedQueries( shop ) ).toEqual( [] );
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
	expect( orderPlacedQueries( shop ) ).toEqual( [] );
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
	expect( orderPlacedQueries( shop ) ).toEqual( [] );
	expect( tracked ).not.toHaveBeenCalled();
} );
