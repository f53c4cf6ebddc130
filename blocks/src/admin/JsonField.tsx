/** A structured setting (object, or list without fixed options) edited as JSON text. */
import { TextareaControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { FieldProps } from './SettingField';

export function JsonField( {
	property,
	label,
	value,
	disabled,
	onChange,
	onValidity,
}: FieldProps ) {
	const [ text, setText ] = useState( () =>
		JSON.stringify( value ?? null, null, 2 )
	);
	const [ valid, setValid ] = useState( true );

	const update = ( next: string ) => {
		setText( next );
		try {
			onChange( JSON.parse( next ) );
			setValid( true );
			onValidity( true );
		} catch {
			setValid( false );
			onValidity( false );
		}
	};

	return (
		<TextareaControl
			__nextHasNoMarginBottom
			label={ label }
			help={
				valid
					? property.description
					: __( 'This is not valid JSON.', 'commerce-bridge' )
			}
			value={ text }
			rows={ 6 }
			disabled={ disabled }
			onChange={ update }
		/>
	);
}
