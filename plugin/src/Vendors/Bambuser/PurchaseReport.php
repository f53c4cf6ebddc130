<?php
/**
 * Bambuser's purchase event: its report of a placed order, and the bundle that sends it.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Events\OrderReport;
use CommerceBridge\Frontend\Assets;
use CommerceBridge\Frontend\BuiltScript;
use CommerceBridge\Frontend\SidecarUnavailable;
use CommerceBridge\Frontend\SignedSidecar;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * The storefront's `orderPlaced` reaches the purchase bundle (blocks/src/vendors/bambuser/widget/
 * purchase.bundle.ts, a bundle of its own so the call bundle every page loads stays small), which waits
 * for Bambuser's tracking library, then asks the shopper route `order-placed` (Events\OrderPlacedRoute):
 * the route claims the order for Bambuser under FLAG and answers this report, which the bundle hands to
 * `window._bambuser.track('purchase', …)`. The sidecar owns the event data (order lines, the unit price
 * paid): `/commerce-bridge/bambuser/purchase`, where the order key is the proof.
 */
final class PurchaseReport implements OrderReport, Registerable {

	public const HANDLE = 'commerce-bridge-bambuser-purchase';

	/** Order meta flag: the purchase was handed to the storefront. */
	public const FLAG = '_commerce_bridge_bambuser_purchase';

	/**
	 * Constructor.
	 *
	 * @param BambuserModule $module  Its id (the call bundle's handle).
	 * @param Store          $store   WooCommerce port (the received order, its key).
	 * @param SignedSidecar  $sidecar The sidecar.
	 */
	public function __construct( private BambuserModule $module, private Store $store, private SignedSidecar $sidecar ) {
	}

	public function register(): void {
		// After the page's scripts (Assets, priority 10): only where Bambuser's own bundle is on the page.
		add_action( 'wp_enqueue_scripts', array( $this, 'enqueue' ), 20 );
	}

	/** The purchase bundle on every order-received page (with its key) where Bambuser runs. */
	public function enqueue(): void {
		$here = $this->store->received_order_id() && wp_script_is( 'commerce-bridge-' . $this->module->id() );
		if ( $here && BuiltScript::register( self::HANDLE, 'widgets/bambuser-purchase', array( Assets::HANDLE ), array( 'strategy' => 'defer' ) ) ) {
			wp_enqueue_script( self::HANDLE );
		}
	}

	public function flag(): string {
		return self::FLAG;
	}

	/**
	 * The sidecar's purchase event data, `{purchase, products}`; null when the sidecar knows no such order.
	 *
	 * @param array $order Store port order.
	 * @throws SidecarUnavailable When the sidecar gave no usable answer.
	 */
	public function report( array $order ): ?object {
		$query  = array(
			'order' => $order['id'],
			'key'   => $this->store->order_key( $order['id'] ),
		);
		$answer = $this->sidecar->get( '/commerce-bridge/bambuser/purchase?' . http_build_query( $query ), 0 );
		if ( 404 === $answer->status ) {
			return null;
		}
		$event = 200 === $answer->status ? json_decode( $answer->body ) : null;
		if ( ! is_object( $event ) ) {
			throw new SidecarUnavailable( 0 === $answer->status ? $answer->error : 'HTTP ' . $answer->status );
		}
		return $event;
	}
}
