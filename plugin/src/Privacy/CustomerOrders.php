<?php
/**
 * The orders a privacy request's e-mail address stands for.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Privacy;

defined( 'ABSPATH' ) || exit;

/**
 * For the data sources whose rows are keyed by order id (oct8ne chat sessions, Belco deliveries).
 */
final class CustomerOrders {

	/**
	 * Ids of the orders of the e-mail's account and of orders with it as billing e-mail.
	 *
	 * @param string $email E-mail address.
	 * @return list<int>
	 */
	public static function ids( string $email ): array {
		if ( ! function_exists( 'wc_get_orders' ) ) {
			return array();
		}
		$user = get_user_by( 'email', $email );
		$ids  = wc_get_orders(
			array(
				'customer' => array_values( array_filter( array( $email, $user ? (int) $user->ID : 0 ) ) ),
				'type'     => 'shop_order',
				'limit'    => -1,
				'return'   => 'ids',
			)
		);
		return array_map( 'intval', $ids );
	}
}
