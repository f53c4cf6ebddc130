/**
 * Belco tab: Belco's answer to the latest shops/connect and the recent server calls (status, attempts,
 * last error, time) from GET settings/belco/deliveries. Read again after a save and every 10 s while a
 * call waits, since Action Scheduler sends them in the background.
 */
import apiFetch from '@wordpress/api-fetch';
import { Notice } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { errorMessage } from '../../../admin/api';
import {
	type BelcoDeliveries as View,
	callLabel,
	connectionNotice,
	isPending,
	statusLabel,
} from './deliveries-text';
import type { VendorPanelProps } from '../../../admin/vendor-panels';

const PATH = '/commerce-bridge/v1/settings/belco/deliveries';
const POLL_MS = 10000;

function DeliveriesTable( { view }: { view: View } ) {
	if ( view.deliveries.length === 0 ) {
		return <p>{ __( 'Nothing sent to Belco yet.', 'commerce-bridge' ) }</p>;
	}
	return (
		<table className="widefat striped commerce-bridge-belco-deliveries">
			<thead>
				<tr>
					<th>{ __( 'Time', 'commerce-bridge' ) }</th>
					<th>{ __( 'Call', 'commerce-bridge' ) }</th>
					<th>{ __( 'Status', 'commerce-bridge' ) }</th>
					<th>{ __( 'Attempts', 'commerce-bridge' ) }</th>
					<th>{ __( 'Last error', 'commerce-bridge' ) }</th>
				</tr>
			</thead>
			<tbody>
				{ view.deliveries.map( ( delivery ) => (
					<tr key={ delivery.id }>
						<td>
							{ new Date( delivery.updatedAt ).toLocaleString() }
						</td>
						<td>{ callLabel( delivery ) }</td>
						<td>{ statusLabel( delivery.status ) }</td>
						<td>{ delivery.attempts }</td>
						<td>{ delivery.lastError }</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}

export function BelcoDeliveries( { settings }: VendorPanelProps ) {
	const [ view, setView ] = useState< View | null >( null );
	const [ error, setError ] = useState< string | null >( null );

	// A save may have queued shops/connect: read again, then while something waits.
	useEffect( () => {
		let timer: ReturnType< typeof setTimeout > | undefined;
		const load = () =>
			apiFetch< View >( { path: PATH } ).then(
				( next ) => {
					setView( next );
					if ( isPending( next ) ) {
						timer = setTimeout( load, POLL_MS );
					}
				},
				( failure: unknown ) => setError( errorMessage( failure ) )
			);
		load();
		return () => clearTimeout( timer );
	}, [ settings ] );

	const notice = view && connectionNotice( view.connection );
	return (
		<section
			className="commerce-bridge-belco-sync"
			aria-label={ __( 'Sent to Belco', 'commerce-bridge' ) }
		>
			<h3>{ __( 'Sent to Belco', 'commerce-bridge' ) }</h3>
			{ error && (
				<Notice status="error" onRemove={ () => setError( null ) }>
					{ error }
				</Notice>
			) }
			{ notice && (
				<Notice status={ notice.status } isDismissible={ false }>
					{ notice.message }
				</Notice>
			) }
			{ view && <DeliveriesTable view={ view } /> }
		</section>
	);
}
