/** One non-secret setting, rendered from its JSON-schema property. */
import { __ } from '@wordpress/i18n';
import {
	CheckboxControl,
	SelectControl,
	TextareaControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';

import type { SchemaProperty } from './api';
import { JsonField } from './JsonField';
import { choiceLabel, choiceOptions } from './options';

export interface FieldProps {
	name: string;
	property: SchemaProperty;
	label: string;
	value: unknown;
	disabled: boolean;
	onChange: ( value: unknown ) => void;
	onValidity: ( valid: boolean ) => void;
}

function EnumListField( {
	property,
	label,
	value,
	disabled,
	onChange,
}: FieldProps ) {
	const selected = Array.isArray( value ) ? value : [];
	const items = property.items ?? {};
	return (
		<fieldset className="commerce-bridge-field">
			<legend>{ label }</legend>
			{ property.description && <p>{ property.description }</p> }
			{ ( items.enum ?? [] ).map( ( option ) => (
				<CheckboxControl
					key={ String( option ) }
					__nextHasNoMarginBottom
					label={ choiceLabel( items, option ) }
					checked={ selected.includes( option ) }
					disabled={ disabled }
					onChange={ ( checked: boolean ) =>
						onChange(
							checked
								? [ ...selected, option ]
								: selected.filter( ( item ) => item !== option )
						)
					}
				/>
			) ) }
		</fieldset>
	);
}

function toNumber( text: string ): number | string {
	return text === '' ? '' : Number( text );
}

export function SettingField( props: FieldProps ) {
	const { property, label, value, disabled, onChange } = props;
	const common = {
		label,
		help: property.description,
		disabled,
		__nextHasNoMarginBottom: true,
	};
	if ( property.type === 'boolean' ) {
		return (
			<ToggleControl
				{ ...common }
				checked={ value === true }
				onChange={ ( checked: boolean ) => onChange( checked ) }
			/>
		);
	}
	if ( property.enum ) {
		return (
			<SelectControl
				{ ...common }
				__next40pxDefaultSize
				value={ String( value ?? '' ) }
				options={ choiceOptions( property ) }
				onChange={ ( selected: string ) =>
					onChange(
						property.enum?.find(
							( option ) => String( option ) === selected
						)
					)
				}
			/>
		);
	}
	if ( property.type === 'array' && property.items?.enum ) {
		return <EnumListField { ...props } />;
	}
	if ( property.type === 'array' || property.type === 'object' ) {
		return <JsonField { ...props } />;
	}
	if ( property.contentMediaType ) {
		const readOnly = property.readOnly === true;
		return (
			<TextareaControl
				{ ...common }
				help={
					readOnly
						? __(
								'Read-only: only users allowed to publish unfiltered HTML may change code that runs on the storefront.',
								'commerce-bridge'
							)
						: property.description
				}
				disabled={ disabled || readOnly }
				readOnly={ readOnly }
				className="commerce-bridge-code"
				rows={ 4 }
				value={ typeof value === 'string' ? value : '' }
				onChange={ ( text: string ) => onChange( text ) }
			/>
		);
	}
	const numeric = property.type === 'integer' || property.type === 'number';
	return (
		<TextControl
			{ ...common }
			__next40pxDefaultSize
			type={ numeric ? 'number' : 'text' }
			value={
				value === undefined || value === null ? '' : String( value )
			}
			onChange={ ( text: string ) =>
				onChange( numeric ? toNumber( text ) : text )
			}
		/>
	);
}
