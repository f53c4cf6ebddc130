/**
 * The plugin-wide consent switch (plugin/src/Consent): whether vendors wait for a consent plugin's
 * answer even where none is installed. Each vendor's own categories are in its tab.
 */
import apiFetch from '@wordpress/api-fetch';
import {
	Card,
	CardBody,
	CardHeader,
	Notice,
	ToggleControl,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { errorMessage } from './api';
import { useAction } from './useAction';

/** GET|POST /commerce-bridge/v1/settings/consent. */
interface ConsentSettings {
	requireConsent: boolean;
	/** The WP Consent API (a consent plugin's interface) is installed. */
	consentApi: boolean;
}

const PATH = '/commerce-bridge/v1/settings/consent';

function help( settings: ConsentSettings ): string {
	if ( settings.consentApi ) {
		return __(
			'A consent plugin is installed: each vendor loads once the visitor accepts its consent categories. When on, vendors also wait while the consent plugin has not said which rules apply to the visitor.',
			'commerce-bridge'
		);
	}
	return __(
		'No consent plugin (WP Consent API) is installed. When on, no vendor loads for anyone until one is installed and the visitor accepts.',
		'commerce-bridge'
	);
}

export function ConsentPanel() {
	const [ settings, setSettings ] = useState< ConsentSettings | null >(
		null
	);
	const [ error, setError ] = useState< string | null >( null );
	const { busy, run, notice } = useAction();

	useEffect( () => {
		apiFetch< ConsentSettings >( { path: PATH } ).then(
			setSettings,
			( failure: unknown ) => setError( errorMessage( failure ) )
		);
	}, [] );

	const save = ( requireConsent: boolean ) =>
		run( async () => {
			setSettings(
				await apiFetch< ConsentSettings >( {
					path: PATH,
					method: 'POST',
					data: { requireConsent },
				} )
			);
			return __( 'Consent setting saved.', 'commerce-bridge' );
		} );

	return (
		<Card className="commerce-bridge-consent">
			<CardHeader>
				<h2>{ __( 'Visitor consent', 'commerce-bridge' ) }</h2>
			</CardHeader>
			<CardBody>
				{ error && (
					<Notice status="error" isDismissible={ false }>
						{ error }
					</Notice>
				) }
				{ notice }
				{ settings && (
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __(
							'Require consent before any vendor loads',
							'commerce-bridge'
						) }
						help={ help( settings ) }
						checked={ settings.requireConsent }
						disabled={ busy }
						onChange={ save }
					/>
				) }
			</CardBody>
		</Card>
	);
}
