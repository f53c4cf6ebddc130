import { describe, expect, it } from '@jest/globals';

import type {
	BridgeStatus,
	SchemaProperty,
	VendorSettings,
} from '../../src/admin/api';
import { draftFrom, rebase } from '../../src/admin/form';
import { nextStep } from '../../src/admin/status';
import { formProblems, isShown, sectionOf } from '../../src/admin/validation';

/**
 * The shape GET /settings/bambuser answers (plugin/src/Rest/SettingsController.php).
 * @param values
 */
function bambuser( values: Record< string, unknown > = {} ): VendorSettings {
	return {
		id: 'bambuser',
		label: 'Bambuser One-to-One',
		requiredKeys: [ 'orgId' ],
		schema: {
			type: 'object',
			properties: {
				enabled: { type: 'boolean', title: 'Enable Bambuser' },
				orgId: {
					type: 'string',
					title: 'Organisation id',
					maxLength: 255,
					pattern: '^$|^[A-Za-z0-9_-]+$',
					patternMessage:
						'Only the ID part of your dashboard address.',
				},
				apiKey: { type: 'string', title: 'API key', writeOnly: true },
				delay: {
					type: 'integer',
					title: 'Delay',
					minimum: 1,
					maximum: 10,
				},
				region: {
					type: 'string',
					enum: [ 'eu' ],
					section: 'connection',
				},
				queue: { type: 'string', title: 'Queue' },
				snippet: {
					type: 'string',
					contentMediaType: 'text/javascript',
				},
				sectionMap: { type: 'array' },
			},
		},
		values: {
			enabled: false,
			orgId: '',
			apiKey: { isSet: false },
			delay: 5,
			region: 'eu',
			queue: '',
			snippet: '',
			sectionMap: [],
			...values,
		},
	};
}

function problemsWith(
	settings: VendorSettings,
	values: Record< string, unknown >,
	secrets: Record< string, string > = {}
) {
	const draft = draftFrom( settings );
	return formProblems( settings, {
		values: { ...draft.values, ...values },
		secrets,
	} );
}

describe( 'the settings form checks before saving', () => {
	it( 'answers a value that misses the pattern with its plain message', () => {
		expect(
			problemsWith( bambuser(), {
				orgId: 'https://lcx.bambuser.com/o/x/',
			} )
		).toEqual( { orgId: 'Only the ID part of your dashboard address.' } );
	} );

	it( 'accepts a well-formed value and an empty optional one', () => {
		expect( problemsWith( bambuser(), { orgId: 'org-1' } ) ).toEqual( {} );
		expect( problemsWith( bambuser(), {} ) ).toEqual( {} );
	} );

	it( 'refuses spaces at either end, as the server does', () => {
		expect( problemsWith( bambuser(), { queue: ' Shoes' } ).queue ).toBe(
			'Queue has spaces at the start or end.'
		);
	} );

	it( 'names the bounds of a number out of range', () => {
		expect( problemsWith( bambuser(), { delay: 11 } ).delay ).toBe(
			'Delay must be a number from 1 to 10.'
		);
	} );

	it( 'leaves code to the server (it is stored exactly as written)', () => {
		expect( problemsWith( bambuser(), { snippet: ' x ' } ) ).toEqual( {} );
	} );

	it( 'needs every required key to switch a vendor on, secrets included', () => {
		const settings = {
			...bambuser(),
			requiredKeys: [ 'orgId', 'apiKey' ],
		};
		expect( problemsWith( settings, { enabled: true } ) ).toEqual( {
			orgId: 'Organisation id is empty.',
			apiKey: 'API key is empty.',
		} );
		expect(
			problemsWith(
				settings,
				{ enabled: true, orgId: 'o' },
				{ apiKey: 'k' }
			)
		).toEqual( {} );
	} );

	it( 'lets a vendor that is on already save a cleared key (its checklist says so)', () => {
		const live = bambuser( { enabled: true, orgId: 'org-1' } );
		expect( problemsWith( live, { orgId: '' } ) ).toEqual( {} );
	} );
} );

