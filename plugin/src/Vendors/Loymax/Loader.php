<?php
/**
 * Prints the admin's Loymax tracker snippet early in <head>.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * The tracker registers the visit and must run before every event call: it is printed in wp_head
 * at priority 2 (before enqueued head scripts), and a second tag announces that it ran, which the
 * deferred storefront bundle waits for before executing queued events.
 */
final class Loader implements Registerable {

	/** Window flag and event set once the snippet has run. */
	public const LOADED = 'commerceBridgeLoymaxLoaded';
	public const EVENT  = 'commerce-bridge-loymax-loaded';

	/**
	 * Constructor.
	 *
	 * @param array $settings Loymax settings.
	 */
	public function __construct( private array $settings ) {
	}

	public function register(): void {
		add_action( 'wp_head', array( $this, 'print' ), 2 );
	}

	public function print(): void {
		$snippet = (string) $this->settings[ Templates::SNIPPET ];
		if ( '' === trim( $snippet ) || null !== Templates::problem( Templates::SNIPPET, $snippet ) ) {
			return;
		}
		// Its own element, run verbatim at the top level: a snippet may declare globals.
		wp_print_inline_script_tag( Templates::render_snippet( $snippet, (string) $this->settings['shopId'], (string) $this->settings['eventSourceId'] ), array( 'id' => 'commerce-bridge-loymax-loader' ) );
		wp_print_inline_script_tag( sprintf( 'window.%1$s=true;window.dispatchEvent(new Event(%2$s));', self::LOADED, Templates::literal( self::EVENT ) ), array( 'id' => 'commerce-bridge-loymax-loaded' ) );
	}
}
