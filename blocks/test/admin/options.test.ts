import { describe, expect, it } from '@jest/globals';
import { choiceLabel, choiceOptions } from '../../src/admin/options';

describe( 'settings choices', () => {
	const checkoutMode = {
		enum: [ 'same-tab', 'new-tab' ],
		enumLabels: {
			'same-tab': 'The same tab, under a floating player',
			'new-tab': 'A new tab',
		},
	};

	it( 'offers every value under its label, in the schema order', () => {
		expect( choiceOptions( checkoutMode ) ).toEqual( [
			{
				label: 'The same tab, under a floating player',
				value: 'same-tab',
			},
			{ label: 'A new tab', value: 'new-tab' },
		] );
	} );

	it( 'labels one value, e.g. a ticked trigger', () => {
		expect( choiceLabel( checkoutMode, 'new-tab' ) ).toBe( 'A new tab' );
	} );

	it( 'keeps numeric values as the strings a select posts back', () => {
		const schema = { enum: [ 1, 2 ], enumLabels: { 1: 'One', 2: 'Two' } };
		expect( choiceOptions( schema ).map( ( o ) => o.value ) ).toEqual( [
			'1',
			'2',
		] );
	} );
} );
