/**
 * The events a page knows when it loads (storefront/queued.ts): the page config's views and the
 * server's queue, validated before any vendor sees them.
 */
import { describe, expect, test } from '@jest/globals';
import {
	eventsFromPage,
	parseQueuedEvent,
	toId,
} from '../../src/storefront/queued';

describe( 'toId', () => {
	test.each( [
		[ 7, 7 ],
		[ '42', 42 ],
		[ 0, undefined ],
		[ -3, undefined ],
		[ 1.5, undefined ],
		[ '', undefined ],
		[ 'abc', undefined ],
		[ null, undefined ],
		[ undefined, undefined ],
	] )( '%p is %p', ( value, id ) => {
		expect( toId( value ) ).toBe( id );
	} );
} );

describe( 'parseQueuedEvent', () => {
	test( 'a cart change keeps its reason, numeric-string ids and source', () => {
		expect(
			parseQueuedEvent( {
				type: 'cartChanged',
				payload: {
					reason: 'added',
					productId: '14',
					variationId: 0,
					quantity: '2',
					source: 'form',
				},
			} )
		).toEqual( {
			type: 'cartChanged',
			reason: 'added',
			productId: 14,
			variationId: undefined,
			quantity: 2,
			source: 'form',
		} );
	} );

	test( 'a cart change from an unknown source is the server’s; a bad quantity is left out', () => {
		expect(
			parseQueuedEvent( {
				type: 'cartChanged',
				payload: { reason: 'emptied', quantity: 'many', source: 'x' },
			} )
		).toMatchObject( {
			reason: 'emptied',
			quantity: undefined,
			source: 'server',
		} );
	} );

	test.each( [
		[ 'cartChanged', { reason: 'stolen' } ],
		[ 'cartChanged', {} ],
		[ 'loggedIn', { userId: 'nobody' } ],
		[ 'registered', {} ],
	] )( 'a malformed %s is dropped', ( type, payload ) => {
		expect( parseQueuedEvent( { type, payload } ) ).toBeNull();
	} );

	test( 'account events carry their user ids', () => {
		expect(
			[
				{ type: 'loggedIn', payload: { userId: '5' } },
				{ type: 'registered', payload: { userId: 6 } },
				{ type: 'loggedOut', payload: {} },
			].map( parseQueuedEvent )
		).toEqual( [
			{ type: 'loggedIn', userId: 5 },
			{ type: 'registered', userId: 6 },
			{ type: 'loggedOut' },
		] );
	} );

	test.each( [
		'pageViewed',
		'productViewed',
		'categoryViewed',
		'orderPlaced',
	] )(
		'a queued %s is ignored: views and the order placed come from the page config only',
		( type ) => {
			expect(
				parseQueuedEvent( { type, payload: { productId: 3 } } )
			).toBeNull();
		}
	);

	test.each( [ 'newsletter_subscribe', 'toString', '__proto__' ] )(
		'an unknown type %p becomes a custom event with its payload',
		( type ) => {
			expect(
				parseQueuedEvent( { type, payload: { list: 'news' } } )
			).toEqual( {
				type: 'custom',
				name: type,
				payload: { list: 'news' },
			} );
		}
	);

	test( 'a missing payload is an empty one', () => {
		const queued = { type: 'wishlist' } as unknown as Parameters<
			typeof parseQueuedEvent
		>[ 0 ];
		expect( parseQueuedEvent( queued ) ).toEqual( {
			type: 'custom',
			name: 'wishlist',
			payload: {},
		} );
	} );
} );

describe( 'eventsFromPage', () => {
	test( 'a product page is viewed, and so is its product', () => {
		const page = { type: 'product', productId: 7 } as const;
		expect( eventsFromPage( page ) ).toEqual( [
			{ type: 'pageViewed', page },
			{ type: 'productViewed', productId: 7 },
		] );
	} );

	test( 'the order-received page places its order, with the key that proves it', () => {
		const page = {
			type: 'order-received',
			orderId: 218,
			orderKey: 'wc_order_abc',
		} as const;
		expect( eventsFromPage( page ) ).toEqual( [
			{ type: 'pageViewed', page },
			{ type: 'orderPlaced', orderId: 218, orderKey: 'wc_order_abc' },
		] );
		expect(
			eventsFromPage( { type: 'order-received', orderId: 218 } ).map(
				( e ) => e.type
			)
		).toEqual( [ 'pageViewed' ] );
	} );

	test( 'a category page is viewed, and so is its category', () => {
		const page = { type: 'category', categoryId: 18 } as const;
		expect( eventsFromPage( page ) ).toEqual( [
			{ type: 'pageViewed', page },
			{ type: 'categoryViewed', categoryId: 18 },
		] );
	} );

	test( 'any other page, or one without its id, is only viewed', () => {
		expect(
			eventsFromPage( { type: 'product' } ).map( ( e ) => e.type )
		).toEqual( [ 'pageViewed' ] );
		expect(
			eventsFromPage( { type: 'cart' } ).map( ( e ) => e.type )
		).toEqual( [ 'pageViewed' ] );
	} );
} );
