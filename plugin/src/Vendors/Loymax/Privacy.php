<?php
/**
 * Loymax's paragraph for the site's privacy policy.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Privacy\PolicyText;

defined( 'ABSPATH' ) || exit;

/**
 * What Loymax SmartCom's tracker and feeds receive through this plugin.
 */
final class Privacy extends PolicyText {

	public function html(): string {
		return $this->section(
			array(
				__( 'We use Loymax SmartCom for personalised marketing messages. Its tracker loads on every page of our shop and receives the products and categories you view, what you add to or remove from your cart, that you added a product to your favourites or asked to be told when one is back in stock, when you log in or register (with your customer identifier: customer number, e-mail address, phone number or loyalty number), and, from the order confirmation page, the products, amounts and number of your order.', 'commerce-bridge' ),
				__( 'Loymax also reads our product catalogue, our customers (name, e-mail address, phone number, country) and their orders from data feeds protected by a token. We do this on the basis of << your consent / our legitimate interest >> and Loymax keeps this data for << fill in period >>.', 'commerce-bridge' ),
			)
		);
	}
}
