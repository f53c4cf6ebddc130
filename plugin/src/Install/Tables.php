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
 */
final class Tables {

	/** Bump when the DDL below changes; the installer then runs dbDelta again. */
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

	/** @return list<string> CREATE TABLE statements in dbDelta's format (two spaces before PRIMARY KEY). */
	public static function ddl(): array {
		global $wpdb;
		$collate = $wpdb->get_charset_collate();
		return array(
			'CREATE TABLE ' . self::name( self::WISHLIST ) . " (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  owner_type enum('user','session') NOT NULL,
  owner_key varchar(64) NOT NULL,
  product_id bigint(20) unsigned NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY owner_product (owner_type,owner_key,product_id)
) $collate;",
			'CREATE TABLE ' . self::name( self::EVENTS ) . " (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  owner_key varchar(64) NOT NULL,
  event_type varchar(64) NOT NULL,
  payload longtext NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY owner_key (owner_key),
  KEY created_at (created_at)
) $collate;",
			'CREATE TABLE ' . self::name( self::OCT8NE_SESSIONS ) . " (
  order_id bigint(20) unsigned NOT NULL,
  session_id varchar(128) NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (order_id)
) $collate;",
			// Belco's server calls (Vendors\Belco\Sync): ids only, no personal data; capped by DeliveryLog.
			'CREATE TABLE ' . self::name( self::BELCO_DELIVERIES ) . " (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  kind varchar(20) NOT NULL,
  subject_id bigint(20) unsigned NOT NULL,
  status varchar(10) NOT NULL,
  attempts tinyint(3) unsigned NOT NULL,
  http_status smallint(5) unsigned NOT NULL,
  last_error varchar(255) NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY kind_subject (kind,subject_id)
) $collate;",
			// When each product category last changed (Vendors\Loymax\CategoryChanges): the categories feed's updatedSince.
			'CREATE TABLE ' . self::name( self::TERM_CHANGES ) . " (
  term_id bigint(20) unsigned NOT NULL,
  taxonomy varchar(32) NOT NULL,
  slug varchar(200) NOT NULL,
  changed_at datetime NOT NULL,
  deleted tinyint(1) unsigned NOT NULL,
  PRIMARY KEY  (term_id),
  KEY taxonomy_changed (taxonomy,changed_at)
) $collate;",
			// When each product last changed (WooCommerce\ProductChanges): the sidecar's search index polls it by changed_at.
			'CREATE TABLE ' . self::name( self::PRODUCT_CHANGES ) . " (
  product_id bigint(20) unsigned NOT NULL,
  changed_at datetime(6) NOT NULL,
  PRIMARY KEY  (product_id),
  KEY changed_at (changed_at)
) $collate;",
		);
	}
}
