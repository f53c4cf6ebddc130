<?php
/**
 * Activation, deactivation and schema upgrades.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Install;

use CommerceBridge\Options;
use CommerceBridge\Proxy\Rewrites;
use CommerceBridge\Registerable;
use CommerceBridge\Registry;

defined( 'ABSPATH' ) || exit;

/**
 * Creates what the plugin needs in the database; every step is idempotent.
 */
final class Installer implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Registry    $registry Vendor modules (their defaults are seeded).
	 * @param Rewrites    $rewrites Proxy rewrite rules.
	 * @param EarlyLoader $loader   Must-use loader of the early proxy path.
	 */
	public function __construct( private Registry $registry, private Rewrites $rewrites, private EarlyLoader $loader ) {
	}

	/** Updates the tables and the must-use loader after a plugin update that skipped activation. */
	public function register(): void {
		add_action( 'admin_init', array( $this, 'upgrade' ) );
	}

	public function upgrade(): void {
		if ( get_option( Options::SCHEMA_VERSION ) !== Tables::VERSION ) {
			$this->create_tables();
		}
		$this->move_secrets();
		// A missing or other version's loader is rewritten; one admin page view after an update.
		if ( EarlyLoader::CURRENT !== $this->loader->state() ) {
			$this->loader->install();
		}
	}

	public function activate(): void {
		$this->create_tables();
		$this->seed_options();
		$this->move_secrets();
		$this->rewrites->add_rules();
		$this->flush_rewrites();
		// Not writable (a locked-down host): the late path answers everything; Site Health says so.
		$this->loader->install();
	}

	public function deactivate(): void {
		$this->loader->remove();
		$this->rewrites->remove_rules();
		$this->flush_rewrites();
	}

	/**
	 * Flushes the rules of this site; on another site of a network (switch_to_blog) the global rewrite
	 * object still holds the first site's structure, so that site's rules are dropped and rebuilt on its
	 * next request instead.
	 */
	private function flush_rewrites(): void {
		if ( is_multisite() && ms_is_switched() ) {
			delete_option( 'rewrite_rules' );
			return;
		}
		flush_rewrite_rules( false );
	}

	/** Secrets of a site from before they had an option of their own move there (a cheap check per admin page). */
	private function move_secrets(): void {
		foreach ( $this->registry->all() as $module ) {
			if ( $module->has_secrets_in_public_option() ) {
				$module->save( $module->values() );
			}
		}
	}

	private function create_tables(): void {
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		dbDelta( Tables::ddl() );
		update_option( Options::SCHEMA_VERSION, Tables::VERSION, true );
	}

	private function seed_options(): void {
		if ( '' === Options::secret() ) {
			// Autoload off: the secret is read only when a request is forwarded.
			update_option( Options::SECRET, self::token( 32 ), false );
		}
		add_option( Options::SETTINGS, Options::defaults(), '', true );
		foreach ( $this->registry->all() as $module ) {
			$values = $module->values();
			foreach ( $module->generated_secrets() as $key ) {
				if ( '' === (string) $values[ $key ] ) {
					$values[ $key ] = self::token( 24 );
				}
			}
			// The public part autoloaded (the storefront reads it on every page), the secrets not.
			$module->save( $values );
		}
	}

	/**
	 * Random lowercase hex token.
	 *
	 * @param int $bytes Entropy in bytes (the token has twice as many characters).
	 */
	public static function token( int $bytes ): string {
		return bin2hex( random_bytes( $bytes ) );
	}
}
