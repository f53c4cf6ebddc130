<?php
/**
 * The plugin's own tables.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Install;

defined( 'ABSPATH' ) || exit;

/**
 * Names and DDL of the tables the plugin owns (the sidecar reads and writes the same ones).
 * The DDL is manifest/tables.sql.
 */
final class Tables {

	/** Bump when manifest/tables.sql changes; the installer then runs dbDelta again. */
	public const VERSION = '4';

	public const WISHLIST         = 'commerce_bridge_wishlist';
	public const EVENTS           = 'commerce_bridge_events';
	public const OCT8NE_SESSIONS  = 'commerce_bridge_oct8ne_sessions';
	public const BELCO_DELIVERIES = 'commerce_bridge_belco_deliveries';
	public const TERM_CHANGES     = 'commerce_bridge_term_changes';
	public const PRODUCT_CHANGES  = 'commerce_bridge_product_changes';

	/**
	 * Prefixed table name.
	 *
	 * @param string $table One of the constants.
	 */
	public static function name( string $table ): string {
		global $wpdb;
		return $wpdb->prefix . $table;
	}

	/** @return list<string> every prefixed table name. */
	public static function all(): array {
		return array_map( array( self::class, 'name' ), array( self::WISHLIST, self::EVENTS, self::OCT8NE_SESSIONS, self::BELCO_DELIVERIES, self::TERM_CHANGES, self::PRODUCT_CHANGES ) );
	}

	/**
	 * CREATE TABLE statements in dbDelta's format, from manifest/tables.sql (the sidecar's tests create
	 * their tables from the same file).
	 *
	 * @return list<string>
	 */
	public static function ddl(): array {
		global $wpdb;
		$sql  = (string) file_get_contents( COMMERCE_BRIDGE_DIR . 'manifest/tables.sql' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a local file of the plugin.
		$sql  = (string) preg_replace( '/^--.*\n/m', '', $sql );
		$sql  = strtr(
			$sql,
			array(
				'{prefix}'          => $wpdb->prefix,
				'{charset_collate}' => $wpdb->get_charset_collate(),
			)
		);
		$list = array_filter( array_map( 'trim', explode( ";\n", $sql ) ) );
		return array_values( array_map( static fn ( string $statement ) => rtrim( $statement, ';' ) . ';', $list ) );
	}
}
