/** The Commerce Bridge settings page: status, then one tab per vendor in the server's order. */
import { Notice, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';

import { errorMessage, fetchAllSettings, type VendorSettings } from './api';
import { ConsentPanel } from './ConsentPanel';
import { DirectPathPanel } from './DirectPathPanel';
import { StatusPanel } from './StatusPanel';
import { VendorTabs } from './VendorTabs';

type AllSettings = Record< string, VendorSettings >;

export function SettingsApp() {
	const [ settings, setSettings ] = useState< AllSettings | null >( null );
	const [ error, setError ] = useState< string | null >( null );

	useEffect( () => {
		fetchAllSettings().then( setSettings, ( failure: unknown ) =>
			setError( errorMessage( failure ) )
		);
	}, [] );

	const replace = ( saved: VendorSettings ) =>
		setSettings( ( current ) =>
			current ? { ...current, [ saved.id ]: saved } : current
		);

	return (
		<div className="commerce-bridge-settings">
			<StatusPanel />
			<DirectPathPanel />
			<ConsentPanel />
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ ! settings && ! error && <Spinner /> }
			{ settings && (
				<VendorTabs
					vendors={ Object.values( settings ) }
					onSaved={ replace }
				/>
			) }
		</div>
	);
}
