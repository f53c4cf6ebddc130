/**
 * What the Belco tab says about the server calls (plugin/src/Vendors/Belco/Sync/DeliveriesController.php),
 * kept apart from the component so the wording is tested without a browser.
 */
import { __, sprintf } from '@wordpress/i18n';

/** One row of GET settings/belco/deliveries (ids only: no personal data leaves the log). */
export interface BelcoDelivery {
	id: number;
	kind: string;
	subjectId: number;
	status: 'queued' | 'retrying' | 'delivered' | 'failed';
	attempts: number;
	httpStatus: number;
	lastError: string;
	createdAt: string;
	updatedAt: string;
}

export interface BelcoDeliveries {
	connection: BelcoDelivery | null;
	deliveries: BelcoDelivery[];
}

export interface ConnectionNotice {
	status: 'success' | 'error' | 'warning' | 'info';
	message: string;
}

/**
 * True while a call waits for an attempt (the view is then read again).
 * @param view The deliveries view.
 */
export function isPending( view: BelcoDeliveries ): boolean {
	return view.deliveries
		.concat( view.connection ? [ view.connection ] : [] )
		.some( ( { status } ) => status === 'queued' || status === 'retrying' );
}

/**
 * Belco's answer to the latest shops/connect, in plain words.
 * @param connection Latest connect call, null before the first.
 */
export function connectionNotice(
	connection: BelcoDelivery | null
): ConnectionNotice {
	if ( ! connection ) {
		return {
			status: 'info',
			message: __(
				'Not connected yet: save the shop id and shop secret to connect this shop to Belco.',
				'commerce-bridge'
			),
		};
	}
	switch ( connection.status ) {
		case 'delivered':
			return {
				status: 'success',
				message: __(
					'Belco accepted the shop id and shop secret.',
					'commerce-bridge'
				),
			};
		case 'failed':
			return {
				status: 'error',
				message: sprintf(
					/* translators: %s: Belco's or the network's error. */
					__( 'Belco refused the connection. %s', 'commerce-bridge' ),
					connection.lastError
				),
			};
		case 'retrying':
			return {
				status: 'warning',
				message: sprintf(
					/* translators: %s: the last attempt's error. */
					__( 'Still trying to reach Belco. %s', 'commerce-bridge' ),
					connection.lastError
				),
			};
		default:
			return {
				status: 'info',
				message: __(
					'Checking the shop id and shop secret with Belco…',
					'commerce-bridge'
				),
			};
	}
}

/**
 * The call a row stands for, e.g. "Order #150 refunded".
 * @param delivery Log row.
 */
export function callLabel( delivery: BelcoDelivery ): string {
	switch ( delivery.kind ) {
		case 'connect':
			return __( 'Shop connection', 'commerce-bridge' );
		case 'customer':
			return sprintf(
				/* translators: %d: user id. */
				__( 'Customer #%d updated', 'commerce-bridge' ),
				delivery.subjectId
			);
		case 'customer-delete':
			return sprintf(
				/* translators: %d: user id. */
				__( 'Customer #%d deleted', 'commerce-bridge' ),
				delivery.subjectId
			);
		case 'order-cancelled':
			return sprintf(
				/* translators: %d: order id. */
				__( 'Order #%d cancelled', 'commerce-bridge' ),
				delivery.subjectId
			);
		case 'order-refunded':
			return sprintf(
				/* translators: %d: order id. */
				__( 'Order #%d refunded', 'commerce-bridge' ),
				delivery.subjectId
			);
		default:
			return delivery.kind;
	}
}

/**
 * A delivery status as the owner reads it.
 * @param status Log status.
 */
export function statusLabel( status: BelcoDelivery[ 'status' ] ): string {
	return {
		queued: __( 'Queued', 'commerce-bridge' ),
		retrying: __( 'Retrying', 'commerce-bridge' ),
		delivered: __( 'Delivered', 'commerce-bridge' ),
		failed: __( 'Failed', 'commerce-bridge' ),
	}[ status ];
}
