/** The edit state of one vendor's form: draft, JSON fields that do not parse, discard and reset. */
import { useState } from '@wordpress/element';

import type { VendorSettings } from './api';
import { changedKeys, draftFrom, rebase, type Draft } from './form';

export function useVendorForm( settings: VendorSettings ) {
	const [ draft, setDraft ] = useState< Draft >( () =>
		draftFrom( settings )
	);
	const [ base, setBase ] = useState( settings );
	const [ invalid, setInvalid ] = useState< string[] >( [] );
	// Remounts the fields on reset: JSON fields keep their own text.
	const [ generation, setGeneration ] = useState( 0 );
	if ( base !== settings ) {
		// New settings from a vendor panel's action: keep what the admin was editing.
		setBase( settings );
		setDraft( ( current ) => rebase( base, settings, current ) );
	}
	const changes = changedKeys( settings, draft );

	/**
	 * Starts over from `next` (the saved settings, or the last saved ones to discard the edits).
	 * @param next
	 */
	const reset = ( next: VendorSettings ) => {
		setBase( next );
		setDraft( draftFrom( next ) );
		setInvalid( [] );
		setGeneration( ( current ) => current + 1 );
	};

	const setValue = ( key: string, value: unknown ) =>
		setDraft( ( current ) => ( {
			...current,
			values: { ...current.values, [ key ]: value },
		} ) );

	const setSecret = ( key: string, next: string | undefined ) =>
		setDraft( ( current ) => {
			const secrets = { ...current.secrets };
			if ( next === undefined ) {
				delete secrets[ key ];
			} else {
				secrets[ key ] = next;
			}
			return { ...current, secrets };
		} );

	const setValidity = ( key: string, valid: boolean ) =>
		setInvalid( ( current ) =>
			valid
				? current.filter( ( name ) => name !== key )
				: [ ...current.filter( ( name ) => name !== key ), key ]
		);

	return {
		draft,
		changes,
		invalid,
		generation,
		dirty: Object.keys( changes ).length > 0 || invalid.length > 0,
		reset,
		setValue,
		setSecret,
		setValidity,
	};
}
