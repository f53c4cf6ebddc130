/**
 * oct8ne unlink (DELETE commerce-bridge/v1/settings/oct8ne/link-up): forgets the API token, license,
 * hosts and linked e-mail after the admin confirmed it; the storefront then stops loading oct8ne.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { VendorSettings } from '../../../admin/api';
import { useAction } from '../../../admin/useAction';
import type { VendorPanelProps } from '../../../admin/vendor-panels';

function unlink(): Promise< VendorSettings > {
	return apiFetch< VendorSettings >( {
		path: '/commerce-bridge/v1/settings/oct8ne/link-up',
		method: 'DELETE',
	} );
}

/**
 * True while a license or API token is stored.
 * @param settings The vendor's settings.
 */
function isLinked( settings: VendorSettings ): boolean {
	const token = settings.values.apiToken as { isSet?: boolean } | undefined;
	return Boolean( settings.values.license ) || token?.isSet === true;
}

export function Oct8neUnlink( {
	settings,
	onSettingsChange,
}: Pick< VendorPanelProps, 'settings' | 'onSettingsChange' > ) {
	const [ confirming, setConfirming ] = useState( false );
	const { busy, run, notice } = useAction();
	const linked = isLinked( settings );

	const confirm = () =>
		run( async () => {
			onSettingsChange( await unlink() );
			setConfirming( false );
			return __(
				'Unlinked. oct8ne no longer loads on the storefront.',
				'commerce-bridge'
			);
		} );

	return (
		<div className="commerce-bridge-oct8ne-unlink">
			{ notice }
			{ linked && ! confirming && (
				<Button
					variant="tertiary"
					isDestructive
					onClick={ () => setConfirming( true ) }
				>
					{ __( 'Unlink from oct8ne', 'commerce-bridge' ) }
				</Button>
			) }
			{ linked && confirming && (
				<p role="alert">
					{ __(
						'Forget the license, API token and servers? The chat disappears from the storefront and oct8ne can no longer read orders until you link up again.',
						'commerce-bridge'
					) }{ ' ' }
					<Button
						variant="primary"
						isDestructive
						isBusy={ busy }
						disabled={ busy }
						onClick={ confirm }
					>
						{ __( 'Yes, unlink', 'commerce-bridge' ) }
					</Button>{ ' ' }
					<Button
						variant="tertiary"
						disabled={ busy }
						onClick={ () => setConfirming( false ) }
					>
						{ __( 'Cancel', 'commerce-bridge' ) }
					</Button>
				</p>
			) }
		</div>
	);
}
