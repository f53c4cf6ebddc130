/** The settings REST API (docs/architecture.md, "Settings REST API") as typed calls. */
import apiFetch from '@wordpress/api-fetch';

const NAMESPACE = '/commerce-bridge/v1';

/** An enum with the label the admin sees for each value (PHP VendorModule::options()). */
export interface EnumSchema {
	enum?: Array< string | number >;
	enumLabels?: Record< string, string >;
}

export interface SchemaProperty extends EnumSchema {
	type?: 'boolean' | 'string' | 'integer' | 'number' | 'array' | 'object';
	title?: string;
	description?: string;
	items?: EnumSchema & { type?: string };
	writeOnly?: boolean;
	/** Set on admin-authored code (e.g. text/javascript): edited as multi-line text, stored verbatim. */
	contentMediaType?: string;
	/** Set by the server on code fields for users without `unfiltered_html`: shown, never editable. */
	readOnly?: boolean;
	default?: unknown;
	pattern?: string;
	/** What the owner reads when the value does not match `pattern`. */
	patternMessage?: string;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	/** The card section the field is shown in (validation.ts sectionOf() when absent). */
	section?: 'connection' | 'storefront' | 'advanced';
	/** Shown only while each named field holds one of the listed values (validation.ts isShown()). */
	showWhen?: Record< string, Array< string | number | boolean > >;
}

export interface SettingsSchema {
	type: 'object';
	properties: Record< string, SchemaProperty >;
}

/** A secret's value never leaves the server: only whether it is set. */
export interface SecretState {
	isSet: boolean;
}

/** One line of a vendor's checklist (plugin/src/Rest/VendorChecklist.php). */
export interface ChecklistItem {
	id: string;
	ok: boolean;
	label: string;
}

export type VendorState = 'off' | 'incomplete' | 'live';

export interface VendorSettings {
	id: string;
	label: string;
	schema: SettingsSchema;
	values: Record< string, unknown >;
	state?: VendorState;
	checklist?: ChecklistItem[];
	/** Keys that must be filled before the vendor may be switched on. */
	requiredKeys?: string[];
}

export interface BridgeStatus {
	woocommerce: { active: boolean; version: string };
	sidecar: {
		url: string;
		ok: boolean;
		db: 'ok' | 'down' | null;
		latencyMs: number | null;
		error?: string;
	};
}

/** GET /status/direct-path: the web-server configs of the direct path for this site, and whether it is live. */
export interface DirectPathStatus {
	sidecarOrigin: string;
	/** nginx comes in two parts: `nginxHttp` inside `http { }`, `nginx` inside the site's `server { }`. */
	configs: {
		nginxHttp: string;
		nginx: string;
		apache: string;
		caddy: string;
	};
	active: boolean;
	message: string;
}

export function fetchDirectPath(): Promise< DirectPathStatus > {
	return apiFetch< DirectPathStatus >( {
		path: `${ NAMESPACE }/status/direct-path`,
	} );
}

export function fetchAllSettings(): Promise<
	Record< string, VendorSettings >
> {
	return apiFetch< Record< string, VendorSettings > >( {
		path: `${ NAMESPACE }/settings`,
	} );
}

export function saveVendorSettings(
	vendor: string,
	changes: Record< string, unknown >
): Promise< VendorSettings > {
	return apiFetch< VendorSettings >( {
		path: `${ NAMESPACE }/settings/${ encodeURIComponent( vendor ) }`,
		method: 'POST',
		data: changes,
	} );
}

export function fetchStatus(): Promise< BridgeStatus > {
	return apiFetch< BridgeStatus >( { path: `${ NAMESPACE }/status` } );
}

interface RestError {
	message?: string;
	code?: string;
	data?: { params?: Record< string, string > };
}

/**
 * The server's message for a failed call; for `rest_invalid_param`, one line per invalid field,
 * labelled with the field's schema title.
 * @param error  What apiFetch rejected with.
 * @param schema The vendor's schema, for field titles.
 */
export function errorMessage(
	error: unknown,
	schema?: SettingsSchema
): string {
	const rest = ( error ?? {} ) as RestError;
	const message = rest.message ?? String( error );
	const params = rest.data?.params;
	if ( rest.code !== 'rest_invalid_param' || ! params ) {
		return message;
	}
	const fields = Object.entries( params ).map(
		( [ key, reason ] ) =>
			`${ schema?.properties[ key ]?.title ?? key }: ${ reason }`
	);
	return [ message, ...fields ].join( '\n' );
}
