<?php
/**
 * Belco's server calls through WooCommerce's Action Scheduler.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Frontend\SidecarUnavailable;
use CommerceBridge\Registerable;
use CommerceBridge\Vendors\Belco\BelcoModule;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * enqueue() only writes a log row and an async action (group commerce-bridge), so a checkout or a profile
 * save never waits for Belco. The action sends the call; no answer, a timeout, 408, 429 or 5xx schedule
 * the next attempt after BACKOFF, 2×, 4×… seconds, up to MAX_ATTEMPTS; anything else is final.
 */
final class Queue implements Registerable {

	public const HOOK         = 'commerce_bridge_belco_deliver';
	public const GROUP        = 'commerce-bridge';
	public const MAX_ATTEMPTS = 6;
	public const BACKOFF      = 60;

	/**
	 * Constructor.
	 *
	 * @param BelcoModule  $module Belco settings (read when sending).
	 * @param DeliveryLog  $log    The deliveries log.
	 * @param Store        $store  WooCommerce port.
	 * @param ShopperFacts $facts  Customers' profiles.
	 */
	public function __construct( private BelcoModule $module, private DeliveryLog $log, private Store $store, private ShopperFacts $facts ) {
	}

	public function register(): void {
		add_action( self::HOOK, array( $this, 'deliver' ) );
	}

	/**
	 * Queues a call unless the same one waits untried (it will send the latest data anyway).
	 *
	 * @param string $kind    Payloads kind.
	 * @param int    $subject User or order id, 0 for the shop.
	 */
	public function enqueue( string $kind, int $subject ): void {
		if ( ! function_exists( 'as_enqueue_async_action' ) || $this->log->waiting( $kind, $subject ) ) {
			return;
		}
		$id = $this->log->add( $kind, $subject );
		if ( $id > 0 && ! as_enqueue_async_action( self::HOOK, array( $id ), self::GROUP ) ) {
			$this->log->record( $id, DeliveryLog::FAILED, 0, new Answer( Answer::REFUSED, 0, __( 'Action Scheduler did not accept the call.', 'commerce-bridge' ) ) );
		}
	}

	/**
	 * Action Scheduler callback: one attempt of a logged call.
	 *
	 * @param int|string $id Log row id.
	 */
	public function deliver( $id ): void {
		$row = $this->log->get( (int) $id );
		if ( null === $row || in_array( $row['status'], array( DeliveryLog::DELIVERED, DeliveryLog::FAILED ), true ) ) {
			return;
		}
		$attempts = (int) $row['attempts'] + 1;
		$answer   = $this->attempt( $row['kind'], (int) $row['subject_id'] );
		if ( Answer::RETRY === $answer->outcome && $attempts < self::MAX_ATTEMPTS ) {
			as_schedule_single_action( time() + self::delay( $attempts ), self::HOOK, array( (int) $id ), self::GROUP );
			$this->log->record( (int) $id, DeliveryLog::RETRYING, $attempts, $answer );
			return;
		}
		$this->log->record( (int) $id, Answer::DELIVERED === $answer->outcome ? DeliveryLog::DELIVERED : DeliveryLog::FAILED, $attempts, $answer );
	}

	/**
	 * Seconds before the attempt after $attempts failed ones.
	 *
	 * @param int $attempts Attempts made.
	 */
	public static function delay( int $attempts ): int {
		return self::BACKOFF * 2 ** ( $attempts - 1 );
	}

	/**
	 * Builds and sends the call with the settings of this moment.
	 *
	 * @param string $kind    Payloads kind.
	 * @param int    $subject User or order id.
	 */
	private function attempt( string $kind, int $subject ): Answer {
		$values = $this->module->values();
		$ready  = '' !== (string) $values['shopId'] && '' !== (string) $values['shopSecret'] && ( $values['enabled'] || Payloads::CONNECT === $kind );
		if ( ! $ready ) {
			return new Answer( Answer::REFUSED, 0, __( 'Not sent: Belco is disabled or its shop id or shop secret is not set.', 'commerce-bridge' ) );
		}
		try {
			$call = ( new Payloads( (string) $values['shopId'], $this->store, $this->facts ) )->call( $kind, $subject );
		} catch ( SidecarUnavailable $e ) {
			/* translators: %s: the sidecar's error. */
			return new Answer( Answer::RETRY, 0, sprintf( __( 'The customer\'s profile could not be read (sidecar: %s).', 'commerce-bridge' ), $e->getMessage() ) );
		}
		if ( null === $call ) {
			return new Answer( Answer::REFUSED, 0, __( 'Not sent: the customer or order no longer exists.', 'commerce-bridge' ) );
		}
		return Client::for_site()->post( $call[0], $call[1], new Signer( (string) $values['shopId'], (string) $values['shopSecret'] ) );
	}
}
