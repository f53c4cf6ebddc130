<?php
/**
 * The "Bambuser video consultation" button: editor block and shortcode.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Frontend\BuiltBlock;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * `commerce-bridge/bambuser-consultation` (dynamic block) and `[commerce_bridge_bambuser queue="…"
 * label="…" trigger="…"]` render the same markup through render(). `manual` is a button the widget
 * bundle wires to the embed's show(); `queue-link` is a plain link with `bambuserQueueId`, which the
 * embed's queue-link trigger opens on arrival (so it works before the bundle has loaded).
 */
final class Consultation implements Registerable {

	public const BLOCK     = 'bambuser-consultation';
	public const SHORTCODE = 'commerce_bridge_bambuser';

	/**
	 * Constructor.
	 *
	 * @param BambuserModule $module Settings (enabled).
	 */
	public function __construct( private BambuserModule $module ) {
	}

	public function register(): void {
		add_action( 'init', array( $this, 'register_block_and_shortcode' ) );
	}

	public function register_block_and_shortcode(): void {
		BuiltBlock::register( 'bambuser', self::BLOCK );
		add_shortcode( self::SHORTCODE, array( $this, 'shortcode' ) );
	}

	/**
	 * Shortcode handler.
	 *
	 * @param array|string $atts Shortcode attributes ('' when none).
	 */
	public function shortcode( $atts ): string {
		$atts = shortcode_atts(
			array(
				'label'   => '',
				'queue'   => '',
				'trigger' => 'manual',
			),
			is_array( $atts ) ? $atts : array(),
			self::SHORTCODE
		);
		return $this->render( $atts, 'class="commerce-bridge-bambuser-consultation"' );
	}

	/**
	 * The button, escaped; '' while Bambuser is disabled (no dead button).
	 *
	 * @param array  $atts    label, queue, trigger (block attributes or shortcode attributes).
	 * @param string $wrapper Attributes of the wrapping element, already escaped.
	 */
	public function render( array $atts, string $wrapper ): string {
		if ( ! $this->module->is_enabled() ) {
			return '';
		}
		$label   = trim( is_string( $atts['label'] ?? null ) ? $atts['label'] : '' );
		$label   = '' !== $label ? $label : __( 'Start a video call', 'commerce-bridge' );
		$queue   = sanitize_text_field( is_string( $atts['queue'] ?? null ) ? $atts['queue'] : '' );
		$trigger = 'queue-link' === ( $atts['trigger'] ?? '' ) && '' !== $queue ? 'queue-link' : 'manual';
		if ( 'queue-link' === $trigger ) {
			$control = sprintf(
				'<a class="wp-element-button" href="%s" data-commerce-bridge-bambuser="queue-link">%s</a>',
				esc_url( add_query_arg( 'bambuserQueueId', rawurlencode( $queue ) ) ),
				esc_html( $label )
			);
		} else {
			$control = sprintf(
				'<button type="button" class="wp-element-button" data-commerce-bridge-bambuser="manual" data-queue="%s">%s</button>',
				esc_attr( $queue ),
				esc_html( $label )
			);
		}
		return '<div ' . $wrapper . '>' . $control . '</div>';
	}
}
