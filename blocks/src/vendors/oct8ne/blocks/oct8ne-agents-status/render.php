<?php
/**
 * Front end of "oct8ne agents online / offline" (fact sheet §5.3): `oct8ne-widget-on` opens the chat
 * while agents are online, `oct8ne-widget-off` the contact form while they are not, or with
 * `oct8ne-widget-disabled` lets a plain fallback link work. oct8ne shows the one that applies, so both
 * start hidden.
 *
 * @package CommerceBridge
 *
 * @var array $attributes Block attributes (block.json).
 */

defined( 'ABSPATH' ) || exit;

$commerce_bridge_show    = in_array( $attributes['show'] ?? '', array( 'online', 'offline' ), true ) ? $attributes['show'] : 'both';
$commerce_bridge_text    = static fn ( string $key, string $fallback ): string => is_string( $attributes[ $key ] ?? null ) && '' !== trim( $attributes[ $key ] ) ? $attributes[ $key ] : $fallback;
$commerce_bridge_online  = $commerce_bridge_text( 'onlineLabel', __( 'Chat with an agent', 'commerce-bridge' ) );
$commerce_bridge_offline = $commerce_bridge_text( 'offlineLabel', __( 'Leave us a message', 'commerce-bridge' ) );
$commerce_bridge_url     = is_string( $attributes['offlineUrl'] ?? null ) ? esc_url( $attributes['offlineUrl'] ) : '';
?>
<div <?php echo get_block_wrapper_attributes(); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by WordPress. ?>>
<?php if ( 'offline' !== $commerce_bridge_show ) : ?>
	<button type="button" class="oct8ne-widget-on" style="display:none"><?php echo esc_html( $commerce_bridge_online ); ?></button>
<?php endif; ?>
<?php if ( 'online' !== $commerce_bridge_show && '' !== $commerce_bridge_url ) : ?>
	<div class="oct8ne-widget-off oct8ne-widget-disabled" style="display:none"><a href="<?php echo $commerce_bridge_url; // phpcs:ignore WordPress.Security.EscapeOutput -- esc_url above. ?>"><?php echo esc_html( $commerce_bridge_offline ); ?></a></div>
<?php elseif ( 'online' !== $commerce_bridge_show ) : ?>
	<button type="button" class="oct8ne-widget-off" style="display:none"><?php echo esc_html( $commerce_bridge_offline ); ?></button>
<?php endif; ?>
</div>
