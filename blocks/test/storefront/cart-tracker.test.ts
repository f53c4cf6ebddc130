import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { diffCarts } from '../../src/storefront/cart-diff';
import { createCartTracker } from '../../src/storefront/cart-tracker';
import type {
	CartChangedEvent,
	CartSnapshot,
} from '../../src/storefront/types';

const cartOf = ( quantities: Record< string, number > ): CartSnapshot => ( {
	lines: Object.entries( quantities ).map( ( [ key, quantity ] ) => ( {
		key,
		id: 1,
		quantity,
		name: key,
		bridge: {},
	} ) ),
} );

function tracked( initial?: CartSnapshot ) {
	const events: CartChangedEvent[] = [];
	return {
		events,
		tracker: createCartTracker( ( e ) => events.push( e ), initial ),
	};
}

describe( 'createCartTracker', () => {
	test( 'the first cart seen is the baseline, not a change', () => {
		const { events, tracker } = tracked();
		tracker.settle( tracker.begin(), cartOf( { a: 1 } ) );
		expect( events ).toEqual( [] );
	} );

	test( 'a change is announced once however many answers carry it', () => {
		const { events, tracker } = tracked( cartOf( { a: 1 } ) );
		const after = cartOf( { a: 1, b: 2 } );
		tracker.settle( tracker.begin(), after );
		tracker.settle( tracker.begin(), after );
		expect( events ).toHaveLength( 1 );
		expect( events[ 0 ] ).toMatchObject( {
			reason: 'added',
			source: 'blocks',
			cart: after,
		} );
		expect(
			events[ 0 ]?.changes?.map( ( c ) => [
				c.line.key,
				c.before,
				c.after,
			] )
		).toEqual( [ [ 'b', 0, 2 ] ] );
	} );

	test( 'an answer older than one applied is dropped', () => {
		const { events, tracker } = tracked( cartOf( { a: 1 } ) );
		const stale = tracker.begin();
		const write = tracker.begin();
		tracker.settle( write, cartOf( {} ) );
		tracker.settle( stale, cartOf( { a: 1 } ) );
		expect( events.map( ( e ) => e.reason ) ).toEqual( [ 'emptied' ] );
	} );

	test( 'the signal that announced a change names its source', () => {
		const { events, tracker } = tracked( cartOf( {} ) );
		tracker.expect( 'classic', tracker.begin() );
		tracker.settle( tracker.begin(), cartOf( { a: 1 } ) );
		tracker.settle( tracker.begin(), cartOf( { a: 2 } ) );
		expect( events.map( ( e ) => e.source ) ).toEqual( [
			'classic',
			'blocks',
		] );
	} );

	test( 'an announced change before any baseline is reported without line changes', () => {
		const { events, tracker } = tracked();
		tracker.expect( 'blocks', tracker.begin() );
		tracker.settle( tracker.begin(), cartOf( { a: 1 } ) );
		expect( events ).toEqual( [
			{
				type: 'cartChanged',
				reason: 'updated',
				source: 'blocks',
				cart: cartOf( { a: 1 } ),
			},
		] );
	} );

	test( 'an answer without a cart changes nothing', () => {
		const { events, tracker } = tracked( cartOf( { a: 1 } ) );
		tracker.settle( tracker.begin(), null );
		expect( events ).toEqual( [] );
	} );
} );

/** One server-side change, seen by one write answer, some later reads and maybe one stale read. */
interface Step {
	quantities: Record< string, number >;
	reads: number;
	stale: boolean;
	order: number[];
}

const steps = fc.array(
	fc.record( {
		quantities: fc.dictionary(
			fc.constantFrom( 'a', 'b', 'c' ),
			fc.integer( { min: 1, max: 3 } )
		),
		reads: fc.integer( { min: 0, max: 3 } ),
		stale: fc.boolean(),
		order: fc.array( fc.nat(), { minLength: 5, maxLength: 5 } ),
	} ),
	{ maxLength: 8 }
);

test( 'property: each change is announced exactly once with its line changes, whatever the order of its answers', () => {
	fc.assert(
		fc.property( steps, ( plan: Step[] ) => {
			let known = cartOf( {} );
			const { events, tracker } = tracked( known );
			for ( const step of plan ) {
				const after = cartOf( step.quantities );
				const answers: Array< [ number, CartSnapshot ] > = [];
				if ( step.stale ) {
					answers.push( [ tracker.begin(), known ] );
				}
				answers.push( [ tracker.begin(), after ] );
				for ( let i = 0; i < step.reads; i++ ) {
					answers.push( [ tracker.begin(), after ] );
				}
				const count = events.length;
				// Answers arrive in any order.
				answers
					.map( ( answer, i ) => ( {
						answer,
						rank: step.order[ i ] ?? 0,
					} ) )
					.sort( ( x, y ) => x.rank - y.rank )
					.forEach( ( { answer: [ seq, cart ] } ) =>
						tracker.settle( seq, cart )
					);
				const changes = diffCarts( known, after );
				expect( events.length - count ).toBe( changes.length ? 1 : 0 );
				if ( changes.length ) {
					expect( events[ events.length - 1 ]?.changes ).toEqual(
						changes
					);
					expect( events[ events.length - 1 ]?.cart ).toEqual(
						after
					);
				}
				known = after;
			}
		} )
	);
} );
