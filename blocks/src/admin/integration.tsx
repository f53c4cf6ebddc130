/**
 * Every vendor's connection with its platform: the URLs to paste there (from an admin-only route, as
 * they may carry a token), token rotation with a confirmation where the shop issues the token, and
 * Verify. Shown under each vendor's own panel (see withIntegration in vendor-panels.ts).
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Flex, Modal, Notice } from '@wordpress/components';
import type { ReactNode } from 'react';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { errorMessage, type VendorSettings } from './api';
import { CopyField } from './CopyField';
import { VerifyAction } from './VerifyAction';
import type { VendorPanelProps } from './vendor-panels';

/** plugin/src/Vendors/VendorIntegration.php state(). */
interface IntegrationState {
	urls: Array< { id: string; label: string; help: string; url: string } >;
	rotatable: boolean;
}

function RotateToken( { onConfirm }: { onConfirm: () => void } ) {
	const [ confirming, setConfirming ] = useState( false );
	const confirm = () => {
		setConfirming( false );
		onConfirm();
	};
	return (
		<>
			<Button
				variant="secondary"
				isDestructive
				onClick={ () => setConfirming( true ) }
			>
				{ __( 'Rotate token', 'commerce-bridge' ) }
			</Button>
			{ confirming && (
				<Modal
					title={ __( 'Rotate the token?', 'commerce-bridge' ) }
					onRequestClose={ () => setConfirming( false ) }
				>
					<p>
						{ __(
							'The current URLs stop working at once. You will have to paste the new URLs into the vendor’s platform.',
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
							onClick={ confirm }
						>
							{ __( 'Rotate token', 'commerce-bridge' ) }
						</Button>
					</Flex>
				</Modal>
			) }
		</>
	);
}

function UrlFields( { urls }: { urls: IntegrationState[ 'urls' ] } ) {
	const unset = __(
		'No token is set yet: rotate the token to get this URL.',
		'commerce-bridge'
	);
	return (
		<>
			{ urls.map( ( { id, label, help, url } ) => (
				<CopyField
					key={ `${ id }:${ url }` }
					label={ label }
					help={ url ? help : unset }
					value={ url }
				/>
			) ) }
			{ urls.some( ( { url } ) => url.includes( 'token=' ) ) && (
				<p>
					{ __(
						'These URLs contain a secret token: share them with the vendor only.',
						'commerce-bridge'
					) }
				</p>
			) }
		</>
	);
}

/**
 * The vendor's URLs, read again whenever its settings change (a save or a link-up may change the
 * token), and the rotation, which hands the server's new settings on.
 * @param props The vendor panel's props.
 */
function useIntegration( props: VendorPanelProps ) {
	const { settings, onSettingsChange } = props;
	const base = `/commerce-bridge/v1/settings/${ settings.id }`;
	const [ state, setState ] = useState< IntegrationState | null >( null );
	const [ error, setError ] = useState< string | null >( null );

	useEffect( () => {
		apiFetch< IntegrationState >( { path: `${ base }/integration` } ).then(
			setState,
			( failure: unknown ) => setError( errorMessage( failure ) )
		);
	}, [ base, settings ] );

	const rotate = async () => {
		setError( null );
		try {
			await apiFetch( {
				path: `${ base }/rotate-token`,
				method: 'POST',
			} );
			onSettingsChange(
				await apiFetch< VendorSettings >( { path: base } )
			);
		} catch ( failure ) {
			setError( errorMessage( failure ) );
		}
	};
	return { state, error, clearError: () => setError( null ), rotate };
}

export function IntegrationPanel( props: VendorPanelProps ) {
	const { state, error, clearError, rotate } = useIntegration( props );
	return (
		<section
			className="commerce-bridge-integration"
			aria-label={ __(
				'Connection with the platform',
				'commerce-bridge'
			) }
		>
			<h3>{ __( 'Connection with the platform', 'commerce-bridge' ) }</h3>
			{ error && (
				<Notice status="error" onRemove={ clearError }>
					{ error }
				</Notice>
			) }
			{ state && <UrlFields urls={ state.urls } /> }
			{ state?.rotatable && <RotateToken onConfirm={ rotate } /> }
			<VerifyAction vendor={ props.settings.id } />
		</section>
	);
}

/**
 * A vendor's own panel followed by its IntegrationPanel.
 * @param Panel The vendor's own panel.
 */
export function withIntegration(
	Panel: ( props: VendorPanelProps ) => ReactNode
): ( props: VendorPanelProps ) => ReactNode {
	return ( props ) => (
		<>
			<Panel { ...props } />
			<IntegrationPanel { ...props } />
		</>
	);
}
