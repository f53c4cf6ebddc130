<?php
/**
 * The order a page may report to Bambuser as a purchase.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Frontend\Assets;
use CommerceBridge\Frontend\BuiltScript;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * On the order-received page (its order key checked by the Store port), the first page view of an order
 * claims it: the order remembers the claim in its meta, so a reload or a second tab reports nothing.
 * The page gets the order id and key (both in its URL already); the bundle asks the shopper route
 * `shopper/bambuser-purchase` (PurchaseRoute; the sidecar owns order lines and the unit price paid) and
 * calls `window._bambuser.track('purchase', …)` (blocks/src/vendors/bambuser/widget/purchase.bundle.ts,
 * a bundle of its own enqueued only on the page that claimed an order). The bundle only starts once the
 * visitor's consent for Bambuser is granted; a page where a theme vetoes Bambuser never gets here, so the
 * order stays unclaimed.
 */
final class Purchase implements Registerable {

	public const HANDLE = 'commerce-bridge-bambuser-purchase';

	/** Order meta flag. */
	public const FLAG = '_commerce_bridge_bambuser_purchase';

	/**
	 * Constructor.
	 *
	 * @param Store $store WooCommerce port (the received order, the once-only flag).
	 */
	public function __construct( private Store $store ) {
	}

	/** This request's claim once made: the order, or an empty array for none. */
	private ?array $claimed = null;

	public function register(): void {
		// After the page config (Assets, priority 10) made the claim.
		add_action( 'wp_enqueue_scripts', array( $this, 'enqueue' ), 20 );
	}

	public function enqueue(): void {
		if ( $this->claimed && BuiltScript::register( self::HANDLE, 'widgets/bambuser-purchase', array( Assets::HANDLE ), array( 'strategy' => 'defer' ) ) ) {
			wp_enqueue_script( self::HANDLE );
		}
	}

	/**
	 * The order to report on this page, claimed now (the same answer for the rest of this request);
	 * null elsewhere or when an earlier request claimed it.
	 *
	 * @return array{id: int, key: string}|null
	 */
	public function claim(): ?array {
		if ( null === $this->claimed ) {
			$order_id      = $this->store->received_order_id();
			$this->claimed = $order_id && $this->store->mark_order_once( $order_id, self::FLAG ) ? array(
				'id'  => $order_id,
				// received_order_id() compared it with the order's key: it is the page URL's.
				'key' => $this->received_key(),
			) : array();
		}
		return $this->claimed ? $this->claimed : null;
	}

	private function received_key(): string {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the order key is the proof, as in WooCommerce.
		return isset( $_GET['key'] ) ? sanitize_text_field( wp_unslash( $_GET['key'] ) ) : '';
	}
}
