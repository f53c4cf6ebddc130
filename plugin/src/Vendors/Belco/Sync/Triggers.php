<?php
/**
 * When Belco's server calls are queued.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

use CommerceBridge\Events\ServerEvent;
use CommerceBridge\Events\Subscriber;
use CommerceBridge\Registerable;
use CommerceBridge\Vendors\Belco\BelcoModule;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * shops/connect when the shop id or secret is saved; from the commerce events (Events\Emitter):
 * sync/customer when an account is saved and sync/customer/delete when one is deleted (customers only:
 * shop staff answer Belco, as for the widget), a track event when an order becomes cancelled or
 * refunded, once per order and event. The customer and order calls only while Belco has a shop id and
 * secret (the Emitter calls only while it is enabled).
 */
final class Triggers implements Registerable, Subscriber {

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
	 * @param Store       $store  WooCommerce port (once-per-order flags).
	 */
	public function __construct( private BelcoModule $module, private Queue $queue, private Store $store ) {
	}

	public function register(): void {
		// The secret lives in the secrets option, the shop id in the public one (VendorModule::save()).
		foreach ( array( $this->module->option_name(), $this->module->secrets_option_name() ) as $option ) {
			add_action( 'update_option_' . $option, array( $this, 'settings_saved' ), 10, 2 );
			add_action( 'add_option_' . $option, fn ( $name, $value ) => $this->settings_saved( array(), $value ), 10, 2 );
		}
	}

	public function handlers(): array {
		return array(
			ServerEvent::ACCOUNT_UPDATED => fn ( ServerEvent $event ) => $this->customer( Payloads::CUSTOMER, $event ),
			ServerEvent::ACCOUNT_DELETED => fn ( ServerEvent $event ) => $this->customer( Payloads::CUSTOMER_DELETE, $event ),
			ServerEvent::ORDER_STATUS    => array( $this, 'order_status_changed' ),
		);
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
	 * Queues a customer call for a customer's account, never for staff's.
	 *
	 * @param string      $kind  Payloads::CUSTOMER or Payloads::CUSTOMER_DELETE.
	 * @param ServerEvent $event An account event.
	 */
	private function customer( string $kind, ServerEvent $event ): void {
		if ( ! $event->data['staff'] && $this->syncing() ) {
			$this->queue->enqueue( $kind, $event->data['userId'] );
		}
	}

	/**
	 * A cancelled or refunded order is tracked once per order and event.
	 *
	 * @param ServerEvent $event An orderStatusChanged event.
	 */
	public function order_status_changed( ServerEvent $event ): void {
		$order_id = $event->data['orderId'];
		$kind     = Payloads::order_kind( $event->data['to'] );
		if ( '' !== $kind && $this->syncing() && $this->store->mark_order_once( $order_id, '_commerce_bridge_belco_' . $kind ) ) {
			$this->queue->enqueue( $kind, $order_id );
		}
	}

	/** Belco enabled with a shop id and a secret (the calls are signed with it). */
	private function syncing(): bool {
		$values = $this->module->values();
		return $values['enabled'] && '' !== (string) $values['shopId'] && '' !== (string) $values['shopSecret'];
	}
}
