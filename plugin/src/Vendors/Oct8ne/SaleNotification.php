<?php
/**
 * oct8ne's sale-notification script on the order-received page.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues `https://<static>api/source/js/ext/sale-notification.js?…` (fact sheet §5.1) once per order:
 * the order remembers it in its meta, so a reload of the thank-you page does not report the sale twice.
 * While the visitor's consent for oct8ne is pending the tag is printed inert (text/plain) and the
 * oct8ne bundle starts it once consent is granted (storefront/consent.ts); a vetoed oct8ne gets none.
 */
final class SaleNotification implements Registerable {

	public const HANDLE = 'commerce-bridge-oct8ne-sale';

	/** The element id oct8ne's script looks for. */
	public const ELEMENT_ID = 'oct8ne-sale-notification';

	/** Order meta flag. */
	public const FLAG = '_commerce_bridge_oct8ne_sale_notified';

	/** Consent state of oct8ne when the script was enqueued. */
	private string $state = VendorConsent::GRANTED;

	/**
	 * Constructor.
	 *
	 * @param Oct8neModule $module Settings.
	 * @param Store        $store  WooCommerce port (the order, the once-only flag).
	 */
	public function __construct( private Oct8neModule $module, private Store $store ) {
	}

	public function register(): void {
		add_action( 'wp_enqueue_scripts', array( $this, 'enqueue' ) );
		add_filter( 'wp_script_attributes', array( $this, 'element_id' ) );
	}

	public function enqueue(): void {
		$this->state = ( new VendorConsent() )->state( $this->module, VendorConsent::PAGE );
		$url         = VendorConsent::VETOED === $this->state ? '' : $this->script_url();
		if ( '' !== $url ) {
			wp_enqueue_script( self::HANDLE, $url, array(), null, array( 'in_footer' => true ) ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- oct8ne's URL must stay exactly as documented.
		}
	}

	/**
	 * Gives the script tag the id oct8ne requires instead of WordPress's "<handle>-js", inert while
	 * consent is pending.
	 *
	 * @param array $attributes Script tag attributes.
	 */
	public function element_id( $attributes ) {
		if ( is_array( $attributes ) && ( $attributes['id'] ?? '' ) === self::HANDLE . '-js' ) {
			$attributes['id'] = self::ELEMENT_ID;
			if ( VendorConsent::PENDING === $this->state ) {
				$attributes['type']                   = 'text/plain';
				$attributes[ VendorConsent::DORMANT ] = 'oct8ne';
			}
		}
		return $attributes;
	}

	/** The script URL for this page's order, '' when there is none or it was reported already. */
	public function script_url(): string {
		$order_id = $this->store->received_order_id();
		$values   = $this->module->values();
		if ( ! $order_id || '' === $values['license'] || ! $this->module->is_enabled() ) {
			return '';
		}
		$order = $this->store->order( $order_id );
		if ( ! $order || ! $this->store->mark_order_once( $order_id, self::FLAG ) ) {
			return '';
		}
		$query = array(
			'license'      => $values['license'],
			'currencyCode' => $order['currency'],
			'locale'       => Locale::from_wordpress( determine_locale() ),
			'value'        => number_format( (float) $order['total'], 2, '.', '' ),
			'reference'    => $order['number'],
			// Guests have no customer id; oct8ne treats the parameter as optional.
			'customerId'   => $order['customer_id'] > 0 ? (string) $order['customer_id'] : '',
		);
		return 'https://' . Hosts::static_server( $values ) . 'api/source/js/ext/sale-notification.js?'
			. http_build_query( array_filter( $query, static fn ( string $value ) => '' !== $value ), '', '&', PHP_QUERY_RFC3986 );
	}
}
