<?php
/**
 * Front end of "oct8ne phone PIN": an element with oct8ne's `oct8ne-phone` class (fact sheet §5.2).
 *
 * @package CommerceBridge
 *
 * @var array $attributes Block attributes (block.json).
 */

defined( 'ABSPATH' ) || exit;

$commerce_bridge_label = is_string( $attributes['label'] ?? null ) && '' !== trim( $attributes['label'] )
	? $attributes['label']
	: __( 'Show my phone PIN', 'commerce-bridge' );
?>
<p <?php echo get_block_wrapper_attributes(); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by WordPress. ?>>
	<span class="oct8ne-phone" role="button" tabindex="0"><?php echo esc_html( $commerce_bridge_label ); ?></span>
</p>
