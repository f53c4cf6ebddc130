/**
 * Typed subscriptions of the event source (`on( type, handler )`) and the origin of a change a vendor
 * widget announced.
 */
import { beforeEach, expect, test } from '@jest/globals';
import { createCartTracker } from '../../src/storefront/cart-tracker';
import { startStorefrontEvents } from '../../src/storefront/events';
import type { CartChangedEvent } from '../../src/storefront/types';
import { openShop, printConfig, resetPage } from '../support/page';

beforeEach( () => {
	resetPage();
	openShop();
	printConfig( {} );
} );

test( 'on() hands over only its type, past events first, until unsubscribed', () => {
	const config = window.commerceBridge as CommerceBridgeConfig;
	config.events = [
		{ type: 'loggedIn', payload: { userId: 2 } },
		{ type: 'orderPlaced', payload: { orderId: 218 } },
	];
	const events = startStorefrontEvents( config );
	const users: number[] = [];
	events.on( 'loggedIn', ( event ) => users.push( event.userId ) );
	const custom: string[] = [];
	const stop = events.on( 'custom', ( event ) => custom.push( event.name ) );
	events.emitCustom( 'newsletter' );
	stop();
	events.emitCustom( 'after' );
	expect( users ).toEqual( [ 2 ] );
	expect( custom ).toEqual( [ 'newsletter' ] );
} );

test( 'a change a widget announced carries its origin; other changes carry none', () => {
	const cart = ( quantity: number ) => ( {
		lines: [ { key: 'a', id: 14, quantity, name: 'Beanie', bridge: {} } ],
	} );
	const seen: CartChangedEvent[] = [];
	const tracker = createCartTracker( ( e ) => seen.push( e ), cart( 1 ) );
	tracker.expect( 'vendor', tracker.begin(), 'oct8ne' );
	tracker.settle( tracker.begin(), cart( 2 ) );
	tracker.settle( tracker.begin(), cart( 3 ) );
	expect( seen.map( ( e ) => [ e.source, e.origin ] ) ).toEqual( [
		[ 'vendor', 'oct8ne' ],
		[ 'blocks', undefined ],
	] );
	expect( 'origin' in ( seen[ 1 ] as object ) ).toBe( false );
} );

test( "a queued event named after a vendor of the page is that vendor's own event; otherwise a custom one", () => {
	const config = window.commerceBridge as CommerceBridgeConfig;
	const auth = { kind: 'auth', userId: 'sanne@example.com' };
	config.events = [ { type: 'loymax', payload: auth } ];
	config.vendors = { loymax: {} } as CommerceBridgeConfig[ 'vendors' ];
	const own: unknown[] = [];
	startStorefrontEvents( config ).on( 'vendorEvent', ( e ) => own.push( e ) );
	expect( own ).toEqual( [
		{ type: 'vendorEvent', vendor: 'loymax', payload: auth },
	] );

	config.vendors = {};
	const custom: unknown[] = [];
	startStorefrontEvents( config ).on( 'custom', ( e ) => custom.push( e ) );
	expect( custom ).toEqual( [
		{ type: 'custom', name: 'loymax', payload: auth },
	] );
} );