describe( 'card sections', () => {
	const settings = bambuser();
	const section = ( key: string ) =>
		sectionOf(
			key,
			settings.schema.properties[ key ] ?? {},
			settings.requiredKeys ?? []
		);

	it( 'puts the switch, required keys and secrets under Connection', () => {
		expect( [ 'enabled', 'orgId', 'apiKey' ].map( section ) ).toEqual( [
			'connection',
			'connection',
			'connection',
		] );
	} );

	it( 'follows the schema, then collapses code and structured values under Advanced', () => {
		expect( section( 'region' ) ).toBe( 'connection' );
		expect( section( 'snippet' ) ).toBe( 'advanced' );
		expect( section( 'sectionMap' ) ).toBe( 'advanced' );
		expect( section( 'queue' ) ).toBe( 'storefront' );
	} );
} );

describe( 'fields that apply only to some choices', () => {
	// oct8ne's delay as GET /settings/oct8ne declares it.
	const delay: SchemaProperty = {
		type: 'integer',
		title: 'Delay (seconds)',
		minimum: 1,
		maximum: 10,
		showWhen: { loading: [ 'deferred' ] },
	};

	it( 'are shown only while the named field holds a listed value', () => {
		expect( isShown( delay, { loading: 'deferred' } ) ).toBe( true );
		expect( isShown( delay, { loading: 'immediate' } ) ).toBe( false );
		expect( isShown( delay, { loading: 'manual' } ) ).toBe( false );
		expect( isShown( delay, {} ) ).toBe( false );
	} );

	it( 'need every condition to hold, and a field without one is always shown', () => {
		const both = {
			showWhen: { loading: [ 'deferred' ], enabled: [ true ] },
		};
		expect( isShown( both, { loading: 'deferred', enabled: true } ) ).toBe(
			true
		);
		expect(
			isShown( both, { loading: 'deferred', enabled: 'true' } )
		).toBe( false );
		expect( isShown( { type: 'string' }, {} ) ).toBe( true );
	} );

	it( 'stay in sight while something is wrong with them', () => {
		expect(
			isShown( delay, { loading: 'manual' }, 'Delay must be a number' )
		).toBe( true );
	} );
} );

describe( 'new settings from a vendor action', () => {
	it( 'keep what the admin was editing and take the rest from the server', () => {
		const before = bambuser( { queue: 'old' } );
		const after = bambuser( { queue: 'old', orgId: 'linked' } );
		const draft = {
			values: { ...draftFrom( before ).values, queue: 'typed' },
			secrets: { apiKey: 'secret' },
		};
		const next = rebase( before, after, draft );
		expect( next.values.queue ).toBe( 'typed' );
		expect( next.values.orgId ).toBe( 'linked' );
		expect( next.secrets ).toEqual( { apiKey: 'secret' } );
	} );
} );

describe( "the status panel's next step", () => {
	const status = (
		sidecar: Partial< BridgeStatus[ 'sidecar' ] >,
		active = true
	): BridgeStatus => ( {
		woocommerce: { active, version: '10.1.0' },
		sidecar: {
			url: 'http://127.0.0.1:3000',
			ok: true,
			db: 'ok',
			latencyMs: 4,
			...sidecar,
		},
	} );

	it( 'is nothing while all is up', () => {
		expect( nextStep( status( {} ) ) ).toBeNull();
	} );

	it( 'says to start the sidecar when it does not answer', () => {
		expect(
			nextStep( status( { ok: false, db: null, latencyMs: null } ) )
		).toMatch( /^Start the sidecar/ );
	} );

	it( 'points at the database when the sidecar answers without it', () => {
		expect( nextStep( status( { ok: false, db: 'down' } ) ) ).toMatch(
			/cannot read the shop's database/
		);
	} );

	it( 'asks for WooCommerce first', () => {
		expect( nextStep( status( { ok: false }, false ) ) ).toMatch(
			/^Activate WooCommerce/
		);
	} );
} );
