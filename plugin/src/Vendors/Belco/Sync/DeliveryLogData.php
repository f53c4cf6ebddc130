<?php
/**
 * Belco deliveries in WordPress's export and erase tools.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

use CommerceBridge\Privacy\CustomerOrders;
use CommerceBridge\Privacy\DataSource;

defined( 'ABSPATH' ) || exit;

/**
 * The log holds ids only, but an id ties a row to a person: the rows about the e-mail's account
 * (profile sent, account deleted) and about its orders (cancelled, refunded sent to Belco). Erasing
 * them forgets that the calls were made; what Belco received is Belco's to erase.
 */
final class DeliveryLogData implements DataSource {

	public function __construct( private DeliveryLog $log = new DeliveryLog() ) {
	}

	public function id(): string {
		return 'belco-deliveries';
	}

	public function label(): string {
		return __( 'Commerce Bridge calls to Belco', 'commerce-bridge' );
	}

	public function export( string $email, int $page ): array {
		$rows = $this->log->about( self::user_id( $email ), CustomerOrders::ids( $email ), self::PAGE_SIZE, ( $page - 1 ) * self::PAGE_SIZE );
		return array_map(
			static fn ( array $row ) => array(
				'item_id' => 'belco-delivery-' . $row['id'],
				'data'    => array(
					array(
						'name'  => __( 'Call', 'commerce-bridge' ),
						'value' => $row['kind'] . ' #' . $row['subject_id'],
					),
					array(
						'name'  => __( 'Status', 'commerce-bridge' ),
						'value' => $row['status'],
					),
					array(
						'name'  => __( 'Last attempt', 'commerce-bridge' ),
						'value' => $row['updated_at'] . ' UTC',
					),
				),
			),
			$rows
		);
	}

	public function erase( string $email ): int {
		return $this->log->forget( self::user_id( $email ), CustomerOrders::ids( $email ), self::PAGE_SIZE );
	}

	/**
	 * The account of an e-mail address, 0 when none.
	 *
	 * @param string $email E-mail address.
	 */
	private static function user_id( string $email ): int {
		$user = get_user_by( 'email', $email );
		return $user ? (int) $user->ID : 0;
	}
}
