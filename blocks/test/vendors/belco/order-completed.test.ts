/**
 * Belco's bundle subscribes to the storefront's `orderPlaced` (storefront/client.ts reportOrder): once
 * its widget is initialised it asks the shopper route `order-placed` for its report and tracks
 * `Order Completed` with it, once per order; a widget that never initialises asks nothing.
 */
import { beforeEach, expect, test } from '@jest/globals';
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
import { VENDORS, vendorStandIns } from '../../support/vendors';

const COMPLETED = {
	event: 'Order Completed',
	properties: {
		orderId: 'N-218',
		date: 1764000000,
		total: 18,
		status: 'processing',
	},
};

let shop: Shop;
/** What the page told Belco, in order. */
let told: string[];
let belco: { track: unknown; init: unknown; load: unknown };

beforeEach( () => {
	resetPage();
	shop = openShop();
	shop.reports.belco = COMPLETED;
	vendorStandIns();
	told = [];
	belco = ( window as unknown as { Belco: typeof belco } ).Belco;
	belco.init = () => told.push( 'init' );
	belco.track = ( event: string, properties: unknown ) =>
		told.push( `track ${ event } ${ JSON.stringify( properties ) }` );
	printOrderReceived( { belco: VENDORS.belco } );
} );

test( 'the order-received page tracks Order Completed after init, once', async () => {
	await loadBundles( 'storefront/index', 'vendors/belco/widget' );
	await settle();
	expect( orderPlacedQueries( shop ) ).toEqual( [
		{
			vendor: 'belco',
			order: String( ORDER.orderId ),
			key: ORDER.orderKey,
		},
	] );
	expect( told ).toEqual( [
		'init',
		`track Order Completed ${ JSON.stringify( COMPLETED.properties ) }`,
	] );
} );

test( 'a reload, whose request the route no longer answers with the report, tracks nothing', async () => {
	shop.claimed.add( `belco:${ ORDER.orderId }` );
	await loadBundles( 'storefront/index', 'vendors/belco/widget' );
	await settle();
	expect( orderPlacedQueries( shop ) ).toHaveLength( 1 );
	expect( told ).toEqual( [ 'init' ] );
} );

test( 'a widget that never initialises (its script blocked) asks nothing, so the order stays unclaimed', async () => {
	belco.load = () => undefined;
	await loadBundles( 'storefront/index', 'vendors/belco/widget' );
	await settle();
	expect( orderPlacedQueries( shop ) ).toEqual( [] );
	expect( told ).toEqual( [] );
} );

test( 'another page has no order placed: the widget is initialised and nothing is asked', async () => {
	window.commerceBridge!.page = { type: 'product', productId: 7 };
	await loadBundles( 'storefront/index', 'vendors/belco/widget' );
	await settle();
	expect( orderPlacedQueries( shop ) ).toEqual( [] );
	expect( told ).toEqual( [ 'init' ] );
} );
