<?php
/**
 * Whether a vendor may load for this visitor: consent, the "require consent" switch, a theme's veto.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Consent;

use CommerceBridge\Registerable;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * One decision per vendor and request, from the WP Consent API's cookies as the request carries
 * them. A vendor is `granted` (loads now), `pending` (its bundle waits in the page for the consent
 * event, sending nothing) or `vetoed` (absent from this request).
 */
final class VendorConsent implements Registerable {

	public const GRANTED = 'granted';
	public const PENDING = 'pending';
	public const VETOED  = 'vetoed';

	/**
	 * Contexts handed to the filter: the storefront page (scripts, config, inert tags), and server-side
	 * work for the visitor (Loymax's queued events, oct8ne's cart updates and the chat session recorded
	 * with an order).
	 */
	public const PAGE   = 'page';
	public const EVENTS = 'events';

	/** Attribute naming the vendor of a script printed inert (type text/plain); storefront/consent.ts runs it. */
	public const DORMANT = 'data-commerce-bridge-consent';

	/** Filter: return false to keep a vendor out of this request (args: true, vendor id, context). */
	public const FILTER = 'commerce_bridge_vendor_allowed';

	public function register(): void {
		// The WP Consent API lists plugins that do not declare themselves in Site Health.
		add_filter( 'wp_consent_api_registered_' . plugin_basename( COMMERCE_BRIDGE_FILE ), '__return_true' );
	}

	/**
	 * The vendor's state in this request.
	 *
	 * @param VendorModule $module  Vendor.
	 * @param string       $context One of the context constants.
	 */
	public function state( VendorModule $module, string $context ): string {
		if ( ! apply_filters( self::FILTER, true, $module->id(), $context ) ) {
			return self::VETOED;
		}
		return $this->granted( self::categories( $module ) ) ? self::GRANTED : self::PENDING;
	}

	/**
	 * True when the vendor may act for this visitor now.
	 *
	 * @param VendorModule $module  Vendor.
	 * @param string       $context One of the context constants.
	 */
	public function allows( VendorModule $module, string $context ): bool {
		return self::GRANTED === $this->state( $module, $context );
	}

	/** True when consent decides anything on this site: the Consent API is there or consent is required. */
	public function applies(): bool {
		return ConsentSettings::api_present() || ConsentSettings::required();
	}

	/**
	 * Without the API, everything is granted unless consent is required (then nothing is). With it,
	 * each category must be granted, and when consent is required a consent plugin must have set the
	 * consent type (without one the API grants everything).
	 *
	 * @param list<string> $categories Categories the vendor needs.
	 */
	public function granted( array $categories ): bool {
		if ( ! ConsentSettings::api_present() ) {
			return ! ConsentSettings::required();
		}
		if ( ConsentSettings::required() && ! wp_get_consent_type() ) {
			return false;
		}
		$plugin = plugin_basename( COMMERCE_BRIDGE_FILE );
		foreach ( $categories as $category ) {
			if ( ! wp_has_consent( $category, $plugin ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The page config's `consent`: null when consent decides nothing (bundles start at once), else
	 * the categories each vendor waits for in the browser.
	 *
	 * @param array<string, VendorModule> $modules Vendors on this page.
	 */
	public function page_policy( array $modules ): ?array {
		if ( ! $this->applies() ) {
			return null;
		}
		return array(
			'required' => ConsentSettings::required(),
			'vendors'  => (object) array_map( array( self::class, 'categories' ), $modules ),
		);
	}

	/**
	 * Categories a vendor needs, from its settings.
	 *
	 * @param VendorModule $module Vendor.
	 * @return list<string>
	 */
	public static function categories( VendorModule $module ): array {
		return ConsentCategories::of( $module->public_values()[ ConsentCategories::KEY ] ?? null );
	}
}
