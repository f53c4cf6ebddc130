/**
 * How the Bambuser widget resolves what an agent typed, pasted or scanned (vendors/bambuser/widget/
 * catalogue.ts): the order of look-ups decides which product is shown, so it is pinned here. The
 * sidecar's answers are stood in for by a catalogue of two products.
 */
import { beforeEach, describe, expect, jest, test } from '@jest/globals';
import {
	Catalogue,
	type CatalogueProduct,
} from '../../../src/vendors/bambuser/widget/catalogue';

const ENDPOINT = 'https://shop.example/commerce-bridge/bambuser/products';

/** What the stand-in knows, per query key; SKU '14' is another product than id 14. */
const BEANIE = { ref: 'beanie', id: 14 } as CatalogueProduct;
const NUMBERED = { ref: 'numbered', id: 99 } as CatalogueProduct;
const BY: Record< string, Record< string, CatalogueProduct > > = {
	ids: { '14': BEANIE },
	sku: { '14': NUMBERED, 'woo-beanie': BEANIE },
	code: { '4006381333931': NUMBERED },
	url: { 'https://shop.example/product/beanie/': BEANIE },
};

let queries: string[];

beforeEach( () => {
	queries = [];
	window.fetch = jest.fn< typeof window.fetch >( async ( input ) => {
		const url = new URL( String( input ) );
		const [ [ kind, value ] = [ '', '' ] ] = [ ...url.searchParams ];
		queries.push( `${ kind }=${ value }` );
		const found = BY[ kind ]?.[ value ];
		const body = {
			currency: 'EUR',
			products: found ? [ found ] : [],
			notFound: found ? [] : [ value ],
		};
		return { ok: true, json: async () => body } as Response;
	} );
} );

const resolve = ( ref: string, type?: string ) =>
	new Catalogue( ENDPOINT ).resolve( ref, type );

describe( 'Catalogue.resolve', () => {
	test( 'a URL is looked up as a URL only', async () => {
		await expect(
			resolve( ' https://shop.example/product/beanie/ ' )
		).resolves.toBe( BEANIE );
		expect( queries ).toEqual( [
			'url=https://shop.example/product/beanie/',
		] );
	} );

	test( 'a number is an id first, even when a SKU has the same digits', async () => {
		await expect( resolve( '14' ) ).resolves.toBe( BEANIE );
		expect( queries ).toEqual( [ 'ids=14' ] );
	} );

	test( 'a number that is no id is tried as a SKU', async () => {
		await expect( resolve( '77' ) ).resolves.toBeUndefined();
		expect( queries ).toEqual( [ 'ids=77', 'sku=77' ] );
	} );

	test( 'text is a SKU', async () => {
		await expect( resolve( 'woo-beanie' ) ).resolves.toBe( BEANIE );
		expect( queries ).toEqual( [ 'sku=woo-beanie' ] );
	} );

	test( 'a scanned code is a barcode first, then a typed reference', async () => {
		await expect(
			resolve( '4006381333931', 'scanned-code' )
		).resolves.toBe( NUMBERED );
		await expect( resolve( '14', 'scanned-code' ) ).resolves.toBe( BEANIE );
		expect( queries ).toEqual( [
			'code=4006381333931',
			'code=14',
			'ids=14',
		] );
	} );

	test( 'an unavailable catalogue is an error, not an empty answer', async () => {
		window.fetch = jest.fn< typeof window.fetch >(
			async () => ( { ok: false, status: 503 } ) as Response
		);
		await expect( resolve( 'woo-beanie' ) ).rejects.toThrow( '503' );
	} );
} );
