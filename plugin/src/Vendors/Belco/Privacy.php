<?php
/**
 * Belco's paragraph for the site's privacy policy.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * Suggests Belco's sample text (from Belco's installation guide) in WordPress's privacy policy guide
 * while Belco is enabled; the site owner copies it and fills in the retention period.
 */
final class Privacy implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param BelcoModule $module Belco settings.
	 */
	public function __construct( private BelcoModule $module ) {
	}

	public function register(): void {
		add_action( 'admin_init', array( $this, 'suggest' ) );
	}

	public function suggest(): void {
		if ( $this->module->is_enabled() && function_exists( 'wp_add_privacy_policy_content' ) ) {
			wp_add_privacy_policy_content( 'Commerce Bridge — Belco', self::text() );
		}
	}

	/** The suggested policy text, as HTML. */
	public static function text(): string {
		return '<h2>' . esc_html__( 'Belco', 'commerce-bridge' ) . '</h2><p class="privacy-policy-tutorial">'
			. esc_html__( 'Replace the placeholder with your retention period.', 'commerce-bridge' ) . '</p><p>'
			. esc_html__( 'We use Belco to track how visitors and customers use our website and to offer customer service via chat, voice and/or email. For this we use your name and address, billing address, IP address, phone number(s), email address and possibly your profile picture. We do this on the basis of your consent. We have signed a processor agreement with Belco. This includes strict agreements about what data they are allowed to process. Belco may not use the data for other purposes. We store this data until << fill in period >> after the last contact moment and/or after termination of our service agreement.', 'commerce-bridge' )
			. '</p>';
	}
}
