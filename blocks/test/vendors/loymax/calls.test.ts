/**
 * The Loymax call language (vendors/loymax/shared/calls.ts): what a template may say, how values fill it,
 * and that a call reaches the named function with its object as `this`, all without eval.
 */
import { describe, expect, it } from '@jest/globals';
import {
	fill,
	invoke,
	parseCalls,
} from '../../../src/vendors/loymax/shared/calls';
import { createTracker } from '../../../src/vendors/loymax/widget/tracker';

const PRODUCT = [ 'CATEGORY_ID', 'PRODUCT_ID' ];

function problem( text: string, allowed = PRODUCT ): string {
	const parsed = parseCalls( text, allowed );
	return 'problem' in parsed ? parsed.problem : '';
}

describe( 'parseCalls', () => {
	it( 'reads one call or a list of calls; empty disables', () => {
		expect(
			parseCalls(
				'{"call": "lmx.push", "args": [["view", "{PRODUCT_ID}"]]}',
				PRODUCT
			)
		).toEqual( {
			calls: [
				{ call: 'lmx.push', args: [ [ 'view', '{PRODUCT_ID}' ] ] },
			],
		} );
		expect(
			parseCalls(
				'[{"call": "a"}, {"call": "b.c", "args": [1, true, null, {"k": "v"}]}]',
				PRODUCT
			)
		).toEqual( {
			calls: [
				{ call: 'a', args: [] },
				{ call: 'b.c', args: [ 1, true, null, { k: 'v' } ] },
			],
		} );
		expect( parseCalls( '  ', PRODUCT ) ).toEqual( { calls: [] } );
	} );

	it( 'refuses JavaScript, unknown placeholders, keys and names that reach eval', () => {
		expect( problem( "lmx.push(['view', {PRODUCT_ID}]);" ) ).toMatch(
			/^Not valid JSON/
		);
		expect(
			problem( '{"call": "lmx", "args": ["{ORDER_ID}"]}' )
		).toContain(
			'Unknown placeholder(s) {ORDER_ID}; allowed here: {CATEGORY_ID}, {PRODUCT_ID}'
		);
		expect(
			problem( '{"call": "lmx", "args": ["{ORDER_ID}"]}', [] )
		).toContain( 'allowed here: none' );
		expect( problem( '{"call": "lmx", "when": "always"}' ) ).toContain(
			'Unknown key "when"'
		);
		expect( problem( '{"call": "lmx", "args": "x"}' ) ).toContain(
			'"args" must be a list'
		);
		expect( problem( '{"call": "lmx.push("}' ) ).toContain(
			'is not a function name'
		);
		expect( problem( '{"call": "eval", "args": ["alert(1)"]}' ) ).toContain(
			'could run text as code'
		);
		expect(
			problem( '{"call": "lmx.constructor.constructor"}' )
		).toContain( '"constructor"' );
		expect( problem( '"lmx"' ) ).toContain( 'must be an object' );
		expect( problem( '[]' ) ).toContain( '1 to 5 calls' );
		expect(
			problem( '{"call": "a", "args": [[[[[[[["deep"]]]]]]]]}' )
		).toContain( 'nests deeper' );
	} );
} );

describe( 'fill and invoke', () => {
	it( 'fills placeholders as data, anywhere in a string, never rescanning a value', () => {
		const values = {
			PRODUCT_ID: '"); alert(1); //{CATEGORY_ID}',
			CATEGORY_ID: '18',
		};
		expect(
			fill(
				[ 'p:{PRODUCT_ID}', { c: '{CATEGORY_ID}', n: 2 }, '{OTHER}' ],
				values
			)
		).toEqual( [
			'p:"); alert(1); //{CATEGORY_ID}',
			{ c: '18', n: 2 },
			'{OTHER}',
		] );
	} );

	it( 'calls the named function with its object as this', () => {
		const root = {
			lmx: {
				queue: [] as unknown[],
				push( item: unknown ) {
					this.queue.push( item );
				},
			},
		};
		invoke(
			{ call: 'lmx.push', args: [ [ 'view', '{PRODUCT_ID}' ] ] },
			{ PRODUCT_ID: '14' },
			root
		);
		expect( root.lmx.queue ).toEqual( [ [ 'view', '14' ] ] );
		expect( () =>
			invoke( { call: 'lmx.missing', args: [] }, {}, root )
		).toThrow( 'lmx.missing is not a function' );
		expect( () =>
			invoke( { call: 'nothing.here', args: [] }, {}, root )
		).toThrow( 'nothing.here is not a function' );
	} );

	it( 'the tracker runs the templates without eval (Function and eval throw in this test)', () => {
		const original = {
			eval: Reflect.get( window, 'eval' ),
			Function: window.Function,
		};
		const recorded: unknown[] = [];
		Object.assign( window, {
			commerceBridgeLoymaxLoaded: true,
			lmxTest: { push: ( call: unknown ) => recorded.push( call ) },
			eval: () => {
				throw new Error( 'eval used' );
			},
			Function() {
				throw new Error( 'Function used' );
			},
		} );
		try {
			const tracker = createTracker( {
				product:
					'{"call": "lmxTest.push", "args": [["product", "{CATEGORY_ID}", "{PRODUCT_ID}"]]}',
				cartClear:
					'[{"call": "lmxTest.push", "args": [["cartClear"]]}, {"call": "lmxTest.push", "args": [["again"]]}]',
			} );
			tracker.send( {
				kind: 'product',
				categoryId: 'hats',
				productId: 'woo-beanie',
			} );
			tracker.send( { kind: 'cartClear' } );
			tracker.send( { kind: 'checkout', orderId: '1' } );
		} finally {
			Object.assign( window, original );
		}
		expect( recorded ).toEqual( [
			[ 'product', 'hats', 'woo-beanie' ],
			[ 'cartClear' ],
			[ 'again' ],
		] );
	} );
} );
