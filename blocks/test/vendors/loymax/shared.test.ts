/**
 * Template rendering shared by the Loymax widget and its settings preview (vendors/loymax/shared/):
 * the snippet's placeholders become string literals that stay literals, and event data is checked
 * before a call template sees it.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
	FIELDS,
	TEMPLATE_KINDS,
	parseEvent,
	placeholderValues,
} from '../../../src/vendors/loymax/shared/events';
import {
	literal,
	placeholdersIn,
	renderTemplate,
} from '../../../src/vendors/loymax/shared/render';

describe( 'renderTemplate', () => {
	it( 'turns each known placeholder into a string literal and leaves unknown ones', () => {
		expect(
			renderTemplate( 'lmx({SHOP_ID}, {ESRC_ID}, {OTHER});', {
				SHOP_ID: 'a"b',
				ESRC_ID: '7',
			} )
		).toBe( 'lmx("a\\"b", "7", {OTHER});' );
	} );

	it( 'never rescans an inserted value, and ignores inherited names', () => {
		expect(
			renderTemplate( '{SHOP_ID}{ESRC_ID}', {
				SHOP_ID: '{ESRC_ID}',
				ESRC_ID: 'x',
			} )
		).toBe( '"{ESRC_ID}""x"' );
		expect( renderTemplate( '{CONSTRUCTOR}', {} ) ).toBe( '{CONSTRUCTOR}' );
		expect(
			renderTemplate( '{TO_STRING}', Object.create( { TO_STRING: 'x' } ) )
		).toBe( '{TO_STRING}' );
	} );

	it( 'a value cannot end its script element or line', () => {
		const code = literal( '</script><b>&\u2028\u2029' );
		expect( code ).not.toMatch( /[<>&\u2028\u2029]/ );
		expect( code ).toBe(
			'"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u2029"'
		);
	} );

	it( 'a literal always evaluates back to its value (any text)', () => {
		fc.assert(
			fc.property( fc.string( { unit: 'grapheme' } ), ( value ) => {
				expect( JSON.parse( literal( value ) ) ).toBe( value );
			} )
		);
	} );

	it( 'lists each placeholder once, in order of first use', () => {
		expect( placeholdersIn( '{B} {A} {B} {lower} {9X} {A_1}' ) ).toEqual( [
			'B',
			'A',
			'A_1',
		] );
	} );
} );

describe( 'parseEvent', () => {
	it( 'accepts every kind with all its fields as non-empty strings', () => {
		for ( const kind of TEMPLATE_KINDS ) {
			const fields = Object.keys( FIELDS[ kind ] );
			const data = Object.fromEntries(
				fields.map( ( field ) => [ field, `${ field }-1` ] )
			);
			expect( parseEvent( { kind, ...data, extra: 'dropped' } ) ).toEqual(
				{ kind, ...data }
			);
		}
	} );

	it.each( [
		[ 'no data', null ],
		[ 'an unknown kind', { kind: 'refund' } ],
		[ 'the visit (the loader itself)', { kind: 'visit' } ],
		[ 'an inherited kind', { kind: 'toString' } ],
		[ 'a missing field', { kind: 'product', productId: '14' } ],
		[ 'an empty id', { kind: 'auth', userId: '' } ],
		[ 'a numeric id', { kind: 'checkout', orderId: 218 } ],
	] )( 'refuses %s', ( _name, data ) => {
		expect( parseEvent( data ) ).toBeNull();
	} );

	it( 'gives a call template each field under its documented placeholder', () => {
		expect(
			placeholderValues( {
				kind: 'cartAdd',
				categoryId: '18',
				productId: '14',
			} )
		).toEqual( { CATEGORY_ID: '18', PRODUCT_ID: '14' } );
		expect( placeholderValues( { kind: 'cartClear' } ) ).toEqual( {} );
	} );
} );
