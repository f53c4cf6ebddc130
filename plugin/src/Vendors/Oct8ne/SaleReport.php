<?php
/**
 * oct8ne's report of a placed order: the sale-notification script's URL.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Events\OrderReport;

defined( 'ABSPATH' ) || exit;

/**
 * `{url}`: `https://<static>api/source/js/ext/sale-notification.js?…` (fact sheet §5.1) for the order,
 * which the oct8ne bundle loads as `<script id="oct8ne-sale-notification">` once the storefront's
 * `orderPlaced` event claimed the order (Events\OrderPlacedRoute): a reload of the thank-you page does
 * not report the sale twice, and a visitor who consents only later still reports it.
 */
final class SaleReport implements OrderReport {

	/** Order meta flag (the key shops have stored). */
	public const FLAG = '_commerce_bridge_oct8ne_sale_notified';

	/**
	 * Constructor.
	 *
	 * @param array $values oct8ne's public settings.
	 */
	public function __construct( private array $values ) {
	}

	public function flag(): string {
		return self::FLAG;
	}

	/**
	 * The script URL with the order's values; null without a license.
	 *
	 * @param array $order Store port order.
	 * @return array{url: string}|null
	 */
	public function report( array $order ) {
		if ( '' === $this->values['license'] ) {
			return null;
		}
		$query = array(
			'license'      => $this->values['license'],
			'currencyCode' => $order['currency'],
			'locale'       => Locale::from_wordpress( determine_locale() ),
			'value'        => number_format( (float) $order['total'], 2, '.', '' ),
			'reference'    => $order['number'],
			// Guests have no customer id; oct8ne treats the parameter as optional.
			'customerId'   => $order['customer_id'] > 0 ? (string) $order['customer_id'] : '',
		);
		$url = 'https://' . Hosts::static_server( $this->values ) . 'api/source/js/ext/sale-notification.js?'
			. http_build_query( array_filter( $query, static fn ( string $value ) => '' !== $value ), '', '&', PHP_QUERY_RFC3986 );
		return array( 'url' => $url );
	}
}
