<?php
/**
 * Storefront scripts and the commerceBridge page config.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\EventQueue;
use CommerceBridge\Registerable;
use CommerceBridge\Registry;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Loads the event source and one bundle per enabled vendor, deferred, with the page config printed
 * once before the event source. A vendor a theme vetoed is left out; one whose consent is pending is
 * printed all the same: its bundle waits in the browser for the consent event (storefront/consent.ts).
 */
final class Assets implements Registerable {

	public const HANDLE = 'commerce-bridge-storefront';

	/**
	 * Constructor.
	 *
	 * @param Registry      $registry Vendor modules.
	 * @param Store         $store    WooCommerce port.
	 * @param EventQueue    $events   Next-page events.
	 * @param PageContext   $page     Current page.
	 * @param VendorConsent $consent  Consent decisions.
	 */
	public function __construct( private Registry $registry, private Store $store, private EventQueue $events, private PageContext $page, private VendorConsent $consent = new VendorConsent() ) {
	}

	public function register(): void {
		add_action( 'wp_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	public function enqueue(): void {
		$vendors = $this->vendors();
		if ( ! $vendors || ! BuiltScript::register( self::HANDLE, 'storefront', array(), array( 'strategy' => 'defer' ) ) ) {
			return;
		}
		foreach ( array_keys( $vendors ) as $id ) {
			if ( BuiltScript::register( 'commerce-bridge-' . $id, 'widgets/' . $id, array( self::HANDLE ), array( 'strategy' => 'defer' ) ) ) {
				wp_enqueue_script( 'commerce-bridge-' . $id );
			}
		}
		wp_enqueue_script( self::HANDLE );
		$json = wp_json_encode( $this->config(), JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_HEX_APOS );
		wp_add_inline_script( self::HANDLE, 'window.commerceBridge = ' . $json . ';', 'before' );
	}

	/** The page-config contract of docs/architecture.md. */
	public function config(): array {
		$events  = $this->events->pull();
		$vendors = $this->vendors();
		if ( $events && ! defined( 'DONOTCACHEPAGE' ) ) {
			// This page carries one visitor's events: a page cache must not hand it to others.
			define( 'DONOTCACHEPAGE', true );
		}
		return array(
			'restUrl'      => rest_url( 'commerce-bridge/v1/' ),
			// WordPress prints the same nonce for api-fetch; for guests it proves nothing and is not checked.
			'restNonce'    => wp_create_nonce( 'wp_rest' ),
			'restNonceUrl' => admin_url( 'admin-ajax.php?action=rest-nonce' ),
			'proxyUrl'     => home_url( '/commerce-bridge/' ),
			'storeApiUrl'  => rest_url( 'wc/store/v1/' ),
			'currency'     => $this->store->currency(),
			'locale'       => str_replace( '_', '-', determine_locale() ),
			'page'         => $this->page->current(),
			'events'       => array_map( static fn ( array $event ) => array( 'type' => $event['type'], 'payload' => (object) $event['payload'] ), $events ),
			'vendors'      => array_map( static fn ( $module ) => (object) $module->public_config(), $vendors ),
			'consent'      => $this->consent->page_policy( $vendors ),
		);
	}

	/** @return array<string, \CommerceBridge\Vendors\VendorModule> enabled vendors no theme vetoed on this page. */
	private function vendors(): array {
		return array_filter( $this->registry->enabled(), fn ( $module ) => VendorConsent::VETOED !== $this->consent->state( $module, VendorConsent::PAGE ) );
	}
}
