import { describe, expect, it } from '@jest/globals';

import {
	type BelcoDelivery,
	callLabel,
	connectionNotice,
	isPending,
	statusLabel,
} from '../../../src/vendors/belco/settings/deliveries-text';

/**
 * A row as GET settings/belco/deliveries answers it (plugin/src/Vendors/Belco/Sync/DeliveriesController.php).
 * @param over Fields to change.
 */
function row( over: Partial< BelcoDelivery > = {} ): BelcoDelivery {
	return {
		id: 7,
		kind: 'connect',
		subjectId: 0,
		status: 'delivered',
		attempts: 1,
		httpStatus: 200,
		lastError: '',
		createdAt: '2026-12-03T13:00:00Z',
		updatedAt: '2026-12-03T13:00:01Z',
		...over,
	};
}

describe( 'Belco tab: the shop connection', () => {
	it( 'says what Belco answered to shops/connect, in plain words', () => {
		expect( connectionNotice( null ).status ).toBe( 'info' );
		expect( connectionNotice( row() ) ).toEqual( {
			status: 'success',
			message: 'Belco accepted the shop id and shop secret.',
		} );
		expect(
			connectionNotice(
				row( {
					status: 'failed',
					lastError: 'Belco answered 401: Invalid signature',
				} )
			)
		).toEqual( {
			status: 'error',
			message:
				'Belco refused the connection. Belco answered 401: Invalid signature',
		} );
		expect(
			connectionNotice(
				row( {
					status: 'retrying',
					lastError: 'Belco answered 503: x',
				} )
			).status
		).toBe( 'warning' );
		expect(
			connectionNotice( row( { status: 'queued' } ) ).message
		).toMatch( /^Checking/ );
	} );
} );

describe( 'Belco tab: recent deliveries', () => {
	it( 'names every call with its id and every status', () => {
		const labels = [
			'connect',
			'customer',
			'customer-delete',
			'order-cancelled',
			'order-refunded',
		].map( ( kind ) => callLabel( row( { kind, subjectId: 150 } ) ) );
		expect( labels ).toEqual( [
			'Shop connection',
			'Customer #150 updated',
			'Customer #150 deleted',
			'Order #150 cancelled',
			'Order #150 refunded',
		] );
		expect(
			( [ 'queued', 'retrying', 'delivered', 'failed' ] as const ).map(
				statusLabel
			)
		).toEqual( [ 'Queued', 'Retrying', 'Delivered', 'Failed' ] );
	} );

	it( 'is read again only while a call waits', () => {
		const done = { connection: row(), deliveries: [ row() ] };
		expect( isPending( done ) ).toBe( false );
		expect(
			isPending( { ...done, connection: row( { status: 'queued' } ) } )
		).toBe( true );
		expect(
			isPending( {
				connection: null,
				deliveries: [ row( { status: 'retrying' } ) ],
			} )
		).toBe( true );
	} );
} );
