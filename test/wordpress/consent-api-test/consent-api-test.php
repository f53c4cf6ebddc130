<?php
/**
 * Plugin Name: Consent API test double (Commerce Bridge stack)
 * Description: TEST STACK ONLY. The documented surface of the WP Consent API plugin (wp_has_consent, wp_set_consent, wp_get_consent_type, consent_api_registered, the wp_consent_<category> cookies, the page script's wp_has_consent / wp_set_consent and the wp_listen_for_consent_change event), written from its documentation because the stack has no internet. Plus the part a consent banner plays: the consent type (optin or optout) comes from the `consent_api_test_type` cookie, so only a browser that carries it is asked for consent.
 * Version: 1.0.0
 *
 * @package CommerceBridge
 */

defined( 'ABSPATH' ) || exit;

const CONSENT_API_TEST_CATEGORIES = array( 'functional', 'preferences', 'statistics', 'statistics-anonymous', 'marketing' );

/** Cookie through which a test picks the regime a consent banner would have set. */
const CONSENT_API_TEST_TYPE_COOKIE = 'consent_api_test_type';

/**
 * The regime: false without a consent banner (then everything is granted), else optin or optout.
 *
 * @return string|false
 */
function wp_get_consent_type() {
	return apply_filters( 'wp_get_consent_type', false );
}

/**
 * The banner's part: the regime from the test's cookie.
 *
 * @param string|false $type Regime so far.
 * @return string|false
 */
function consent_api_test_type( $type ) {
	$chosen = isset( $_COOKIE[ CONSENT_API_TEST_TYPE_COOKIE ] ) ? sanitize_key( wp_unslash( $_COOKIE[ CONSENT_API_TEST_TYPE_COOKIE ] ) ) : '';
	return in_array( $chosen, array( 'optin', 'optout' ), true ) ? $chosen : $type;
}
add_filter( 'wp_get_consent_type', 'consent_api_test_type' );

/**
 * The API's rule: no regime grants everything; opt-out grants what the visitor has not refused;
 * otherwise only an explicit "allow" grants.
 *
 * @param string      $category     Consent category.
 * @param string|bool $requested_by Plugin basename of the caller.
 */
function wp_has_consent( $category, $requested_by = false ) {
	$type   = wp_get_consent_type();
	$cookie = 'wp_consent_' . $category;
	$value  = isset( $_COOKIE[ $cookie ] ) ? sanitize_key( wp_unslash( $_COOKIE[ $cookie ] ) ) : '';
	if ( ! in_array( $category, CONSENT_API_TEST_CATEGORIES, true ) ) {
		$granted = false;
	} elseif ( ! $type ) {
		$granted = true;
	} elseif ( false !== strpos( $type, 'optout' ) && '' === $value ) {
		$granted = true;
	} else {
		$granted = 'allow' === $value;
	}
	return (bool) apply_filters( 'wp_has_consent', $granted, $category, $requested_by );
}

/**
 * Records the visitor's choice in the category's cookie.
 *
 * @param string $category Consent category.
 * @param string $value    allow or deny.
 */
function wp_set_consent( $category, $value ) {
	if ( ! in_array( $category, CONSENT_API_TEST_CATEGORIES, true ) || ! in_array( $value, array( 'allow', 'deny' ), true ) ) {
		return;
	}
	$_COOKIE[ 'wp_consent_' . $category ] = $value;
	if ( ! headers_sent() ) {
		setcookie( 'wp_consent_' . $category, $value, time() + 30 * DAY_IN_SECONDS, '/' );
	}
}

/**
 * Whether a plugin declared that it follows the API.
 *
 * @param string $plugin Plugin basename.
 */
function consent_api_registered( $plugin ) {
	return (bool) apply_filters( "wp_consent_api_registered_{$plugin}", false );
}

/** The page script, last, with the regime the server knows. */
function consent_api_test_enqueue() {
	wp_enqueue_script( 'wp-consent-api', plugins_url( 'consent-api.js', __FILE__ ), array(), '1.0.0', true );
	wp_localize_script(
		'wp-consent-api',
		'consent_api',
		array(
			'consent_type'         => wp_get_consent_type(),
			'waitfor_consent_hook' => false,
			'cookie_expiration'    => 30,
		)
	);
}
add_action( 'wp_enqueue_scripts', 'consent_api_test_enqueue', PHP_INT_MAX - 100 );
