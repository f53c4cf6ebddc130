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
import { nextStep } from './status';

type Tone = 'good' | 'bad' | 'unknown';

interface Row {
	term: string;
	value: string;
	tone: Tone;
}

function upDown( ok: boolean ): string {
	return ok ? __( 'up', 'commerce-bridge' ) : __( 'down', 'commerce-bridge' );
}

function woocommerceRow( { woocommerce }: BridgeStatus ): Row {
	return {
		term: __( 'WooCommerce', 'commerce-bridge' ),
		value: woocommerce.active
			? sprintf(
					/* translators: %s: WooCommerce version. */
					__( 'active, version %s', 'commerce-bridge' ),
					woocommerce.version
				)
			: __( 'absent', 'commerce-bridge' ),
		tone: woocommerce.active ? 'good' : 'bad',
	};
}

function rows( status: BridgeStatus ): Row[] {
	const { sidecar } = status;
	return [
		woocommerceRow( status ),
		{
			term: __( 'Sidecar', 'commerce-bridge' ),
			value: upDown( sidecar.ok ),
			tone: sidecar.ok ? 'good' : 'bad',
		},
		{
			term: __( 'Database', 'commerce-bridge' ),
			value:
				sidecar.db === null
					? __( 'unknown', 'commerce-bridge' )
					: upDown( sidecar.db === 'ok' ),
			tone: { ok: 'good', down: 'bad', null: 'unknown' }[
				String( sidecar.db )
			] as Tone,
		},
		{
			term: __( 'Latency', 'commerce-bridge' ),
			value:
				sidecar.latencyMs === null
					? __( 'unknown', 'commerce-bridge' )
					: sprintf(
							/* translators: %d: round-trip time in milliseconds. */
							__( '%d ms', 'commerce-bridge' ),
							Math.round( sidecar.latencyMs )
						),
			tone: sidecar.latencyMs === null ? 'unknown' : 'good',
		},
	];
}

function StatusTiles( {
	status,
	checkedAt,
}: {
	status: BridgeStatus;
	checkedAt: Date | null;
} ) {
	const step = nextStep( status );
	return (
		<>
			<dl>
				{ rows( status ).map( ( { term, value, tone } ) => (
					<div
						key={ term }
						className={ `commerce-bridge-status__row is-${ tone }` }
					>
						<dt>{ term }</dt>
						<dd>{ value }</dd>
					</div>
				) ) }
			</dl>
			{ step && (
				<Notice status="error" isDismissible={ false }>
					{ step }
				</Notice>
			) }
			{ status.sidecar.error && (
				<p>
					{ sprintf(
						/* translators: %s: the sidecar's error message. */
						__( 'Sidecar error: %s', 'commerce-bridge' ),
						status.sidecar.error
					) }
				</p>
			) }
			{ checkedAt && (
				<p className="commerce-bridge-status__checked">
					{ sprintf(
						/* translators: %s: time of day of the last check. */
						__( 'Last checked at %s.', 'commerce-bridge' ),
						checkedAt.toLocaleTimeString()
					) }
				</p>
			) }
		</>
	);
}

export function StatusPanel() {
	const [ status, setStatus ] = useState< BridgeStatus | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ busy, setBusy ] = useState( false );
	const [ checkedAt, setCheckedAt ] = useState< Date | null >( null );

	const refresh = useCallback( async () => {
		setBusy( true );
		try {
			setStatus( await fetchStatus() );
			setCheckedAt( new Date() );
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
					<StatusTiles status={ status } checkedAt={ checkedAt } />
				) }
			</CardBody>
		</Card>
	);
}
