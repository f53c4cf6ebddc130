/**
 * The Loymax bundle subscribes to the storefront's views: `productViewed` / `categoryViewed` reach the
 * tracker with the ids the plugin resolved for that WooCommerce id (plugin/src/Vendors/Loymax/PageEvents.php),
 * after the page's section events; a view of an id the page has no ids for sends nothing.
 */
import { beforeEach, expect, test } from '@jest/globals';
import {
	loadBundles,
	openShop,
	printConfig,
	resetPage,
} from '../../support/page';
import { VENDORS, vendorStandIns, type Vendors } from '../../support/vendors';

const RECORD = ( ...args: string[] ) =>
	JSON.stringify( { call: 'loymaxCalls.push', args: [ args ] } );

let vendors: Vendors;

/**
 * A page of the given type with Loymax's section event and ids.
 * @param page The page config's `page`.
 * @param ids  Loymax's ids of the page's views.
 */
function printPage(
	page: CommerceBridgeConfig[ 'page' ],
	ids: Record< string, unknown >
): void {
	const loymax = VENDORS.loymax as { templates: Record< string, string > };
	printConfig( {
		loymax: {
			...loymax,
			events: [ { kind: 'section', pageName: 'shop' } ],
			ids,
			templates: {
				section: RECORD( 'section', '{PAGE_NAME}' ),
				product: RECORD( 'product', '{CATEGORY_ID}', '{PRODUCT_ID}' ),
				category: RECORD( 'category', '{CATEGORY_ID}' ),
			},
		},
	} as unknown as CommerceBridgeConfig[ 'vendors' ] );
	window.commerceBridge!.page = page;
}

beforeEach( () => {
	resetPage();
	openShop();
	vendors = vendorStandIns();
} );

test( 'a product view sends the section, then the product with its resolved ids', async () => {
	printPage(
		{ type: 'product', productId: 7 },
		{ products: { 7: { productId: 'woo-beanie', categoryId: 'hats' } } }
	);
	await loadBundles( 'storefront/index', 'vendors/loymax/widget' );
	expect( vendors.loymax ).toEqual( [
		[ 'section', 'shop' ],
		[ 'product', 'hats', 'woo-beanie' ],
	] );
} );

test( 'a category view sends the category with its resolved id', async () => {
	printPage(
		{ type: 'category', categoryId: 18 },
		{ categories: { 18: { categoryId: 'clothing' } } }
	);
	await loadBundles( 'storefront/index', 'vendors/loymax/widget' );
	expect( vendors.loymax ).toEqual( [
		[ 'section', 'shop' ],
		[ 'category', 'clothing' ],
	] );
} );

test( 'a view of another id than the page’s ids sends nothing', async () => {
	printPage(
		{ type: 'product', productId: 7 },
		{
			products: { 8: { productId: 'woo-cap', categoryId: 'hats' } },
			categories: { 7: { categoryId: 'clothing' } },
		}
	);
	await loadBundles( 'storefront/index', 'vendors/loymax/widget' );
	expect( vendors.loymax ).toEqual( [ [ 'section', 'shop' ] ] );
} );
