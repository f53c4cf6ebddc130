<?php
/**
 * Prints the admin's Loymax tracker snippet early in <head>.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * The tracker registers the visit and must run before every event call: it is printed in wp_head
 * at priority 2 (before enqueued head scripts), and a second tag announces that it ran, which the
 * deferred storefront bundle waits for before executing queued events. While the visitor's consent
 * is pending both tags are printed inert (text/plain): storefront/consent.ts runs them once granted.
 */
final class Loader implements Registerable {

	/** Window flag and event set once the snippet has run. */
	public const LOADED = 'commerceBridgeLoymaxLoaded';
	public const EVENT  = 'commerce-bridge-loymax-loaded';

	/**
	 * Constructor.
	 *
	 * @param array    $settings Loymax settings.
	 * @param \Closure $state    (): string, Loymax's VendorConsent state on this page.
	 */
	public function __construct( private array $settings, private \Closure $state ) {
	}

	public function register(): void {
		add_action( 'wp_head', array( $this, 'print' ), 2 );
	}

	public function print(): void {
		$snippet = (string) $this->settings[ Templates::SNIPPET ];
		$state   = ( $this->state )();
		if ( '' === trim( $snippet ) || null !== Templates::problem( Templates::SNIPPET, $snippet ) || VendorConsent::VETOED === $state ) {
			return;
		}
		$dormant = VendorConsent::PENDING === $state ? array(
			'type'                 => 'text/plain',
			VendorConsent::DORMANT => 'loymax',
		) : array();
		// Its own element, run verbatim at the top level: a snippet may declare globals.
		wp_print_inline_script_tag( Templates::render_snippet( $snippet, (string) $this->settings['shopId'], (string) $this->settings['eventSourceId'] ), array( 'id' => 'commerce-bridge-loymax-loader' ) + $dormant );
		wp_print_inline_script_tag( sprintf( 'window.%1$s=true;window.dispatchEvent(new Event(%2$s));', self::LOADED, Templates::literal( self::EVENT ) ), array( 'id' => 'commerce-bridge-loymax-loaded' ) + $dormant );
	}
}
