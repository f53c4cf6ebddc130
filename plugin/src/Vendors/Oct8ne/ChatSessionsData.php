<?php
/**
 * The oct8ne chat session an order was placed in (Vendors\Oct8ne\SaleAttribution).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Install\Tables;
use CommerceBridge\Privacy\CustomerOrders;
use CommerceBridge\Privacy\DataSource;

defined( 'ABSPATH' ) || exit;

/**
 * Rows of the orders WooCommerce finds for the e-mail address: placed by its account or with it as billing
 * e-mail. Erasing one only stops oct8ne attributing that sale to a chat; the order stays WooCommerce's.
 */
final class ChatSessionsData implements DataSource {

	public function id(): string {
		return 'oct8ne-sessions';
	}

	public function label(): string {
		return __( 'Commerce Bridge oct8ne chat sessions of orders', 'commerce-bridge' );
	}

	public function export( string $email, int $page ): array {
		global $wpdb;
		$orders = CustomerOrders::ids( $email );
		if ( ! $orders ) {
			return array();
		}
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT order_id, session_id, created_at FROM %i WHERE order_id IN (' . implode( ',', array_fill( 0, count( $orders ), '%d' ) ) . ') ORDER BY order_id LIMIT %d OFFSET %d',
				Tables::name( Tables::OCT8NE_SESSIONS ),
				...array_merge( $orders, array( self::PAGE_SIZE, ( $page - 1 ) * self::PAGE_SIZE ) )
			),
			ARRAY_A
		);
		return array_map(
			static fn ( array $row ) => array(
				'item_id' => 'oct8ne-session-' . $row['order_id'],
				'data'    => array(
					array(
						'name'  => __( 'Order', 'commerce-bridge' ),
						'value' => '#' . $row['order_id'],
					),
					array(
						'name'  => __( 'oct8ne session', 'commerce-bridge' ),
						'value' => $row['session_id'],
					),
					array(
						'name'  => __( 'Recorded', 'commerce-bridge' ),
						'value' => $row['created_at'] . ' UTC',
					),
				),
			),
			$rows
		);
	}

	public function erase( string $email ): int {
		global $wpdb;
		$orders = CustomerOrders::ids( $email );
		if ( ! $orders ) {
			return 0;
		}
		return (int) $wpdb->query(
			$wpdb->prepare(
				'DELETE FROM %i WHERE order_id IN (' . implode( ',', array_fill( 0, count( $orders ), '%d' ) ) . ') LIMIT %d',
				Tables::name( Tables::OCT8NE_SESSIONS ),
				...array_merge( $orders, array( self::PAGE_SIZE ) )
			)
		);
	}
}
