/**
 * The form's checks before saving, from the rules the server's schema declares (pattern with its
 * plain-language `patternMessage`, maxLength, bounds, required keys of a switched-on vendor). The server
 * applies the same rules on save and answers 400 with the same kind of message; this only answers sooner.
 */
import { __, sprintf } from '@wordpress/i18n';

import type { SchemaProperty, VendorSettings } from './api';
import { isSecret, secretState, type Draft } from './form';

export type Section = 'connection' | 'storefront' | 'advanced';

export const SECTIONS: Section[] = [ 'connection', 'storefront', 'advanced' ];

function title( key: string, property: SchemaProperty ): string {
	return property.title ?? key;
}

/**
 * The problem with one value as typed, null when it may be saved.
 * @param key      Field name.
 * @param property Its schema property.
 * @param value    The draft value.
 */
export function valueProblem(
	key: string,
	property: SchemaProperty,
	value: unknown
): string | null {
	if ( typeof value === 'string' && ! property.contentMediaType ) {
		return textProblem( key, property, value );
	}
	if ( typeof value === 'number' ) {
		return numberProblem( key, property, value );
	}
	return null;
}

function textProblem(
	key: string,
	property: SchemaProperty,
	value: string
): string | null {
	if ( value !== value.trim() ) {
		/* translators: %s: setting title. */
		const message = __(
			'%s has spaces at the start or end.',
			'commerce-bridge'
		);
		return sprintf( message, title( key, property ) );
	}
	if (
		property.pattern &&
		! new RegExp( property.pattern, 'u' ).test( value )
	) {
		return (
			property.patternMessage ??
			sprintf(
				/* translators: %s: setting title. */
				__( '%s is not in the expected form.', 'commerce-bridge' ),
				title( key, property )
			)
		);
	}
	if (
		property.maxLength !== undefined &&
		value.length > property.maxLength
	) {
		return sprintf(
			/* translators: 1: setting title, 2: number of characters. */
			__(
				'%1$s is too long: at most %2$d characters.',
				'commerce-bridge'
			),
			title( key, property ),
			property.maxLength
		);
	}
	return null;
}

function numberProblem(
	key: string,
	property: SchemaProperty,
	value: number
): string | null {
	const { minimum, maximum } = property;
	if ( minimum === undefined || maximum === undefined ) {
		return null;
	}
	if ( value >= minimum && value <= maximum && Number.isFinite( value ) ) {
		return null;
	}
	return sprintf(
		/* translators: 1: setting title, 2: smallest value, 3: largest value. */
		__( '%1$s must be a number from %2$s to %3$s.', 'commerce-bridge' ),
		title( key, property ),
		String( minimum ),
		String( maximum )
	);
}

/**
 * Whether a required key is empty in the form: a secret counts as filled while it is set and not cleared.
 * @param settings The settings as last saved.
 * @param draft    The form as edited.
 * @param key      A required key.
 */
function isEmpty( settings: VendorSettings, draft: Draft, key: string ) {
	const property = settings.schema.properties[ key ];
	if ( property && isSecret( property ) ) {
		const typed = draft.secrets[ key ];
		return typed === undefined
			? ! secretState( settings.values[ key ] ).isSet
			: typed.trim() === '';
	}
	return String( draft.values[ key ] ?? '' ).trim() === '';
}

/**
 * Field => problem for the form as it stands; empty when Save may go ahead.
 * @param settings The settings as last saved.
 * @param draft    The form as edited.
 */
export function formProblems(
	settings: VendorSettings,
	draft: Draft
): Record< string, string > {
	const problems: Record< string, string > = {};
	const entries = { ...draft.values, ...draft.secrets };
	for ( const [ key, value ] of Object.entries( entries ) ) {
		const property = settings.schema.properties[ key ];
		const problem = property ? valueProblem( key, property, value ) : null;
		if ( problem ) {
			problems[ key ] = problem;
		}
	}
	// As on the server: switching on needs every required key; a live vendor may save a cleared key
	// (its checklist then says what is missing).
	if ( draft.values.enabled !== true || settings.values.enabled === true ) {
		return problems;
	}
	for ( const key of settings.requiredKeys ?? [] ) {
		if ( ! problems[ key ] && isEmpty( settings, draft, key ) ) {
			const property = settings.schema.properties[ key ] ?? {};
			problems[ key ] = sprintf(
				/* translators: %s: setting title, e.g. License. */
				__( '%s is empty.', 'commerce-bridge' ),
				title( key, property )
			);
		}
	}
	return problems;
}

/**
 * Where a field is shown: the schema's `section`, else the connection for the switch, the required keys
 * and secrets, advanced for code and structured values, the storefront for everything else.
 * @param key          Field name.
 * @param property     Its schema property.
 * @param requiredKeys The vendor's required keys.
 */
export function sectionOf(
	key: string,
	property: SchemaProperty,
	requiredKeys: string[]
): Section {
	if ( property.section ) {
		return property.section;
	}
	if (
		key === 'enabled' ||
		requiredKeys.includes( key ) ||
		isSecret( property )
	) {
		return 'connection';
	}
	const structured =
		( property.type === 'array' && ! property.items?.enum ) ||
		property.type === 'object';
	return property.contentMediaType || structured ? 'advanced' : 'storefront';
}

/**
 * Whether a field is shown: always, unless its schema's `showWhen` names fields whose values as typed
 * make it do nothing (oct8ne's delay applies only to deferred loading). A field with a problem stays in
 * sight so nothing wrong is hidden.
 * @param property Its schema property.
 * @param values   The form's values as typed.
 * @param problem  What is wrong with the field, if anything.
 */
export function isShown(
	property: SchemaProperty,
	values: Record< string, unknown >,
	problem?: string
): boolean {
	if ( problem ) {
		return true;
	}
	return Object.entries( property.showWhen ?? {} ).every(
		( [ key, allowed ] ) =>
			allowed.some( ( value ) => value === values[ key ] )
	);
}
