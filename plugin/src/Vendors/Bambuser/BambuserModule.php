<?php
/**
 * Bambuser One-to-One: video shopping calls.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Frontend\SignedSidecar;
use CommerceBridge\Vendors\Manifest;
use CommerceBridge\Vendors\VendorIntegration;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings (manifest/bambuser.json), the embed's page config, and the storefront parts (consultation
 * button, shopper data, framing check). Product data for the agent is served by the sidecar (`/commerce-bridge/bambuser/products`).
 */
final class BambuserModule extends VendorModule {

	public function id(): string {
		return 'bambuser';
	}

	private ?PurchaseReport $purchase = null;

	/** The purchase event of a placed order (Events\OrderPlacedRoute claims it when the bundle asks). */
	public function order_report(): PurchaseReport {
		$this->purchase ??= new PurchaseReport( $this, $this->store, SignedSidecar::for_site() );
		return $this->purchase;
	}

	/** The embed's options for this page; identity is fetched after load from Shopper's route. */
	public function public_config(): array {
		$values = $this->values();
		return array(
			'orgId'        => $values['orgId'],
			'region'       => $values['region'],
			'queue'        => $values['queue'],
			'triggers'     => self::triggers( $values['triggers'] ),
			'checkoutMode' => $values['checkoutMode'],
			'minimize'     => (bool) $values['minimize'],
			'checkoutUrl'  => $this->store->page_url( 'checkout' ),
			'shareShopper' => (bool) $values['shareShopper'],
		);
	}

	public function register(): void {
		$parts = array(
			new Consultation( $this ),
			new Shopper( $this, ShopperFacts::for_site( $this->store ) ),
			new Framing( $this->store ),
			new Privacy( $this ),
			new VendorIntegration( $this, $this->store ),
			$this->order_report(),
		);
		foreach ( $parts as $part ) {
			$part->register();
		}
	}

	/**
	 * Known triggers in a stable order, with connect-link always on (booked calls open through it).
	 *
	 * @param mixed $stored Stored list.
	 * @return list<string>
	 */
	private static function triggers( $stored ): array {
		$chosen = array_merge( is_array( $stored ) ? $stored : array(), array( 'connect-link' ) );
		$known  = array_keys( Manifest::read( 'bambuser' )['settings']['triggers']['items']['choices'] );
		return array_values( array_intersect( $known, $chosen ) );
	}
}
