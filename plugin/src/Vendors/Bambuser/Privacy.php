<?php
/**
 * Bambuser's paragraph for the site's privacy policy.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Privacy\PolicyText;

defined( 'ABSPATH' ) || exit;

/**
 * What Bambuser One-to-One receives through this plugin.
 */
final class Privacy extends PolicyText {

	public function html(): string {
		return $this->section(
			array(
				__( 'We use Bambuser for video consultations with our staff. Bambuser\'s call widget loads on the pages of our shop where a call can start; when you start a call, Bambuser receives the video and audio of the call and the products our staff show you, and our staff can add products to your cart. When you are logged in, Bambuser receives your customer number, name and e-mail address so our staff know who they talk to; Bambuser keeps this customer data for up to 28 days.', 'commerce-bridge' ),
				__( 'Bambuser may set cookies (_bamls_*) to recognise a returning caller. We do this on the basis of << your consent / our legitimate interest >>.', 'commerce-bridge' ),
				__( 'When you place an order, your browser sends Bambuser the order number, its totals, shipping cost and coupon codes, and the products with their prices and quantities once, so that Bambuser can tell us which sales followed a video consultation. It does not include your name or address.', 'commerce-bridge' ),
			)
		);
	}
}
