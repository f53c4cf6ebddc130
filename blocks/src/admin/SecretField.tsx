/**
 * A write-only setting: the server only says whether it is set. The input starts empty and is
 * never prefilled; typing replaces the secret on save, "Clear" removes it (sends "").
 */
import { Button, TextControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import type { SchemaProperty, SecretState } from './api';

interface SecretFieldProps {
	label: string;
	property: SchemaProperty;
	state: SecretState;
	/** undefined: unchanged; "": clear on save; otherwise the replacement. */
	draft: string | undefined;
	disabled: boolean;
	onChange: ( draft: string | undefined ) => void;
}

function statusText( state: SecretState, draft: string | undefined ): string {
	if ( draft === '' ) {
		return __( 'Status: will be cleared on save.', 'commerce-bridge' );
	}
	return state.isSet
		? __( 'Status: set.', 'commerce-bridge' )
		: __( 'Status: not set.', 'commerce-bridge' );
}

export function SecretField( {
	label,
	property,
	state,
	draft,
	disabled,
	onChange,
}: SecretFieldProps ) {
	const help = [ property.description, statusText( state, draft ) ]
		.filter( Boolean )
		.join( ' ' );
	return (
		<div className="commerce-bridge-secret">
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="password"
				autoComplete="new-password"
				label={ label }
				help={ help }
				placeholder={
					state.isSet
						? __(
								'Enter a new value to replace it',
								'commerce-bridge'
							)
						: ''
				}
				value={ draft ?? '' }
				disabled={ disabled }
				onChange={ ( text: string ) =>
					onChange( text === '' ? undefined : text )
				}
			/>
			<Button
				variant="secondary"
				isDestructive
				size="compact"
				disabled={ disabled || ! state.isSet || draft === '' }
				onClick={ () => onChange( '' ) }
			>
				{ sprintf(
					/* translators: %s: the setting's label. */
					__( 'Clear %s', 'commerce-bridge' ),
					label
				) }
			</Button>
		</div>
	);
}
