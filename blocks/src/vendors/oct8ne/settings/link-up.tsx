/**
 * oct8ne link-up: the admin's oct8ne e-mail and password fetch the API token, license and hosts
 * (POST commerce-bridge/v1/settings/oct8ne/link-up). The password is sent once and never stored.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import type { VendorSettings } from '../../../admin/api';
import { useAction } from '../../../admin/useAction';
import type { VendorPanelProps } from '../../../admin/vendor-panels';
import { Oct8neUnlink } from './unlink';

function linkUp( email: string, password: string ): Promise< VendorSettings > {
	return apiFetch< VendorSettings >( {
		path: '/commerce-bridge/v1/settings/oct8ne/link-up',
		method: 'POST',
		data: { email, password },
	} );
}

export function Oct8neLinkUp( {
	settings,
	onSettingsChange,
}: VendorPanelProps ) {
	const linkedAs = String( settings.values.email ?? '' );
	const [ email, setEmail ] = useState( linkedAs );
	const [ password, setPassword ] = useState( '' );
	const { busy, run, notice } = useAction();

	const submit = () =>
		run( async () => {
			const linked = await linkUp( email, password );
			setPassword( '' );
			onSettingsChange( linked );
			return sprintf(
				/* translators: %s: oct8ne license id. */
				__( 'Linked up. License %s is stored.', 'commerce-bridge' ),
				String( linked.values.license ?? '' )
			);
		} );

	return (
		<div className="commerce-bridge-oct8ne-linkup">
			<h3>{ __( 'Link up with oct8ne', 'commerce-bridge' ) }</h3>
			<p>
				{ linkedAs
					? sprintf(
							/* translators: %s: e-mail address. */
							__( 'Last linked up as %s.', 'commerce-bridge' ),
							linkedAs
						)
					: __(
							'Fills in the license, API token and oct8ne servers from your oct8ne account.',
							'commerce-bridge'
						) }
			</p>
			{ notice }
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="email"
				autoComplete="username"
				label={ __( 'oct8ne e-mail', 'commerce-bridge' ) }
				value={ email }
				disabled={ busy }
				onChange={ setEmail }
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="password"
				autoComplete="current-password"
				label={ __( 'oct8ne password', 'commerce-bridge' ) }
				help={ __(
					'Sent to oct8ne once; never stored.',
					'commerce-bridge'
				) }
				value={ password }
				disabled={ busy }
				onChange={ setPassword }
			/>
			<Button
				variant="secondary"
				isBusy={ busy }
				disabled={ busy || ! email || ! password }
				accessibleWhenDisabled
				onClick={ submit }
			>
				{ __( 'Link up', 'commerce-bridge' ) }
			</Button>
			<Oct8neUnlink
				settings={ settings }
				onSettingsChange={ onSettingsChange }
			/>
		</div>
	);
}
