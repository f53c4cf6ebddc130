<?php
/**
 * Belco's paragraph for the site's privacy policy.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Privacy\PolicyText;

defined( 'ABSPATH' ) || exit;

/**
 * Belco's sample text (from Belco's installation guide), and what this plugin sends it.
 */
final class Privacy extends PolicyText {

	public function html(): string {
		return $this->section(
			array(
				__( 'We use Belco to track how visitors and customers use our website and to offer customer service via chat, voice and/or email. For this we use your name and address, billing address, IP address, phone number(s), email address and possibly your profile picture. We do this on the basis of your consent. We have signed a processor agreement with Belco. This includes strict agreements about what data they are allowed to process. Belco may not use the data for other purposes. We store this data until << fill in period >> after the last contact moment and/or after termination of our service agreement.', 'commerce-bridge' ),
				__( 'Belco\'s chat widget loads on every page of our shop. When you are logged in it receives your customer number, name, e-mail address, phone number, country, the date you signed up and the number, total and date of your paid orders; on every page it receives the contents of your cart. Our customer service staff see your orders in Belco.', 'commerce-bridge' ),
			)
		);
	}
}
