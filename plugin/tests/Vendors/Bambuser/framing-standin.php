<?php
/**
 * Router for `php -S`: a page whose framing headers the first path segment picks — /allow/, /deny/
 * (X-Frame-Options: DENY), /csp-none/ (CSP frame-ancestors 'none'), /csp-self/ (DENY overridden by
 * CSP frame-ancestors 'self').
 *
 * @package CommerceBridge
 */

// phpcs:disable WordPress.Security -- a test server outside WordPress.
$commerce_bridge_mode = explode( '/', trim( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ), '/' ) )[0];
if ( 'deny' === $commerce_bridge_mode || 'csp-self' === $commerce_bridge_mode ) {
	header( 'X-Frame-Options: DENY' );
}
if ( 'csp-none' === $commerce_bridge_mode ) {
	header( "Content-Security-Policy: default-src 'self'; frame-ancestors 'none'" );
}
if ( 'csp-self' === $commerce_bridge_mode ) {
	header( "Content-Security-Policy: frame-ancestors 'self'" );
}
header( 'Content-Type: text/html; charset=utf-8' );
echo '<!doctype html><title>Checkout</title>';
return true;
