/**
 * How a vendor bundle starts (storefront/client.ts bootVendor): only when the page printed its
 * config, whichever bundle runs first, and only once the visitor's consent allows it.
 */
import { beforeEach, expect, jest, test } from '@jest/globals';
import { bootVendor, shopperGet } from '../../src/storefront/client';
import { loadBundles, openShop, printConfig, resetPage } from '../support/page';

type ConsentWindow = Window & {
	consent_api?: object;
	wp_set_consent?: ( category: string, value: string ) => void;
};

const BELCO = {
	belco: { shopId: 'shop-1' },
} as unknown as CommerceBridgeConfig[ 'vendors' ];

beforeEach( () => {
	resetPage();
	openShop();
	printConfig( BELCO );
} );

test( 'a vendor the page printed no config for never starts', async () => {
	await loadBundles( 'storefront/index' );
	const start = jest.fn();
	bootVendor( 'loymax', start );
	expect( start ).not.toHaveBeenCalled();
} );

test( 'a vendor bundle that runs before the storefront bundle is started by it, once', async () => {
	const start = jest.fn();
	bootVendor( 'belco', start );
	expect( start ).not.toHaveBeenCalled();
	await loadBundles( 'storefront/index' );
	expect( start ).toHaveBeenCalledTimes( 1 );
	expect( start ).toHaveBeenCalledWith(
		{ shopId: 'shop-1' },
		window.commerceBridgeEvents
	);
	await loadBundles( 'storefront/index' );
	expect( start ).toHaveBeenCalledTimes( 1 );
} );

test( 'under a consent policy the vendor waits for its categories, then starts once', async () => {
	window.commerceBridge!.consent = {
		required: false,
		vendors: { belco: [ 'functional' ] },
	};
	const api = window as ConsentWindow;
	api.consent_api = { consent_type: 'optin', cookie_expiration: 30 };
	await loadBundles( 'storefront/index' );
	await jest.isolateModulesAsync( async () => {
		await import( '../../../test/wordpress/consent-api-test/consent-api.js' );
	} );
	const start = jest.fn();
	bootVendor( 'belco', start );
	expect( start ).not.toHaveBeenCalled();
	api.wp_set_consent!( 'marketing', 'allow' );
	expect( start ).not.toHaveBeenCalled();
	api.wp_set_consent!( 'functional', 'allow' );
	api.wp_set_consent!( 'statistics', 'allow' );
	expect( start ).toHaveBeenCalledTimes( 1 );
} );

test( 'before the storefront bundle ran, a shopper route answers null without a request', async () => {
	const shop = openShop();
	await expect(
		shopperGet( 'belco-widget', () => ( {} ) )
	).resolves.toBeNull();
	expect( shop.requests ).toEqual( [] );
} );
