<?php
/**
 * Belco's server sync: the parts, wired together.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Registerable;
use CommerceBridge\Vendors\Belco\BelcoModule;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * The four calls of the official plugin (shops/connect, sync/customer, sync/customer/delete, v1/t), queued
 * by Triggers, sent by Queue through Action Scheduler, shown by DeliveriesController (docs/vendors/belco.md).
 */
final class BelcoSync implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param BelcoModule $module Belco settings.
	 * @param Store       $store  WooCommerce port.
	 */
	public function __construct( private BelcoModule $module, private Store $store ) {
	}

	/** @var array{0: Queue, 1: Triggers, 2: DeliveriesController}|null */
	private ?array $parts = null;

	public function register(): void {
		foreach ( $this->parts() as $part ) {
			$part->register();
		}
	}

	/** Queues the calls from the commerce events (account saved or deleted, order status changed). */
	public function triggers(): Triggers {
		return $this->parts()[1];
	}

	/** @return array{0: Queue, 1: Triggers, 2: DeliveriesController} built once. */
	private function parts(): array {
		if ( null === $this->parts ) {
			$log         = new DeliveryLog();
			$queue       = new Queue( $this->module, $log, $this->store, ShopperFacts::for_site( $this->store ) );
			$this->parts = array( $queue, new Triggers( $this->module, $queue, $this->store ), new DeliveriesController( $log, $this->store ) );
		}
		return $this->parts;
	}
}
