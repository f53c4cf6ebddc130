<?php
/**
 * GET commerce-bridge/v1/shopper/order-placed: one vendor's report of the order on the order-received page.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Events;

use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Frontend\ShopperRoute;
use CommerceBridge\Registry;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * The storefront's `orderPlaced` event (the order-received page's order id and key) reaches each vendor
 * bundle that subscribes to it; the bundle asks here once it may run. The claim is made here, at
 * delivery, per vendor: a vendor whose consent is still pending has claimed nothing, so a later view of
 * the page (after consent) still reports the order, and a reload or a second tab reports nothing. The
 * order key is the proof, as on WooCommerce's own order-received page.
 */
final class OrderPlacedRoute extends ShopperRoute {

	/**
	 * Constructor.
	 *
	 * @param Registry      $registry Vendor modules.
	 * @param Store         $store    WooCommerce port (order, key, once-only flag).
	 * @param VendorConsent $consent  Consent decisions.
	 */
	public function __construct( private Registry $registry, private Store $store, private VendorConsent $consent ) {
	}

	public function what(): string {
		return 'order-placed';
	}

	protected function available(): bool {
		return true;
	}

	/**
	 * The vendor, the order id and its key. Registered on every REST request: the vendor is checked
	 * against the module ids only, without building any vendor's report.
	 */
	protected function args(): array {
		return array(
			'vendor' => array(
				'type'     => 'string',
				'enum'     => array_keys( $this->registry->all() ),
				'required' => true,
			),
			'order'  => array(
				'type'     => 'integer',
				'minimum'  => 1,
				'required' => true,
			),
			'key'    => array(
				'type'     => 'string',
				'pattern'  => '^[A-Za-z0-9_-]{1,100}$',
				'required' => true,
			),
		);
	}

	/**
	 * `{report}`: the vendor's report when this request claimed the order, null when it was claimed before
	 * or there is nothing to report; 404 for an unknown order, a wrong key or a vendor that is off or
	 * reports no orders, 403
	 * while the visitor's consent does not allow the vendor.
	 *
	 * @param int   $user_id  Unused: the order key is the proof.
	 * @param bool  $own_page Unused.
	 * @param array $query    `vendor`, `order` and `key`.
	 */
	public function payload( int $user_id, bool $own_page, array $query ) {
		$module = $this->registry->enabled()[ (string) $query['vendor'] ] ?? null;
		$report = $module?->order_report();
		$order  = $this->keyed_order( (int) $query['order'], (string) $query['key'] );
		if ( ! $report || ! $order ) {
			return new \WP_Error( 'commerce_bridge_unknown_order', __( 'No such order, or a wrong order key.', 'commerce-bridge' ), array( 'status' => 404 ) );
		}
		if ( ! $this->consent->allows( $module, VendorConsent::PAGE ) ) {
			return new \WP_Error( 'commerce_bridge_no_consent', __( 'The visitor has not consented to this vendor.', 'commerce-bridge' ), array( 'status' => 403 ) );
		}
		return array( 'report' => $this->claimed( $report, $order ) );
	}

	/**
	 * The order when the key is its key.
	 *
	 * @param int    $order_id Order id.
	 * @param string $key      Order key from the order-received URL.
	 */
	private function keyed_order( int $order_id, string $key ): ?array {
		$stored = $this->store->order_key( $order_id );
		return '' !== $stored && hash_equals( $stored, $key ) ? $this->store->order( $order_id ) : null;
	}

	/**
	 * The report, read first, then claimed: a failed read (503) leaves the order unclaimed.
	 *
	 * @param OrderReport $report The vendor's report.
	 * @param array       $order  Store port order.
	 * @return array|object|null
	 */
	private function claimed( OrderReport $report, array $order ) {
		$data = $report->report( $order );
		return null !== $data && $this->store->mark_order_once( $order['id'], $report->flag() ) ? $data : null;
	}
}
