<?php
/**
 * A vendor's paragraph for the site's privacy policy.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Privacy;

use CommerceBridge\Registerable;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Suggests the vendor's text in WordPress's privacy policy guide (Settings → Privacy → Policy guide) while
 * the vendor is enabled; the site owner copies it and completes the parts marked as a tutorial. Titles are
 * plain ASCII: the guide turns them into element ids its script looks up, and an em dash broke that.
 */
abstract class PolicyText implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param VendorModule $module The vendor.
	 */
	public function __construct( private VendorModule $module ) {
	}

	/** What the vendor receives, from which page, and on which basis, as HTML. */
	abstract public function html(): string;

	public function register(): void {
		add_action( 'admin_init', array( $this, 'suggest' ) );
	}

	public function suggest(): void {
		if ( $this->module->is_enabled() && function_exists( 'wp_add_privacy_policy_content' ) ) {
			wp_add_privacy_policy_content( 'Commerce Bridge: ' . $this->module->label(), $this->html() );
		}
	}

	/**
	 * The vendor's heading, an owner's note and the paragraphs.
	 *
	 * @param list<string> $paragraphs Escaped-at-output plain texts.
	 */
	protected function section( array $paragraphs ): string {
		$html = '<h2>' . esc_html( $this->module->label() ) . '</h2><p class="privacy-policy-tutorial">'
			. esc_html__( 'Choose the basis (consent or legitimate interest) and fill in the retention period; remove what you do not use.', 'commerce-bridge' ) . '</p>';
		foreach ( $paragraphs as $paragraph ) {
			$html .= '<p>' . esc_html( $paragraph ) . '</p>';
		}
		return $html;
	}
}
