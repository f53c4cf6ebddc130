<?php
/**
 * oct8ne's paragraph for the site's privacy policy.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Privacy\PolicyText;

defined( 'ABSPATH' ) || exit;

/**
 * What the oct8ne live chat receives through this plugin.
 */
final class Privacy extends PolicyText {

	public function html(): string {
		return $this->section(
			array(
				__( 'We use oct8ne for live chat and to show you products together with our staff. oct8ne\'s chat loads on every page of our shop and receives the pages you view. When you chat with us while logged in, oct8ne receives your name, e-mail address, wishlist and the contents of your cart; as a guest, your wishlist and cart. oct8ne sets cookies (oct8ne-visitor, oct8ne-session, oct8ne-room) to recognise your chat.', 'commerce-bridge' ),
				__( 'On the order confirmation page oct8ne receives the order number, total, currency and your customer number, and we store which chat session the order was placed in, so that a sale can be attributed to a chat. We do this on the basis of << your consent / our legitimate interest >> and keep the chat session of an order for << fill in period >>.', 'commerce-bridge' ),
			)
		);
	}
}
