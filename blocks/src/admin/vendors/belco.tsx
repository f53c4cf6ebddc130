/**
 * Belco panel: the custom orders and customer frame URLs to paste into Belco (they carry the orders
 * token, so they come from an admin-only route, never from the settings values), copy buttons and
 * token rotation with a confirmation.
 */
import apiFetch from '@wordpress/api-fetch';
import {
	Button,
	Flex,
	Modal,
	Notice,
	TextControl,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { errorMessage, type VendorSettings } from '../api';
import type { VendorPanelProps } from './index';

interface IntegrationUrls {
	ordersUrl: string;
	frameUrl: string;
}

const BASE = '/commerce-bridge/v1/settings/belco';

function CopyField( { label, value }: { label: string; value: string } ) {
	const [ copied, setCopied ] = useState( false );
	const copy = () =>
		window.navigator.clipboard
			.writeText( value )
			.then( () => setCopied( true ) );
	return (
		<div className="commerce-bridge-copy-field">
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ label }
				value={ value }
				readOnly
				onChange={ () => undefined }
			/>
			<Button variant="secondary" onClick={ copy } disabled={ ! value }>
				{ copied
					? __( 'Copied', 'commerce-bridge' )
					: __( 'Copy', 'commerce-bridge' ) }
			</Button>
		</div>
	);
}

export function BelcoPanel( { onSettingsChange }: VendorPanelProps ) {
	const [ urls, setUrls ] = useState< IntegrationUrls | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ confirming, setConfirming ] = useState( false );
	const [ busy, setBusy ] = useState( false );

	useEffect( () => {
		apiFetch< IntegrationUrls >( { path: `${ BASE }/integration` } ).then(
			setUrls,
			( failure: unknown ) => setError( errorMessage( failure ) )
		);
	}, [] );

	const rotate = async () => {
		setConfirming( false );
		setBusy( true );
		setError( null );
		try {
			setUrls(
				await apiFetch< IntegrationUrls >( {
					path: `${ BASE }/rotate-orders-token`,
					method: 'POST',
				} )
			);
			onSettingsChange(
				await apiFetch< VendorSettings >( { path: BASE } )
			);
		} catch ( failure ) {
			setError( errorMessage( failure ) );
		} finally {
			setBusy( false );
		}
	};

	return (
		<div className="commerce-bridge-belco-integration">
			<h3>{ __( 'Custom integrations in Belco', 'commerce-bridge' ) }</h3>
			<p>
				{ __(
					'Paste these URLs into Belco (Settings → Integrations → Other → Custom orders / Custom frame). They contain a secret token: share them with nobody else.',
					'commerce-bridge'
				) }
			</p>
			{ error && (
				<Notice status="error" onRemove={ () => setError( null ) }>
					{ error }
				</Notice>
			) }
			<CopyField
				label={ __( 'Custom orders URL', 'commerce-bridge' ) }
				value={ urls?.ordersUrl ?? '' }
			/>
			<CopyField
				label={ __( 'Custom frame URL', 'commerce-bridge' ) }
				value={ urls?.frameUrl ?? '' }
			/>
			<Button
				variant="secondary"
				isDestructive
				isBusy={ busy }
				disabled={ busy }
				onClick={ () => setConfirming( true ) }
			>
				{ __( 'Rotate token', 'commerce-bridge' ) }
			</Button>
			{ confirming && (
				<Modal
					title={ __(
						'Rotate the orders token?',
						'commerce-bridge'
					) }
					onRequestClose={ () => setConfirming( false ) }
				>
					<p>
						{ __(
							'The current URLs stop working at once. You will have to paste the new URLs into Belco.',
							'commerce-bridge'
						) }
					</p>
					<Flex justify="flex-end">
						<Button
							variant="tertiary"
							onClick={ () => setConfirming( false ) }
						>
							{ __( 'Cancel', 'commerce-bridge' ) }
						</Button>
						<Button
							variant="primary"
							isDestructive
							onClick={ rotate }
						>
							{ __( 'Rotate token', 'commerce-bridge' ) }
						</Button>
					</Flex>
				</Modal>
			) }
		</div>
	);
}
