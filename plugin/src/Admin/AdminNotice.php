<?php
/**
 * Tells the shop's managers when the sidecar is down or an enabled vendor is incomplete.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Admin;

use CommerceBridge\Capability;
use CommerceBridge\Health\SidecarHealth;
use CommerceBridge\Health\VendorSettingsCheck;
use CommerceBridge\Options;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Registerable;
use CommerceBridge\Registry;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * A dismissible warning on the dashboard, the Plugins screen and WooCommerce's screens. Dismissing it
 * stores the fingerprint of the problems shown in the user's meta; another set of problems (the sidecar
 * goes down again after a fix, another vendor is incomplete) shows it again.
 */
final class AdminNotice implements Registerable {

	public const ROUTE = '/notice/dismiss';

	/** Screens besides WooCommerce's own (woocommerce_page_*). */
	private const SCREENS = array( 'dashboard', 'plugins', 'toplevel_page_woocommerce', 'edit-product', 'product', 'edit-shop_order', 'shop_order' );

	/** @var array<string, string>|null problem key => message, once asked in this request. */
	private ?array $problems = null;

	/**
	 * Constructor.
	 *
	 * @param SidecarClient $client   The site's sidecar.
	 * @param Registry      $registry Vendor modules.
	 * @param Store         $store    WooCommerce port.
	 */
	public function __construct( private SidecarClient $client, private Registry $registry, private Store $store ) {
	}

	public function register(): void {
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
		add_action( 'admin_notices', array( $this, 'render' ) );
		add_action( 'rest_api_init', array( $this, 'register_route' ) );
	}

	/** @return array<string, string> what is wrong now: 'sidecar' and 'vendor:<id>' => message. */
	public function problems(): array {
		if ( null === $this->problems ) {
			$health         = SidecarHealth::fetch( $this->client );
			$this->problems = $health->reachable ? array() : array(
				// No address in the text: the fingerprint (and so a dismissal) stays the same while it is down.
				'sidecar' => __( 'The sidecar does not answer: vendor widgets and platforms get no product, order or feed data (Site Health has the details).', 'commerce-bridge' ),
			);
			foreach ( ( new VendorSettingsCheck( $this->registry ) )->incomplete() as $id => $problem ) {
				$this->problems[ 'vendor:' . $id ] = $this->registry->get( $id )->label() . ': ' . $problem . '.';
			}
		}
		return $this->problems;
	}

	/**
	 * Identifies a set of problems (32 hex characters).
	 *
	 * @param array<string, string> $problems From problems().
	 */
	public static function fingerprint( array $problems ): string {
		ksort( $problems );
		return hash( 'md5', (string) wp_json_encode( $problems ) );
	}

	/** On an eligible screen, for a manager, with problems the user has not dismissed. */
	public function should_show(): bool {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( ! $screen || ! self::eligible( (string) $screen->id ) || ! current_user_can( Capability::required( $this->store ) ) ) {
			return false;
		}
		$problems = $this->problems();
		return $problems && get_user_meta( get_current_user_id(), Options::NOTICE_DISMISSED, true ) !== self::fingerprint( $problems );
	}

	/**
	 * The dashboard, Plugins and WooCommerce's screens.
	 *
	 * @param string $screen Screen id.
	 */
	public static function eligible( string $screen ): bool {
		return in_array( $screen, self::SCREENS, true ) || str_starts_with( $screen, 'woocommerce_page_' );
	}

	/** The dismiss button (added by WordPress's common.js) also tells the server. */
	public function enqueue(): void {
		if ( $this->should_show() ) {
			wp_add_inline_script( 'common', self::SCRIPT );
		}
	}

	public function render(): void {
		if ( ! $this->should_show() ) {
			return;
		}
		$problems = $this->problems();
		printf(
			'<div class="notice notice-warning is-dismissible commerce-bridge-notice" data-dismiss-url="%s" data-nonce="%s" data-problem="%s"><p><strong>%s</strong></p><ul><li>%s</li></ul><p><a href="%s">%s</a> · <a href="%s">%s</a></p></div>',
			esc_url( rest_url( SettingsController::NAMESPACE . self::ROUTE ) ),
			esc_attr( wp_create_nonce( 'wp_rest' ) ),
			esc_attr( self::fingerprint( $problems ) ),
			esc_html__( 'Commerce Bridge needs attention', 'commerce-bridge' ),
			implode( '</li><li>', array_map( 'esc_html', $problems ) ),
			esc_url( ( new PluginLinks( $this->store, '' ) )->settings_url() ),
			esc_html__( 'Open the settings', 'commerce-bridge' ),
			esc_url( admin_url( 'site-health.php' ) ),
			esc_html__( 'Site Health', 'commerce-bridge' )
		);
	}

	public function register_route(): void {
		register_rest_route(
			SettingsController::NAMESPACE,
			self::ROUTE,
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => static function ( \WP_REST_Request $request ) {
					update_user_meta( get_current_user_id(), Options::NOTICE_DISMISSED, (string) $request['problem'] );
					return rest_ensure_response( array( 'dismissed' => (string) $request['problem'] ) );
				},
				'permission_callback' => fn () => current_user_can( Capability::required( $this->store ) ),
				'args'                => array(
					'problem' => array(
						'type'     => 'string',
						'pattern'  => '^[0-9a-f]{32}$',
						'required' => true,
					),
				),
			)
		);
	}

	private const SCRIPT = <<<'JS'
document.addEventListener( 'click', function ( event ) {
	var notice = event.target.closest( '.commerce-bridge-notice' );
	if ( ! notice || ! event.target.closest( '.notice-dismiss' ) ) {
		return;
	}
	fetch( notice.dataset.dismissUrl, {
		method: 'POST',
		credentials: 'same-origin',
		headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': notice.dataset.nonce },
		body: JSON.stringify( { problem: notice.dataset.problem } )
	} );
} );
JS;
}
