import { beforeEach, expect, jest, test } from '@jest/globals';
import { openShop, printConfig, resetPage, type Shop } from '../support/page';

let shop: Shop;
let shopperGet: typeof import( '../../src/storefront/shopper' ).shopperGet;
let shopperUrl: typeof import( '../../src/storefront/shopper' ).shopperUrl;

beforeEach( async () => {
	resetPage();
	shop = openShop();
	printConfig( {} );
	// A fresh module: the client keeps the nonce it learnt for the page's lifetime.
	await jest.isolateModulesAsync( async () => {
		( { shopperGet, shopperUrl } =
			await import( '../../src/storefront/shopper' ) );
	} );
} );

const accept = ( body: unknown ) => ( body as { show?: boolean } ) ?? null;

test( 'a shopper route is called with the page nonce, uncached, as the logged-in visitor', async () => {
	shop.nonce = 'page-nonce';
	await expect( shopperGet( 'belco-widget', accept ) ).resolves.toMatchObject(
		{ show: true }
	);
	expect( shop.requests ).toEqual( [
		{
			method: 'GET',
			path: 'commerce-bridge/v1/shopper/belco-widget',
			nonce: 'page-nonce',
		},
	] );
	const init = shop.fetch.mock.calls[ 0 ]?.[ 1 ];
	expect( init ).toMatchObject( {
		credentials: 'same-origin',
		cache: 'no-store',
	} );
} );

test( 'a stale nonce (cached page, login elsewhere) is renewed once and the call repeated', async () => {
	shop.nonce = 'f4e3d2c1b0';
	await expect(
		shopperGet( 'bambuser-customer', accept )
	).resolves.toMatchObject( { show: true } );
	expect( shop.requests.map( ( r ) => r.nonce ?? r.path ) ).toEqual( [
		'page-nonce',
		'https://shop.example/wp-admin/admin-ajax.php?action=rest-nonce',
		'f4e3d2c1b0',
	] );
	await shopperGet( 'bambuser-customer', accept );
	expect( shop.requests[ 3 ]?.nonce ).toBe( 'f4e3d2c1b0' );
} );

test( 'a refused call or a body the caller rejects answers null', async () => {
	shop.nonce = 'another-nonce';
	await expect( shopperGet( 'belco-widget', accept ) ).resolves.toBeNull();
	shop.nonce = '';
	await expect(
		shopperGet( 'belco-widget', () => null )
	).resolves.toBeNull();
} );

test( 'query parameters go after the route, under pretty and plain permalinks', async () => {
	await shopperGet( 'order-placed', accept, {
		order: '218',
		key: 'wc_order_a&b',
	} );
	expect( String( shop.fetch.mock.calls[ 0 ]?.[ 0 ] ) ).toMatch(
		/\/commerce-bridge\/v1\/shopper\/order-placed\?order=218&key=wc_order_a%26b$/
	);
	expect(
		shopperUrl(
			'https://shop.example/?rest_route=/commerce-bridge/v1/',
			'belco-widget',
			{ a: '1' }
		)
	).toBe(
		'https://shop.example/?rest_route=/commerce-bridge/v1/shopper/belco-widget&a=1'
	);
} );
