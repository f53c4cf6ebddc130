import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { diffCarts, reasonOf } from '../../src/storefront/cart-diff';
import type { CartSnapshot } from '../../src/storefront/types';

/** Carts over a small key space, so that generated pairs share lines. */
const carts: fc.Arbitrary< CartSnapshot > = fc
	.uniqueArray(
		fc.record( {
			key: fc.constantFrom( 'a', 'b', 'c', 'd', 'e' ),
			quantity: fc.integer( { min: 1, max: 5 } ),
		} ),
		{ selector: ( line ) => line.key, maxLength: 5 }
	)
	.map( ( lines ) => ( {
		lines: lines.map( ( { key, quantity } ) => ( {
			key,
			id: key.charCodeAt( 0 ),
			quantity,
			name: key,
			bridge: {},
		} ) ),
	} ) );

function quantities( cart: CartSnapshot ): Record< string, number > {
	return Object.fromEntries(
		cart.lines.map( ( l ) => [ l.key, l.quantity ] )
	);
}

describe( 'diffCarts', () => {
	test( 'applying the changes to the cart before gives the cart after', () => {
		fc.assert(
			fc.property( carts, carts, ( before, after ) => {
				const applied = quantities( before );
				for ( const change of diffCarts( before, after ) ) {
					expect( applied[ change.line.key ] ?? 0 ).toBe(
						change.before
					);
					if ( change.after === 0 ) {
						delete applied[ change.line.key ];
					} else {
						applied[ change.line.key ] = change.after;
					}
				}
				expect( applied ).toEqual( quantities( after ) );
			} )
		);
	} );

	test( 'a cart compared with itself has no changes and no reason', () => {
		fc.assert(
			fc.property( carts, ( cart ) => {
				expect( diffCarts( cart, cart ) ).toEqual( [] );
				expect( reasonOf( [], cart ) ).toBeNull();
			} )
		);
	} );

	test( 'every change is a real difference, each line at most once', () => {
		fc.assert(
			fc.property( carts, carts, ( before, after ) => {
				const changes = diffCarts( before, after );
				expect( changes.every( ( c ) => c.before !== c.after ) ).toBe(
					true
				);
				const keys = changes.map( ( c ) => c.line.key );
				expect( new Set( keys ).size ).toBe( keys.length );
			} )
		);
	} );
} );

describe( 'reasonOf', () => {
	const line = ( key: string, quantity: number ) => ( {
		key,
		id: 1,
		quantity,
		name: key,
		bridge: {},
	} );

	test.each( [
		[
			'a new line',
			[ line( 'a', 1 ) ],
			[ line( 'a', 1 ), line( 'b', 2 ) ],
			'added',
		],
		[
			'a higher quantity',
			[ line( 'a', 1 ) ],
			[ line( 'a', 3 ) ],
			'added',
		],
		[
			'a line removed',
			[ line( 'a', 1 ), line( 'b', 1 ) ],
			[ line( 'a', 1 ) ],
			'removed',
		],
		[
			'a lower quantity',
			[ line( 'a', 3 ) ],
			[ line( 'a', 1 ) ],
			'updated',
		],
		[
			'one up, one out',
			[ line( 'a', 1 ), line( 'b', 1 ) ],
			[ line( 'a', 2 ) ],
			'updated',
		],
		[ 'the last line removed', [ line( 'a', 1 ) ], [], 'emptied' ],
	] )( '%s is %s', ( _name, before, after, reason ) => {
		const changes = diffCarts( { lines: before }, { lines: after } );
		expect( reasonOf( changes, { lines: after } ) ).toBe( reason );
	} );
} );
