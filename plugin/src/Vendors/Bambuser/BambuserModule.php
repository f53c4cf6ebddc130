<?php
/**
 * Bambuser One-to-One: video shopping calls.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Consent\ConsentCategories;
use CommerceBridge\Vendors\VendorIntegration;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings, the embed's page config, and the storefront parts (consultation button, shopper data,
 * framing check). Product data for the agent is served by the sidecar (`/commerce-bridge/bambuser/products`).
 */
final class BambuserModule extends VendorModule {

	/** What may open the widget (fact sheet §3); `connect-link` is always added for booked calls. */
	public const TRIGGERS = array( 'smart', 'manual', 'connect-link', 'queue-link' );

	/** A post meta key the sidecar may look barcodes up in (the same pattern as its settings schema). */
	public const META_KEY_PATTERN = '^[A-Za-z0-9_.:-]{1,191}$';

	public function id(): string {
		return 'bambuser';
	}

	public function label(): string {
		return 'Bambuser One-to-One';
	}

	public function defaults(): array {
		return array(
			'enabled'      => false,
			'orgId'        => '',
			'region'       => 'eu',
			'queue'        => '',
			'triggers'     => array( 'connect-link' ),
			'checkoutMode' => 'same-tab',
			'minimize'     => true,
			'shareShopper' => true,
			'gtinMetaKey'  => '_global_unique_id',
			ConsentCategories::KEY => array( 'functional', 'marketing' ),
		);
	}

	public function schema(): array {
		return $this->object_schema(
			array(
				'orgId'        => self::text( __( 'Organisation id', 'commerce-bridge' ), __( 'The id in your Bambuser dashboard URL: lcx.bambuser.com/o/ID/ (or lcx-eu).', 'commerce-bridge' ) ) + array(
					'pattern'        => '^$|^[A-Za-z0-9_-]+$',
					'patternMessage' => __( 'The organisation id is only the ID part of your dashboard address (lcx.bambuser.com/o/ID/), not the whole address.', 'commerce-bridge' ),
				),
				'region'       => self::choice( __( 'Region', 'commerce-bridge' ), __( 'Where your Bambuser workspace lives. A wrong region loads but finds no workspace.', 'commerce-bridge' ), array( 'eu' => __( 'Europe (lcx-eu.bambuser.com)', 'commerce-bridge' ), 'us' => __( 'Global (lcx.bambuser.com)', 'commerce-bridge' ) ) ) + array( 'section' => 'connection' ),
				'queue'        => self::text( __( 'Queue', 'commerce-bridge' ), __( 'Name or id of the queue callers join; empty for the workspace\'s default queue. A consultation button may name its own.', 'commerce-bridge' ) ),
				'triggers'     => array(
					'type'        => 'array',
					'title'       => __( 'Triggers', 'commerce-bridge' ),
					'description' => __( 'What may open the call. Consultation buttons are added on pages that have one; booked-call links always work.', 'commerce-bridge' ),
					'items'       => array( 'type' => 'string' ) + self::options( self::trigger_labels() ),
					'uniqueItems' => true,
				),
				'checkoutMode' => self::choice( __( 'Checkout opens in', 'commerce-bridge' ), __( 'In the same tab the checkout page opens under the call, which keeps running as a floating player (the site must allow framing itself). In a new tab the call stays full size.', 'commerce-bridge' ), array( 'same-tab' => __( 'The same tab, under a floating player', 'commerce-bridge' ), 'new-tab' => __( 'A new tab', 'commerce-bridge' ) ) ),
				'minimize'     => array(
					'type'        => 'boolean',
					'title'       => __( 'Allow minimising the call', 'commerce-bridge' ),
					'description' => __( 'Shows a minimise button so shoppers can browse the shop while the call goes on.', 'commerce-bridge' ),
				),
				'shareShopper' => array(
					'type'        => 'boolean',
					'title'       => __( 'Show logged-in customers to the agent', 'commerce-bridge' ),
					'description' => __( 'Sends a logged-in customer\'s name and e-mail to the agent (Bambuser keeps call data for 28 days). Guests are never identified.', 'commerce-bridge' ),
				),
				'gtinMetaKey'  => self::text( __( 'Barcode field', 'commerce-bridge' ), __( 'The product meta key holding the barcode agents scan in Bambuser\'s app. _global_unique_id is WooCommerce\'s own "GTIN, UPC, EAN or ISBN" field; barcode plugins use their own keys (for example _alg_ean).', 'commerce-bridge' ) ) + array(
					'pattern'        => self::META_KEY_PATTERN,
					'patternMessage' => __( 'The barcode field is a meta key such as _global_unique_id: letters, digits and _ . : - only, no spaces, at most 191 characters.', 'commerce-bridge' ),
				),
			)
		);
	}

	private ?Purchase $purchase = null;

	/** The one purchase claim of this request (the page config makes it, the bundle follows it). */
	private function purchase(): Purchase {
		$this->purchase ??= new Purchase( $this->store );
		return $this->purchase;
	}

	/** @return array<string, string> TRIGGERS => their labels. */
	private static function trigger_labels(): array {
		return array(
			'smart'        => __( 'Bambuser\'s own entry widget', 'commerce-bridge' ),
			'manual'       => __( 'Your consultation buttons', 'commerce-bridge' ),
			'connect-link' => __( 'Booked-call links', 'commerce-bridge' ),
			'queue-link'   => __( 'Queue links (?bambuserQueueId=)', 'commerce-bridge' ),
		);
	}

	public function required_keys(): array {
		return array( 'orgId' );
	}

	/**
	 * The embed's options for this page; identity is fetched after load from Shopper's route. On an
	 * order-received page this claims the order's one purchase report (see Purchase).
	 */
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
			'purchase'     => $this->purchase()->claim(),
		);
	}

	public function register(): void {
		$parts = array(
			new Consultation( $this ),
			new Shopper( $this, ShopperFacts::for_site( $this->store ) ),
			new Framing( $this->store ),
			new Privacy( $this ),
			new VendorIntegration( $this, $this->store ),
			$this->purchase(),
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
		return array_values( array_intersect( self::TRIGGERS, $chosen ) );
	}
}
