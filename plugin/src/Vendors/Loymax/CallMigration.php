<?php
/**
 * Moves call templates saved as JavaScript to the call language, and tells the owner about the rest.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\Vendors\VendorModule;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Runs once per site (an autoloaded version option), at init of the first request after the update,
 * before the storefront reads the templates. A template that maps exactly (LegacyCalls) is converted; one
 * that does not is reset to the default (empty: the event is off) and kept, verbatim, in its own
 * option, which an admin notice shows until the owner writes that event's call again.
 */
final class CallMigration implements Registerable {

	public const VERSION_OPTION    = 'commerce_bridge_loymax_call_language';
	public const UNMIGRATED_OPTION = 'commerce_bridge_loymax_unmigrated_templates';
	private const VERSION          = '1';

	/**
	 * Constructor.
	 *
	 * @param VendorModule $module Loymax.
	 * @param Store        $store  WooCommerce port (who may see the notice).
	 */
	public function __construct( private VendorModule $module, private Store $store ) {
	}

	public function register(): void {
		if ( self::VERSION !== get_option( self::VERSION_OPTION ) ) {
			// At init: the schema (secret keys) is translated, and translations load from init on.
			add_action( 'init', array( $this, 'migrate' ), 1 );
		}
		add_action( 'admin_notices', array( $this, 'notice' ) );
	}

	public function migrate(): void {
		$values     = $this->module->values();
		$unmigrated = $this->unmigrated();
		$changes    = array();
		foreach ( Templates::keys() as $key => $kind ) {
			$old = (string) $values[ $key ];
			if ( '' === trim( $old ) || null === CallLanguage::problem( $old, Templates::events()[ $kind ] ) ) {
				continue;
			}
			$new             = LegacyCalls::convert( $old );
			$converted       = null !== $new && null === CallLanguage::problem( $new, Templates::events()[ $kind ] );
			$changes[ $key ] = $converted ? $new : '';
			if ( ! $converted ) {
				$unmigrated[ $key ] = $old;
			}
		}
		if ( $changes ) {
			$this->module->update( $changes );
		}
		update_option( self::UNMIGRATED_OPTION, $unmigrated, false );
		update_option( self::VERSION_OPTION, self::VERSION, true );
	}

	/** @return array<string, string> template key => the JavaScript that could not be converted, while that event has no call. */
	public function pending(): array {
		$values = $this->module->values();
		return array_filter( $this->unmigrated(), static fn ( $code, $key ) => '' === trim( (string) ( $values[ $key ] ?? '' ) ), ARRAY_FILTER_USE_BOTH );
	}

	public function notice(): void {
		$pending = current_user_can( Capability::required( $this->store ) ) ? $this->pending() : array();
		if ( ! $pending ) {
			return;
		}
		echo '<div class="notice notice-warning" id="commerce-bridge-loymax-migration"><p>';
		esc_html_e( 'Loymax: these call templates were JavaScript, which the storefront no longer runs (so it works under a Content-Security-Policy without unsafe-eval). They could not be converted to the call language and are off until you write them again in Commerce Bridge → Loymax SmartCom, e.g. {"call": "lmx.push", "args": ["view", "{PRODUCT_ID}"]}:', 'commerce-bridge' );
		echo '</p><ul>';
		foreach ( $pending as $key => $code ) {
			printf( '<li><strong>%1$s</strong>: <code>%2$s</code></li>', esc_html( $key ), esc_html( $code ) );
		}
		printf( '</ul><p><a href="%1$s">%2$s</a></p></div>', esc_url( admin_url( 'admin.php?page=commerce-bridge' ) ), esc_html__( 'Open the Loymax settings', 'commerce-bridge' ) );
	}

	/** @return array<string, string> */
	private function unmigrated(): array {
		$stored = get_option( self::UNMIGRATED_OPTION, array() );
		return is_array( $stored ) ? $stored : array();
	}
}
