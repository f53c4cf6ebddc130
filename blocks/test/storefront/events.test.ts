/**
 * The event source's bus and start-up (storefront/events.ts): every subscriber sees every event of
 * the page once, past ones first, whenever its deferred bundle runs.
 */
import {
	afterEach,
	beforeEach,
	describe,
	expect,
	jest,
	test,
} from '@jest/globals';
import {
	createEventBus,
	startStorefrontEvents,
} from '../../src/storefront/events';
import type { StorefrontEvent } from '../../src/storefront/types';
import { openShop, printConfig, resetPage } from '../support/page';

const order = ( orderId: number ): StorefrontEvent => ( {
	type: 'orderPlaced',
	orderId,
	orderKey: 'wc_order_abc',
} );

describe( 'event bus', () => {
	test( 'a late subscriber gets the past events in order, then the new ones', () => {
		const bus = createEventBus();
		bus.emit( order( 1 ) );
		bus.emit( order( 2 ) );
		const seen: StorefrontEvent[] = [];
		bus.subscribe( ( event ) => seen.push( event ) );
		bus.emit( order( 3 ) );
		expect( seen ).toEqual( [ order( 1 ), order( 2 ), order( 3 ) ] );
	} );

	test( 'an unsubscribed handler hears nothing more', () => {
		const bus = createEventBus();
		bus.emit( order( 1 ) );
		const seen = jest.fn();
		const stop = bus.subscribe( seen );
		bus.emit( order( 2 ) );
		stop();
		bus.emit( order( 3 ) );
		expect( seen.mock.calls ).toEqual( [ [ order( 1 ) ], [ order( 2 ) ] ] );
	} );

	describe( 'a failing subscriber', () => {
		beforeEach( () => {
			jest.useFakeTimers();
		} );
		afterEach( () => {
			jest.useRealTimers();
		} );

		test( 'does not starve the others, and its error is thrown later', () => {
			const bus = createEventBus();
			const after = jest.fn();
			bus.subscribe( () => {
				throw new Error( 'vendor bug' );
			} );
			bus.subscribe( after );
			expect( () => bus.emit( order( 1 ) ) ).not.toThrow();
			expect( after ).toHaveBeenCalledWith( order( 1 ) );
			expect( () => jest.runAllTimers() ).toThrow( 'vendor bug' );
		} );
	} );
} );

describe( 'startStorefrontEvents', () => {
	beforeEach( () => {
		resetPage();
		openShop();
		printConfig( {} );
	} );

	test( 'the page’s views come first, then the server’s queue, malformed entries dropped', () => {
		const config = window.commerceBridge!;
		config.events = [
			{ type: 'loggedIn', payload: { userId: 5 } },
			{ type: 'orderPlaced', payload: { orderId: 'none' } },
			{ type: 'newsletter_subscribe', payload: { list: 'news' } },
		];
		const seen: StorefrontEvent[] = [];
		startStorefrontEvents( config ).subscribe( ( e ) => seen.push( e ) );
		expect( seen ).toEqual( [
			{ type: 'pageViewed', page: { type: 'product', productId: 7 } },
			{ type: 'productViewed', productId: 7 },
			{ type: 'loggedIn', userId: 5 },
			{
				type: 'custom',
				name: 'newsletter_subscribe',
				payload: { list: 'news' },
			},
		] );
	} );

	test( 'emitCustom reaches current and later subscribers; no payload is an empty one', () => {
		const events = startStorefrontEvents( window.commerceBridge );
		const early: StorefrontEvent[] = [];
		events.subscribe( ( e ) => early.push( e ) );
		events.emitCustom( 'wishlistAdded' );
		const late: StorefrontEvent[] = [];
		events.subscribe( ( e ) => late.push( e ) );
		const custom = { type: 'custom', name: 'wishlistAdded', payload: {} };
		expect( early.at( -1 ) ).toEqual( custom );
		expect( late ).toEqual( early );
	} );

	test( 'outside the storefront (no page config) there are no events and every vendor is allowed', () => {
		const events = startStorefrontEvents( undefined );
		const seen = jest.fn();
		events.subscribe( seen );
		expect( seen ).not.toHaveBeenCalled();
		const start = jest.fn();
		events.whenAllowed( 'belco', start );
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );
} );
