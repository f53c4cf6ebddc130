<?php
/**
 * GET commerce-bridge/v1/shopper/bambuser-purchase: the purchase event of the order this page claimed.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Frontend\ShopperRoute;
use CommerceBridge\Frontend\SidecarUnavailable;
use CommerceBridge\Frontend\SignedSidecar;

defined( 'ABSPATH' ) || exit;

/**
 * Asked by the purchase bundle (see Purchase) with the order id and key the page config carried. The
 * sidecar owns the event data (order lines, the unit price paid): `/commerce-bridge/bambuser/purchase`,
 * where the order key is the proof, as on WooCommerce's order-received page (404 for a wrong one).
 */
final class PurchaseRoute extends ShopperRoute {

	/**
	 * Constructor.
	 *
	 * @param BambuserModule $module  Settings (enabled).
	 * @param SignedSidecar  $sidecar The sidecar.
	 */
	public function __construct( private BambuserModule $module, private SignedSidecar $sidecar ) {
	}

	public function what(): string {
		return 'bambuser-purchase';
	}

	protected function available(): bool {
		return $this->module->is_enabled();
	}

	/** The order id and its key, in the forms the sidecar accepts. */
	protected function args(): array {
		return array(
			'order' => array(
				'type'     => 'integer',
				'minimum'  => 1,
				'required' => true,
			),
			'key'   => array(
				'type'     => 'string',
				'pattern'  => '^[A-Za-z0-9_-]{1,100}$',
				'required' => true,
			),
		);
	}

	/**
	 * The sidecar's event data for the order, a 404 for an unknown order or a wrong key.
	 *
	 * @param int   $user_id  WordPress user id, 0 for guests.
	 * @param bool  $own_page Unused: the key is the proof.
	 * @param array $query    `order` and `key`.
	 * @throws SidecarUnavailable When the sidecar gave no usable answer.
	 */
	public function payload( int $user_id, bool $own_page, array $query ) {
		$uri    = '/commerce-bridge/bambuser/purchase?' . http_build_query( array( 'order' => (int) $query['order'], 'key' => (string) $query['key'] ) );
		$answer = $this->sidecar->get( $uri, $user_id );
		$event  = 200 === $answer->status ? json_decode( $answer->body ) : null;
		if ( 404 === $answer->status ) {
			return new \WP_Error( 'commerce_bridge_unknown_order', __( 'No such order, or a wrong order key.', 'commerce-bridge' ), array( 'status' => 404 ) );
		}
		if ( ! is_object( $event ) ) {
			throw new SidecarUnavailable( 0 === $answer->status ? $answer->error : 'HTTP ' . $answer->status );
		}
		return $event;
	}
}
