import { describe, expect, test } from '@jest/globals';
import {
	cartFromAnswer,
	parseCart,
	storeApiRoute,
} from '../../src/storefront/store-api-cart';
import batch from '../fixtures/store-api-batch.json';
import cart from '../fixtures/store-api-cart.json';

const PAGE = 'https://shop.example/product/beanie/';

describe( 'storeApiRoute', () => {
	test.each( [
		[ '/wp-json/wc/store/v1/cart', 'cart' ],
		[
			'https://shop.example/wp-json/wc/store/v1/cart/add-item',
			'cart/add-item',
		],
		[ '/wp-json/wc/store/v1/batch?_locale=user', 'batch' ],
		[ '/shop/wp-json/wc/store/v1/cart/update-item/', 'cart/update-item' ],
		[ '/?rest_route=/wc/store/v1/cart/remove-item', 'cart/remove-item' ],
		[ '/wp-json/wc/store/cart', 'cart' ],
	] )( '%s is the Store API route %s', ( url, route ) => {
		expect( storeApiRoute( url, PAGE ) ).toBe( route );
	} );

	test.each( [
		'/wp-json/wc/store/v1/products',
		'/wp-json/wc/store/v1/checkout',
		'/wp-json/commerce-bridge/v1/belco/widget',
		'https://elsewhere.example/wp-json/wc/store/v1/cart',
		'/?wc-ajax=add_to_cart',
		'http://[::1',
	] )( '%s is not a cart route', ( url ) => {
		expect( storeApiRoute( url, PAGE ) ).toBeNull();
	} );
} );

describe( 'parseCart', () => {
	test( "reads lines and this plugin's extension data from a real WooCommerce 10.1 answer", () => {
		expect( parseCart( cart ) ).toEqual( {
			lines: [
				{
					key: cart.items[ 0 ]?.key,
					id: 15,
					quantity: 2,
					name: cart.items[ 0 ]?.name,
					bridge: { loymax: { productId: '15', categoryId: '20' } },
				},
			],
		} );
	} );

	test.each( [
		[
			'an error',
			{
				code: 'woocommerce_rest_missing_nonce',
				message: 'x',
				data: { status: 401 },
			},
		],
		[ 'a checkout answer', { order_id: 12, status: 'pending' } ],
		[
			'a line without key',
			{ items: [ { id: 1, quantity: 1 } ], totals: {} },
		],
		[ 'null', null ],
	] )( '%s is not a cart', ( _name, body ) => {
		expect( parseCart( body ) ).toBeNull();
	} );

	test( 'a line without extensions gets empty bridge data', () => {
		const body = {
			items: [ { key: 'k', id: 3, quantity: 1, name: 'N' } ],
			totals: {},
		};
		expect( parseCart( body )?.lines[ 0 ]?.bridge ).toEqual( {} );
	} );
} );

describe( 'cartFromAnswer', () => {
	test( 'a batch answers the cart after its last request', () => {
		const after = cartFromAnswer( 'batch', batch );
		expect( after?.lines.map( ( l ) => [ l.id, l.quantity ] ) ).toEqual( [
			[ 15, 1 ],
			[ 16, 1 ],
		] );
	} );

	test( 'failed batch entries are skipped', () => {
		const failed = {
			status: 400,
			body: { code: 'woocommerce_rest_cart_invalid_key', message: 'x' },
		};
		const body = { responses: [ batch.responses[ 0 ], failed ] };
		expect(
			cartFromAnswer( 'batch', body )?.lines.map( ( l ) => l.quantity )
		).toEqual( [ 2, 1 ] );
		expect(
			cartFromAnswer( 'batch', { responses: [ failed ] } )
		).toBeNull();
	} );
} );
