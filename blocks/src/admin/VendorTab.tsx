/** One vendor's settings form: fields from the schema, Save sends only the changed keys. */
import { Button, Card, CardBody, CardFooter } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { saveVendorSettings, type VendorSettings } from './api';
import {
	changedKeys,
	draftFrom,
	isSecret,
	secretState,
	type Draft,
} from './form';
import { SecretField } from './SecretField';
import { SettingField } from './SettingField';
import { useAction } from './useAction';
import { vendorPanels } from './vendors';

interface VendorTabProps {
	settings: VendorSettings;
	onSaved: ( settings: VendorSettings ) => void;
}

function fieldLabel( settings: VendorSettings, key: string ): string {
	if ( key === 'enabled' ) {
		/* translators: %s: the vendor's name. */
		return sprintf( __( 'Enable %s', 'commerce-bridge' ), settings.label );
	}
	return settings.schema.properties[ key ]?.title ?? key;
}

export function VendorTab( { settings, onSaved }: VendorTabProps ) {
	const [ draft, setDraft ] = useState< Draft >( () =>
		draftFrom( settings )
	);
	const [ base, setBase ] = useState( settings );
	const [ invalid, setInvalid ] = useState< string[] >( [] );
	const { busy, run, notice } = useAction( settings.schema );
	// New settings from the server (a save, a vendor panel action) replace the form's drafts.
	if ( base !== settings ) {
		setBase( settings );
		setDraft( draftFrom( settings ) );
	}
	const changes = changedKeys( settings, draft );
	const Extra = vendorPanels[ settings.id ];

	const save = () =>
		run( async () => {
			onSaved( await saveVendorSettings( settings.id, changes ) );
			return __( 'Settings saved.', 'commerce-bridge' );
		} );

	const fields = Object.entries( settings.schema.properties ).map(
		( [ key, property ] ) =>
			isSecret( property ) ? (
				<SecretField
					key={ key }
					label={ fieldLabel( settings, key ) }
					property={ property }
					state={ secretState( settings.values[ key ] ) }
					draft={ draft.secrets[ key ] }
					disabled={ busy }
					onChange={ ( next ) =>
						setDraft( ( current ) => {
							const secrets = { ...current.secrets };
							if ( next === undefined ) {
								delete secrets[ key ];
							} else {
								secrets[ key ] = next;
							}
							return { ...current, secrets };
						} )
					}
				/>
			) : (
				<SettingField
					key={ key }
					name={ key }
					property={ property }
					label={ fieldLabel( settings, key ) }
					value={ draft.values[ key ] }
					disabled={ busy }
					onChange={ ( value ) =>
						setDraft( ( current ) => ( {
							...current,
							values: { ...current.values, [ key ]: value },
						} ) )
					}
					onValidity={ ( valid ) =>
						setInvalid( ( current ) =>
							valid
								? current.filter( ( name ) => name !== key )
								: [ ...current, key ]
						)
					}
				/>
			)
	);

	return (
		<Card className="commerce-bridge-vendor">
			<CardBody>
				{ notice }
				{ fields }
			</CardBody>
			<CardFooter>
				<Button
					variant="primary"
					isBusy={ busy }
					disabled={
						busy ||
						invalid.length > 0 ||
						Object.keys( changes ).length === 0
					}
					accessibleWhenDisabled
					onClick={ save }
				>
					{ __( 'Save changes', 'commerce-bridge' ) }
				</Button>
			</CardFooter>
			{ Extra && (
				<CardBody>
					<Extra
						settings={ settings }
						draft={ draft.values }
						onSettingsChange={ onSaved }
					/>
				</CardBody>
			) }
		</Card>
	);
}
