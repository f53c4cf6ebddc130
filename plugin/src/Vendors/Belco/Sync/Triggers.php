<?php
/**
 * When Belco's server calls are queued.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\Vendors\Belco\BelcoModule;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * shops/connect when the shop id or secret is saved; sync/customer on profile_update and
 * sync/customer/delete on deleted_user (customers only: shop staff answer Belco, as for the widget);
 * a track event when an order becomes cancelled or refunded, once per order and event. The customer
 * and order calls only while Belco is enabled with a shop id and secret.
 */
final class Triggers implements Registerable {

	/** Saved shop settings that make Belco's answer to shops/connect change. */
	private const CONNECTION_KEYS = array(
		'shopId'     => true,
		'shopSecret' => true,
	);

	/**
	 * Constructor.
	 *
	 * @param BelcoModule $module Belco settings.
	 * @param Queue       $queue  The call queue.
	 * @param Store       $store  WooCommerce port (capability, once-per-order flags).
	 */
	public function __construct( private BelcoModule $module, private Queue $queue, private Store $store ) {
	}

	public function register(): void {
		// The secret lives in the secrets option, the shop id in the public one (VendorModule::save()).
		foreach ( array( $this->module->option_name(), $this->module->secrets_option_name() ) as $option ) {
			add_action( 'update_option_' . $option, array( $this, 'settings_saved' ), 10, 2 );
			add_action( 'add_option_' . $option, fn ( $name, $value ) => $this->settings_saved( array(), $value ), 10, 2 );
		}
		add_action( 'profile_update', array( $this, 'customer_updated' ) );
		add_action( 'deleted_user', array( $this, 'customer_deleted' ), 10, 3 );
		add_action( 'woocommerce_order_status_changed', array( $this, 'order_status_changed' ), 10, 3 );
	}

	/**
	 * Option hook: connects again when the shop id or secret changed and both are set.
	 *
	 * @param mixed $old   Previous option value.
	 * @param mixed $value New option value.
	 */
	public function settings_saved( $old, $value ): void {
		$before = array_intersect_key( is_array( $old ) ? $old : array(), self::CONNECTION_KEYS );
		$after  = array_intersect_key( is_array( $value ) ? $value : array(), self::CONNECTION_KEYS );
		$values = $this->module->values();
		if ( $before !== $after && '' !== (string) $values['shopId'] && '' !== (string) $values['shopSecret'] ) {
			$this->queue->enqueue( Payloads::CONNECT, 0 );
		}
	}

	/**
	 * Action profile_update.
	 *
	 * @param int|string $user_id User id.
	 */
	public function customer_updated( $user_id ): void {
		if ( $this->syncing() && ! user_can( (int) $user_id, Capability::required( $this->store ) ) ) {
			$this->queue->enqueue( Payloads::CUSTOMER, (int) $user_id );
		}
	}

	/**
	 * Action deleted_user (the user is gone; WordPress passes its last state).
	 *
	 * @param int|string    $user_id  User id.
	 * @param int|null      $reassign Heir of the posts.
	 * @param \WP_User|null $user     The deleted user.
	 */
	public function customer_deleted( $user_id, $reassign = null, $user = null ): void {
		$staff = $user instanceof \WP_User && user_can( $user, Capability::required( $this->store ) );
		if ( $this->syncing() && ! $staff ) {
			$this->queue->enqueue( Payloads::CUSTOMER_DELETE, (int) $user_id );
		}
	}

	/**
	 * Action woocommerce_order_status_changed.
	 *
	 * @param int|string $order_id Order id.
	 * @param string     $from     Previous status.
	 * @param string     $to       New status.
	 */
	public function order_status_changed( $order_id, $from, $to ): void {
		$kind = Payloads::order_kind( (string) $to );
		if ( '' !== $kind && $this->syncing() && $this->store->mark_order_once( (int) $order_id, '_commerce_bridge_belco_' . $kind ) ) {
			$this->queue->enqueue( $kind, (int) $order_id );
		}
	}

	/** Belco enabled with a shop id and a secret (the calls are signed with it). */
	private function syncing(): bool {
		$values = $this->module->values();
		return $values['enabled'] && '' !== (string) $values['shopId'] && '' !== (string) $values['shopSecret'];
	}
}
