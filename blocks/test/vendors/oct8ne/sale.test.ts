/**
 * The oct8ne bundle's order report: on the order-received page, the sale-notification script the
 * plugin built for the order (plugin/src/Vendors/Oct8ne/SaleReport.php) is loaded once, with the id
 * oct8ne's script looks for; not on a reload, not without a license, never from a non-https URL.
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
import { VENDORS } from '../../support/vendors';

const URL =
	'https://static-eu.oct8ne.com/api/source/js/ext/sale-notification.js?license=L&value=10.00';

let shop: Shop;

/**
 * A fresh order-received page (the shop, and so its claims, stay).
 * @param oct8ne oct8ne's config.
 */
function printPage( oct8ne: object = VENDORS.oct8ne! ): void {
	resetPage();
	printOrderReceived( {
		oct8ne,
	} as unknown as CommerceBridgeConfig[ 'vendors' ] );
}

beforeEach( () => {
	resetPage();
	shop = openShop();
	shop.reports.oct8ne = { url: URL };
	printPage();
} );

const page = async () => {
	await loadBundles( 'storefront/index', 'vendors/oct8ne/widget' );
	await settle();
};

const sales = () =>
	[ ...document.querySelectorAll( 'script[src*="sale-notification"]' ) ].map(
		( script ) => ( {
			id: script.id,
			src: ( script as HTMLScriptElement ).src,
			async: ( script as HTMLScriptElement ).async,
		} )
	);

test( 'the placed order loads the sale notification once, as <script id="oct8ne-sale-notification" async>', async () => {
	await page();
	expect( orderPlacedQueries( shop ) ).toEqual( [
		{
			vendor: 'oct8ne',
			order: String( ORDER.orderId ),
			key: ORDER.orderKey,
		},
	] );
	expect( sales() ).toEqual( [
		{ id: 'oct8ne-sale-notification', src: URL, async: true },
	] );
} );

test( 'a second copy of the bundle, or a reload of the order-received page, loads none', async () => {
	await page();
	await loadBundles( 'vendors/oct8ne/widget' );
	await settle();
	expect( sales() ).toHaveLength( 1 );
	printPage();
	await page();
	expect( orderPlacedQueries( shop ) ).toHaveLength( 3 );
	expect( sales() ).toEqual( [] );
} );

test( 'without a license nothing is asked', async () => {
	printPage( { ...VENDORS.oct8ne!, license: '' } );
	await page();
	expect( orderPlacedQueries( shop ) ).toEqual( [] );
	expect( sales() ).toEqual( [] );
} );

test( 'a report that is not an https URL loads nothing', async () => {
	shop.reports.oct8ne = { url: 'http://static.example/sale.js' };
	await page();
	expect( orderPlacedQueries( shop ) ).toHaveLength( 1 );
	expect( sales() ).toEqual( [] );
} );
