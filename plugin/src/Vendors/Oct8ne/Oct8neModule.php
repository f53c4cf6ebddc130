<?php
/**
 * oct8ne: live chat with product co-browsing.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Consent\ConsentCategories;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings, the widget's page config, and the storefront parts (real-time updates, sale attribution
 * and notification, link-up, blocks). The adapter API itself is served by the sidecar.
 */
final class Oct8neModule extends VendorModule {

	public function id(): string {
		return 'oct8ne';
	}

	public function label(): string {
		return 'oct8ne';
	}

	public function defaults(): array {
		return array(
			'enabled'      => false,
			'license'      => '',
			'region'       => 'eu',
			'apiToken'     => '',
			'server'       => '',
			'staticServer' => '',
			'email'        => '',
			'loading'      => 'immediate',
			'loadDelay'    => 5,
			ConsentCategories::KEY => array( 'functional', 'marketing' ),
		);
	}

	public function schema(): array {
		return $this->object_schema(
			array(
				'license'      => self::text( __( 'License', 'commerce-bridge' ), __( 'The license id from your oct8ne control panel.', 'commerce-bridge' ) ) + array(
					'pattern'        => '^$|^[A-Za-z0-9]+$',
					'patternMessage' => __( 'The license is letters and digits only, as oct8ne shows it (for example 3BDFF5329C414EBCB116CCE1CE1AD807). Link up fills it in.', 'commerce-bridge' ),
				),
				'region'       => self::choice( __( 'Region', 'commerce-bridge' ), __( 'Data centre of your oct8ne account.', 'commerce-bridge' ), array( 'eu' => __( 'Europe', 'commerce-bridge' ), 'us' => __( 'United States', 'commerce-bridge' ) ) ) + array( 'section' => 'connection' ),
				'apiToken'     => self::text( __( 'API token', 'commerce-bridge' ), __( 'Token oct8ne sends when it calls the shop\'s frame API. Stored, never shown again.', 'commerce-bridge' ), true ),
				'server'       => self::host( __( 'Server', 'commerce-bridge' ), __( 'oct8ne back-office host from link-up, e.g. backoffice-eu.oct8ne.com/. Empty: the region\'s.', 'commerce-bridge' ) ),
				'staticServer' => self::host( __( 'Static server', 'commerce-bridge' ), __( 'oct8ne script host from link-up, e.g. static-eu.oct8ne.com/. Empty: the region\'s.', 'commerce-bridge' ) ),
				'email'        => self::text( __( 'Linked account', 'commerce-bridge' ), __( 'The oct8ne e-mail used for the last link-up.', 'commerce-bridge' ) ) + array( 'section' => 'connection' ),
				'loading'      => self::choice(
					__( 'Load the chat', 'commerce-bridge' ),
					__( 'Deferring oct8ne\'s script speeds up the first page view. A visitor in a conversation always gets it at once.', 'commerce-bridge' ),
					array(
						'immediate' => __( 'With the page', 'commerce-bridge' ),
						'deferred'  => __( 'At the visitor\'s first scroll, click, mouse move, key or touch, or after the delay', 'commerce-bridge' ),
						'manual'    => __( 'Only when the page calls insertOct8ne()', 'commerce-bridge' ),
					)
				),
				'loadDelay'    => array(
					'type'        => 'integer',
					'title'       => __( 'Delay (seconds)', 'commerce-bridge' ),
					'description' => __( 'Deferred loading inserts the script after this many seconds even without an interaction.', 'commerce-bridge' ),
					'minimum'     => 1,
					'maximum'     => 10,
					// The settings app shows it only where it does something.
					'showWhen'    => array( 'loading' => array( 'deferred' ) ),
				),
			)
		);
	}

	/** The widget needs the licence; the platform's calls to the shop need the API token (set by link-up). */
	public function required_keys(): array {
		return array( 'license', 'apiToken' );
	}

	/** The widget's properties (fact sheet §2.3) for this page; never the API token. */
	public function public_config(): array {
		$values = $this->public_values();
		$config = array(
			'server'             => Hosts::server( $values ),
			'staticServer'       => Hosts::static_server( $values ),
			'license'            => $values['license'],
			'baseUrl'            => home_url(),
			'checkoutUrl'        => $this->store->page_url( 'checkout' ),
			'loginUrl'           => $this->store->page_url( 'myaccount' ),
			'checkoutSuccessUrl' => $this->store->page_url( 'order_received' ),
			'locale'             => Locale::from_wordpress( determine_locale() ),
			'currencyCode'       => $this->store->currency(),
			'loading'            => $values['loading'],
			'loadDelay'          => (int) $values['loadDelay'],
		);
		$product_id = $this->store->current_product_id();
		if ( $product_id ) {
			$config['currentProduct'] = array(
				'id'        => (string) $product_id,
				'thumbnail' => self::absolute_url( $this->store->product_image_url( $product_id ) ),
			);
		}
		return $config;
	}

	public function register(): void {
		$parts = array(
			new WishlistEngine(),
			new GuestWishlistMerge(),
			new SaleAttribution( $this ),
			new SaleNotification( $this, $this->store ),
			new LinkUp( $this, $this->store ),
			new Blocks( $this ),
			new Privacy( $this ),
			new IntegrationController( $this, $this->store ),
		);
		foreach ( $parts as $part ) {
			$part->register();
		}
	}

	/** The real-time updates of a visitor's conversation. */
	public function subscribers(): array {
		return array( new RealtimeUpdate( $this ) );
	}

	/**
	 * Schema of a host setting ("host/" as oct8ne writes it, or empty).
	 *
	 * @param string $title       Label.
	 * @param string $description Help text.
	 */
	private static function host( string $title, string $description ): array {
		return self::text( $title, $description ) + array(
			'pattern'        => Hosts::PATTERN,
			/* translators: %s: setting title, e.g. Server. */
			'patternMessage' => sprintf( __( '%s is a host name ending in /, such as static-eu.oct8ne.com/, without https:// or anything after the last /.', 'commerce-bridge' ), $title ),
			'section'        => 'advanced',
		);
	}

	/**
	 * oct8ne needs absolute URLs; attachment URLs may be protocol- or root-relative behind CDNs.
	 *
	 * @param string $url Image URL.
	 */
	private static function absolute_url( string $url ): string {
		if ( str_starts_with( $url, '//' ) ) {
			return set_url_scheme( $url );
		}
		return str_starts_with( $url, '/' ) ? home_url( $url ) : $url;
	}
}
