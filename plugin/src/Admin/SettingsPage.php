<?php
/**
 * The settings page (a React root).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Admin;

use CommerceBridge\Capability;
use CommerceBridge\Frontend\BuiltScript;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * One submenu page under WooCommerce (or Settings without it); the app fetches the REST API itself,
 * so nothing is passed to the page but the script.
 */
final class SettingsPage implements Registerable {

	public const SLUG    = 'commerce-bridge';
	public const ROOT_ID = 'commerce-bridge-settings';
	private const HANDLE = 'commerce-bridge-admin';

	private string $hook_suffix = '';

	/**
	 * Constructor.
	 *
	 * @param Store $store WooCommerce port.
	 */
	public function __construct( private Store $store ) {
	}

	public function register(): void {
		add_action( 'admin_menu', array( $this, 'add_page' ), 60 );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	public function add_page(): void {
		$this->hook_suffix = (string) add_submenu_page(
			$this->store->is_active() ? 'woocommerce' : 'options-general.php',
			__( 'Commerce Bridge', 'commerce-bridge' ),
			__( 'Commerce Bridge', 'commerce-bridge' ),
			Capability::required( $this->store ),
			self::SLUG,
			array( $this, 'render' )
		);
	}

	/**
	 * Loads the settings app on our page only.
	 *
	 * @param string $hook_suffix Current admin page.
	 */
	public function enqueue( string $hook_suffix ): void {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix ) {
			return;
		}
		if ( BuiltScript::register( self::HANDLE, 'admin' ) ) {
			wp_enqueue_script( self::HANDLE );
			wp_enqueue_style( 'wp-components' );
			$this->enqueue_style();
		}
	}

	/** The app's own stylesheet, built next to its script, with the script's content-hash version. */
	private function enqueue_style(): void {
		if ( is_readable( COMMERCE_BRIDGE_DIR . 'build/admin.css' ) ) {
			$script = wp_scripts()->query( self::HANDLE );
			wp_enqueue_style( self::HANDLE, plugins_url( 'build/admin.css', COMMERCE_BRIDGE_FILE ), array( 'wp-components' ), $script ? $script->ver : COMMERCE_BRIDGE_VERSION );
		}
	}

	public function render(): void {
		printf( '<div class="wrap"><h1>%s</h1><div id="%s"></div>', esc_html__( 'Commerce Bridge', 'commerce-bridge' ), esc_attr( self::ROOT_ID ) );
		if ( ! wp_script_is( self::HANDLE, 'enqueued' ) ) {
			printf( '<div class="notice notice-error inline"><p>%s</p></div>', esc_html__( 'The settings app is not built: run npm run build:blocks.', 'commerce-bridge' ) );
		}
		echo '</div>';
	}
}
