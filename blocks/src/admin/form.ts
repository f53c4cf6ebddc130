/** The pure part of a vendor tab's form: drafts and the minimal change set to POST. */
import type { SchemaProperty, SecretState, VendorSettings } from './api';

export interface Draft {
	values: Record< string, unknown >;
	/** Only secrets the admin typed or cleared; absent keys stay unchanged on the server. */
	secrets: Record< string, string >;
}

export function isSecret( property: SchemaProperty ): boolean {
	return property.writeOnly === true;
}

export function secretState( value: unknown ): SecretState {
	return {
		isSet:
			typeof value === 'object' &&
			value !== null &&
			( value as Partial< SecretState > ).isSet === true,
	};
}

export function draftFrom( settings: VendorSettings ): Draft {
	const values: Record< string, unknown > = {};
	for ( const [ key, property ] of Object.entries(
		settings.schema.properties
	) ) {
		if ( ! isSecret( property ) ) {
			values[ key ] = settings.values[ key ] ?? property.default;
		}
	}
	return { values, secrets: {} };
}

/**
 * Changed keys only, so a save never touches settings the admin did not edit.
 * @param settings The settings as last saved.
 * @param draft    The form as edited.
 */
export function changedKeys(
	settings: VendorSettings,
	draft: Draft
): Record< string, unknown > {
	const changes: Record< string, unknown > = { ...draft.secrets };
	for ( const [ key, value ] of Object.entries( draft.values ) ) {
		if (
			JSON.stringify( value ) !== JSON.stringify( settings.values[ key ] )
		) {
			changes[ key ] = value;
		}
	}
	return changes;
}

/**
 * The form over new settings from the server (a vendor panel's action such as link-up or token rotation):
 * values the admin changed and typed secrets stay as edited, everything else follows the server.
 * @param previous The settings the draft was edited against.
 * @param next     The new settings.
 * @param draft    The form as edited.
 */
export function rebase(
	previous: VendorSettings,
	next: VendorSettings,
	draft: Draft
): Draft {
	const fresh = draftFrom( next );
	const edited = changedKeys( previous, {
		values: draft.values,
		secrets: {},
	} );
	return {
		values: { ...fresh.values, ...edited },
		secrets: { ...draft.secrets },
	};
}
