/**
 * The theme roads to Loymax (docs/vendors/loymax.md, "Theme helper"): the helper track() and the event
 * source's emitCustom( 'loymax', … ), the latter also before the Loymax bundle loaded; each sent once.
 */
import { beforeEach, expect, test } from '@jest/globals';
import {
	loadBundles,
	openShop,
	printConfig,
	resetPage,
} from '../../support/page';
import { VENDORS, vendorStandIns, type Vendors } from '../../support/vendors';

let vendors: Vendors;

beforeEach( () => {
	resetPage();
	openShop();
	vendors = vendorStandIns();
	const loymax = VENDORS.loymax as { templates: Record< string, string > };
	printConfig( {
		loymax: {
			...loymax,
			templates: {
				...loymax.templates,
				custom: '{"call": "loymaxCalls.push", "args": [["custom", "{EVENT_NAME}"]]}',
			},
		},
	} as unknown as CommerceBridgeConfig[ 'vendors' ] );
} );

const subscribe = ( eventName: string ) =>
	window.commerceBridgeEvents?.emitCustom( 'loymax', {
		kind: 'custom',
		eventName,
	} );

test( 'emitCustom( loymax ) reaches the tracker, before and after the bundle loaded', async () => {
	await loadBundles( 'storefront/index' );
	subscribe( 'before_bundle' );
	await loadBundles( 'vendors/loymax/widget' );
	subscribe( 'after_bundle' );
	expect( vendors.loymax ).toEqual( [
		[ 'custom', 'before_bundle' ],
		[ 'custom', 'after_bundle' ],
	] );
} );

test( 'the helper track() sends once, and another custom event is not Loymax’s', async () => {
	await loadBundles( 'storefront/index', 'vendors/loymax/widget' );
	window.commerceBridgeLoymax?.track( 'newsletter_subscribe' );
	window.commerceBridgeEvents?.emitCustom( 'oct8ne', {
		kind: 'custom',
		eventName: 'not_loymax',
	} );
	expect( vendors.loymax ).toEqual( [
		[ 'custom', 'newsletter_subscribe' ],
	] );
} );
