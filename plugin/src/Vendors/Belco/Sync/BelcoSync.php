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

	public function register(): void {
		$log   = new DeliveryLog();
		$queue = new Queue( $this->module, $log, $this->store, ShopperFacts::for_site( $this->store ) );
		foreach ( array( $queue, new Triggers( $this->module, $queue, $this->store ), new DeliveriesController( $log, $this->store ) ) as $part ) {
			$part->register();
		}
	}
}
