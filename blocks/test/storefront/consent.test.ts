import { beforeEach, describe, expect, jest, test } from '@jest/globals';
import {
	createConsentGate,
	type ConsentPolicy,
} from '../../src/storefront/consent';
import { CONSENT_API_GLOBALS } from '../support/page';

type ApiWindow = Window & {
	consent_api?: object;
	wp_set_consent?: ( category: string, value: string ) => void;
	wp_consent_type?: string;
	waitfor_consent_hook?: boolean;
	wp_has_consent?: unknown;
	ran?: string[];
};
const api = window as ApiWindow;

/**
 * Runs the stack's WP Consent API page script (test/wordpress/consent-api-test) as WordPress prints
 * it: after the server's settings, once per page.
 * @param consentType The consent type the server knows.
 */
async function loadApi( consentType: string | false ): Promise< void > {
	api.consent_api = { consent_type: consentType, cookie_expiration: 30 };
	jest.resetModules();
	await import( '../../../test/wordpress/consent-api-test/consent-api.js' );
}

const policy = (
	vendors: ConsentPolicy[ 'vendors' ],
	required = false
): ConsentPolicy => ( { required, vendors } );

beforeEach( () => {
	for ( const cookie of document.cookie.split( ';' ) ) {
		const name = cookie.split( '=' )[ 0 ]?.trim();
		if ( name ) {
			document.cookie = `${ name }=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
		}
	}
	document.head.innerHTML = '';
	for ( const key of [ ...CONSENT_API_GLOBALS, 'ran' ] ) {
		delete ( api as unknown as Record< string, unknown > )[ key ];
	}
} );

describe( 'consent gate', () => {
	test( 'without a policy every vendor starts at once', () => {
		const start = jest.fn();
		createConsentGate( null )( 'loymax', start );
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );

	test( 'opt-in: a vendor waits for its category and starts once, without a reload', async () => {
		await loadApi( 'optin' );
		const start = jest.fn();
		createConsentGate( policy( { loymax: [ 'marketing' ] } ) )(
			'loymax',
			start
		);
		expect( start ).not.toHaveBeenCalled();
		api.wp_set_consent!( 'statistics', 'allow' );
		api.wp_set_consent!( 'marketing', 'deny' );
		expect( start ).not.toHaveBeenCalled();
		api.wp_set_consent!( 'marketing', 'allow' );
		api.wp_set_consent!( 'functional', 'allow' );
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );

	test( 'every category of the vendor is needed', async () => {
		await loadApi( 'optin' );
		const start = jest.fn();
		createConsentGate(
			policy( { bambuser: [ 'functional', 'marketing' ] } )
		)( 'bambuser', start );
		api.wp_set_consent!( 'functional', 'allow' );
		expect( start ).not.toHaveBeenCalled();
		api.wp_set_consent!( 'marketing', 'allow' );
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );

	test( 'consent given on an earlier page starts the vendor at once', async () => {
		document.cookie = 'wp_consent_functional=allow; path=/';
		await loadApi( 'optin' );
		const start = jest.fn();
		createConsentGate( policy( { belco: [ 'functional' ] } ) )(
			'belco',
			start
		);
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );

	test( 'before the API script has run nothing starts; its arrival and the load event start it', async () => {
		const start = jest.fn();
		createConsentGate( policy( { belco: [ 'functional' ] } ) )(
			'belco',
			start
		);
		expect( start ).not.toHaveBeenCalled();
		await loadApi( false );
		expect( start ).not.toHaveBeenCalled();
		window.dispatchEvent( new Event( 'load' ) );
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );

	test( 'require consent: no consent type means nothing is known, whatever the API answers', async () => {
		await loadApi( false );
		const start = jest.fn();
		createConsentGate( policy( { belco: [ 'functional' ] }, true ) )(
			'belco',
			start
		);
		document.dispatchEvent( new Event( 'wp_listen_for_consent_change' ) );
		expect( start ).not.toHaveBeenCalled();
		api.wp_consent_type = 'optout';
		document.dispatchEvent( new Event( 'wp_consent_type_defined' ) );
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );

	test( 'a consent plugin that defines the type late is waited for', async () => {
		await loadApi( false );
		api.waitfor_consent_hook = true;
		const start = jest.fn();
		createConsentGate( policy( { oct8ne: [ 'functional' ] } ) )(
			'oct8ne',
			start
		);
		expect( start ).not.toHaveBeenCalled();
		api.wp_consent_type = 'optin';
		document.dispatchEvent( new Event( 'wp_consent_type_defined' ) );
		expect( start ).not.toHaveBeenCalled();
		api.wp_set_consent!( 'functional', 'allow' );
		expect( start ).toHaveBeenCalledTimes( 1 );
	} );

	test( 'a vendor missing from the policy never starts', async () => {
		await loadApi( false );
		const start = jest.fn();
		createConsentGate( policy( { belco: [ 'functional' ] } ) )(
			'loymax',
			start
		);
		window.dispatchEvent( new Event( 'load' ) );
		expect( start ).not.toHaveBeenCalled();
	} );

	test( "the vendor's inert scripts run, in page order, before it starts; others' stay inert", async () => {
		const record = ( name: string ) =>
			`window.ran = ( window.ran || [] ).concat( '${ name }' );`;
		document.head.innerHTML = [
			`<script type="text/plain" data-commerce-bridge-consent="loymax" id="snippet">${ record( 'snippet' ) }</script>`,
			`<script type="text/plain" data-commerce-bridge-consent="belco">${ record( 'belco' ) }</script>`,
			`<script type="text/plain" data-commerce-bridge-consent="loymax">${ record( 'loaded' ) }</script>`,
		].join( '' );
		await loadApi( 'optin' );
		const start = jest.fn( () => api.ran?.push( 'start' ) );
		createConsentGate( policy( { loymax: [ 'marketing' ] } ) )(
			'loymax',
			start
		);
		expect( api.ran ).toBeUndefined();
		api.wp_set_consent!( 'marketing', 'allow' );
		expect( api.ran ).toEqual( [ 'snippet', 'loaded', 'start' ] );
		expect(
			document.getElementById( 'snippet' )?.getAttribute( 'type' )
		).toBeNull();
		expect(
			document.querySelectorAll( 'script[type="text/plain"]' )
		).toHaveLength( 1 );
	} );
} );
