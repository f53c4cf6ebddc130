/** WooCommerce and sidecar health from GET /status, with a refresh button. */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Notice,
	Spinner,
} from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { errorMessage, fetchStatus, type BridgeStatus } from './api';

function upDown( ok: boolean ): string {
	return ok ? __( 'up', 'commerce-bridge' ) : __( 'down', 'commerce-bridge' );
}

function rows( status: BridgeStatus ): Array< [ string, string ] > {
	const { woocommerce, sidecar } = status;
	return [
		[
			__( 'WooCommerce', 'commerce-bridge' ),
			woocommerce.active
				? sprintf(
						/* translators: %s: WooCommerce version. */
						__( 'active, version %s', 'commerce-bridge' ),
						woocommerce.version
					)
				: __( 'absent', 'commerce-bridge' ),
		],
		[ __( 'Sidecar', 'commerce-bridge' ), upDown( sidecar.ok ) ],
		[
			__( 'Database', 'commerce-bridge' ),
			sidecar.db === null
				? __( 'unknown', 'commerce-bridge' )
				: upDown( sidecar.db === 'ok' ),
		],
		[
			__( 'Latency', 'commerce-bridge' ),
			sidecar.latencyMs === null
				? __( 'unknown', 'commerce-bridge' )
				: sprintf(
						/* translators: %d: round-trip time in milliseconds. */
						__( '%d ms', 'commerce-bridge' ),
						Math.round( sidecar.latencyMs )
					),
		],
	];
}

export function StatusPanel() {
	const [ status, setStatus ] = useState< BridgeStatus | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ busy, setBusy ] = useState( false );

	const refresh = useCallback( async () => {
		setBusy( true );
		try {
			setStatus( await fetchStatus() );
			setError( null );
		} catch ( failure ) {
			setError( errorMessage( failure ) );
		} finally {
			setBusy( false );
		}
	}, [] );

	useEffect( () => {
		void refresh();
	}, [ refresh ] );

	return (
		<Card
			as="section"
			className="commerce-bridge-status"
			aria-labelledby="commerce-bridge-status-title"
			aria-busy={ busy }
		>
			<CardHeader>
				<h2 id="commerce-bridge-status-title">
					{ __( 'Status', 'commerce-bridge' ) }
				</h2>
				<Button
					variant="secondary"
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
					onClick={ refresh }
				>
					{ __( 'Refresh status', 'commerce-bridge' ) }
				</Button>
			</CardHeader>
			<CardBody>
				{ error && (
					<Notice status="error" isDismissible={ false }>
						{ error }
					</Notice>
				) }
				{ ! status && busy && <Spinner /> }
				{ status && (
					<dl>
						{ rows( status ).map( ( [ term, value ] ) => (
							<div
								key={ term }
								className="commerce-bridge-status__row"
							>
								<dt>{ term }</dt>
								<dd>{ value }</dd>
							</div>
						) ) }
					</dl>
				) }
				{ status?.sidecar.error && (
					<p>
						{ sprintf(
							/* translators: %s: the sidecar's error message. */
							__( 'Sidecar error: %s', 'commerce-bridge' ),
							status.sidecar.error
						) }
					</p>
				) }
			</CardBody>
		</Card>
	);
}
