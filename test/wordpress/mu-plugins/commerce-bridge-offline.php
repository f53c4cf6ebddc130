<?php
/**
 * Plugin Name: Commerce Bridge local stack — offline guard
 * Description: TEST/DEMO STACK ONLY. Refuses outbound HTTP to anything but this machine and swallows mail (there is no MTA).
 *
 * @package CommerceBridge
 */

defined( 'ABSPATH' ) || exit;

/**
 * Short-circuits every HTTP request to a host other than localhost/127.0.0.1 (the sidecar is local).
 *
 * @param false|array|WP_Error $preempt Earlier short-circuit value.
 * @param array                $args    Request arguments.
 * @param string               $url     Request URL.
 * @return false|array|WP_Error
 */
function commerce_bridge_stack_block_external_http( $preempt, $args, $url ) {
	$host = wp_parse_url( $url, PHP_URL_HOST );
	if ( in_array( $host, array( 'localhost', '127.0.0.1', '[::1]' ), true ) ) {
		return $preempt;
	}
	// Storefront answers name the outbound calls they made (e.g. oct8ne's real-time update) for the tests;
	// a few only, and not in wp-admin, whose update checks would overflow the web server's header buffer.
	static $named = 0;
	if ( ! headers_sent() && ( ! is_admin() || wp_doing_ajax() ) && $named++ < 5 ) {
		header( 'X-Commerce-Bridge-Offline-Blocked: ' . substr( esc_url_raw( $url ), 0, 300 ), false );
	}
	return new WP_Error( 'http_request_blocked', sprintf( 'Offline stack: request to %s blocked.', (string) $host ) );
}
add_filter( 'pre_http_request', 'commerce_bridge_stack_block_external_http', 10, 3 );

// wp_mail() returns this value as its result: report success without sending anything.
add_filter( 'pre_wp_mail', '__return_true' );
