/**
 * reportOrder (storefront/client.ts): a vendor bundle's subscription to `orderPlaced` asks the shopper
 * route `order-placed` for its report, with the order's id and key, and hands over only a report the
 * vendor's parser accepts, only to the page that claimed the order.
 */
import { beforeEach, expect, jest, test } from '@jest/globals';
import { reportOrder } from '../../src/storefront/client';
import {
	ORDER,
	printOrderReceived,
	orderPlacedQueries,
} from '../support/order-placed';
import {
	loadBundles,
	openShop,
	resetPage,
	settle,
	type Shop,
} from '../support/page';

let shop: Shop;

beforeEach( () => {
	resetPage();
	shop = openShop();
	shop.reports.loymax = { events: [ 'a' ] };
	printOrderReceived( {} );
} );

/**
 * Subscribes a vendor with a parser that accepts a report with `events`.
 * @param vendor The vendor's id.
 */
async function subscribe( vendor: CommerceBridgeVendorId ) {
	const send = jest.fn();
	reportOrder(
		vendor,
		window.commerceBridgeEvents!,
		( report ) => ( report as { events?: unknown } | null )?.events ?? null,
		send
	);
	await settle();
	return send;
}

test( 'the order placed is asked for with its id and key and the report reaches the vendor once', async () => {
	await loadBundles( 'storefront/index' );
	const first = await subscribe( 'loymax' );
	expect( orderPlacedQueries( shop ) ).toEqual( [
		{
			vendor: 'loymax',
			order: String( ORDER.orderId ),
			key: ORDER.orderKey,
		},
	] );
	expect( first.mock.calls ).toEqual( [ [ [ 'a' ] ] ] );

	const reloaded = await subscribe( 'loymax' );
	expect( orderPlacedQueries( shop ) ).toHaveLength( 2 );
	expect( reloaded ).not.toHaveBeenCalled();
} );

test( 'a vendor without a report, or one its parser refuses, is sent nothing', async () => {
	await loadBundles( 'storefront/index' );
	expect( await subscribe( 'oct8ne' ) ).not.toHaveBeenCalled();
	const send = jest.fn();
	reportOrder( 'loymax', window.commerceBridgeEvents!, () => null, send );
	await settle();
	expect( orderPlacedQueries( shop ).map( ( q ) => q.vendor ) ).toEqual( [
		'oct8ne',
		'loymax',
	] );
	expect( send ).not.toHaveBeenCalled();
} );

test( 'a failed answer sends nothing', async () => {
	shop.nonce = 'another-nonce';
	await loadBundles( 'storefront/index' );
	expect( await subscribe( 'loymax' ) ).not.toHaveBeenCalled();
	expect( orderPlacedQueries( shop ) ).toHaveLength( 2 );
} );

test( 'an order-received page without the order key asks nothing', async () => {
	window.commerceBridge!.page = { type: 'order-received', orderId: 218 };
	await loadBundles( 'storefront/index' );
	expect( await subscribe( 'loymax' ) ).not.toHaveBeenCalled();
	expect( orderPlacedQueries( shop ) ).toEqual( [] );
} );
