<?php
/**
 * Plugin Name: Commerce Bridge local stack — test Content-Security-Policy
 * Description: TEST/DEMO STACK ONLY. With the cookie commerce_bridge_test_csp=1, storefront pages are sent with a Content-Security-Policy that allows this site's, inline and https scripts but not eval ('unsafe-eval' absent): e2e proves the storefront needs no eval. A probe in <head> records in window.commerceBridgeTestEval whether page code can still compile text ("ran") or not ("EvalError"). Without the cookie it does nothing.
 *
 * @package CommerceBridge
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'send_headers',
	static function (): void {
		if ( is_admin() || empty( $_COOKIE['commerce_bridge_test_csp'] ) ) {
			return;
		}
		header( "Content-Security-Policy: script-src 'self' 'unsafe-inline' https:; object-src 'none'; base-uri 'self'" );
	}
);

add_action(
	'wp_head',
	static function (): void {
		if ( ! empty( $_COOKIE['commerce_bridge_test_csp'] ) ) {
			wp_print_inline_script_tag( 'try { new Function( "" )(); window.commerceBridgeTestEval = "ran"; } catch ( e ) { window.commerceBridgeTestEval = e.name; }' );
		}
	},
	1
);
