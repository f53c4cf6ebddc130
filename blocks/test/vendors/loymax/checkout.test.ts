/**
 * The Loymax bundle's order report: on the order-received page, the checkout event and the clean-up the
 * plugin resolved (plugin/src/Vendors/Loymax/CheckoutReport.php) reach the tracker once, in order, after
 * the page's own events; a reload that finds the order claimed sends neither.
 */
import { beforeEach, expect, test } from '@jest/globals';
import {
	ORDER,
	printOrderReceived,
	orderPlacedQueries,
} from '../../support/order-placed';
import {
	loadBundles,
	openShop,
	resetPage,
	settle,
	type Shop,
} from '../../support/page';
import { VENDORS, vendorStandIns, type Vendors } from '../../support/vendors';

const RECORD = ( ...args: string[] ) =>
	JSON.stringify( { call: 'loymaxCalls.push', args: [ args ] } );

let vendors: Vendors;
let shop: Shop;

/** A fresh order-received page (the shop, and so its claims, stay). */
function printPage(): void {
	resetPage();
	vendors = vendorStandIns();
	const loymax = VENDORS.loymax as { templates: Record< string, string > };
	printOrderReceived( {
		loymax: {
			...loymax,
			events: [ { kind: 'section', pageName: 'thanks' } ],
			templates: {
				...loymax.templates,
				section: RECORD( 'section', '{PAGE_NAME}' ),
				checkout: RECORD( 'checkout', '{ORDER_ID}' ),
				cartClear: RECORD( 'cartClear' ),
			},
		},
	} as unknown as CommerceBridgeConfig[ 'vendors' ] );
}

beforeEach( () => {
	resetPage();
	shop = openShop();
	shop.reports.loymax = {
		events: [
			{ kind: 'checkout', orderId: 'N-218' },
			{ kind: 'cartClear' },
			{ kind: 'checkout', orderId: '' },
		],
	};
	printPage();
} );

const page = async () => {
	await loadBundles( 'storefront/index', 'vendors/loymax/widget' );
	await settle();
};

test( 'the placed order sends the checkout, then the clean-up, once; a malformed event is dropped', async () => {
	await page();
	expect( orderPlacedQueries( shop ) ).toEqual( [
		{
			vendor: 'loymax',
			order: String( ORDER.orderId ),
			key: ORDER.orderKey,
		},
	] );
	expect( vendors.loymax ).toEqual( [
		[ 'section', 'thanks' ],
		[ 'checkout', 'N-218' ],
		[ 'cartClear' ],
	] );
} );

test( 'a reload of the order-received page sends no checkout', async () => {
	await page();
	printPage();
	await page();
	expect( orderPlacedQueries( shop ) ).toHaveLength( 2 );
	expect( vendors.loymax ).toEqual( [ [ 'section', 'thanks' ] ] );
} );

test( 'a report that is not a list of events sends nothing', async () => {
	shop.reports.loymax = { events: { kind: 'checkout', orderId: 'N-218' } };
	await page();
	expect( orderPlacedQueries( shop ) ).toHaveLength( 1 );
	expect( vendors.loymax ).toEqual( [ [ 'section', 'thanks' ] ] );
} );
