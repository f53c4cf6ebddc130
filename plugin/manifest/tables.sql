-- The plugin's own tables: the installer runs these through dbDelta (Install/Tables.php) and the
-- sidecar's tests create their tables from this file too. dbDelta's format: one column per line, two
-- spaces before PRIMARY KEY. {prefix} is the site's table prefix, {charset_collate} its charset.
-- Bump Tables::VERSION when a statement changes; the installer then runs dbDelta again.

-- oct8ne's wishlist of users and guest sessions (written by the plugin and by the sidecar).
CREATE TABLE {prefix}commerce_bridge_wishlist (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  owner_type enum('user','session') NOT NULL,
  owner_key varchar(64) NOT NULL,
  product_id bigint(20) unsigned NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY owner_product (owner_type,owner_key,product_id)
) {charset_collate};

-- Events queued for a shopper's next page (Events/EventQueue.php).
CREATE TABLE {prefix}commerce_bridge_events (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  owner_key varchar(64) NOT NULL,
  event_type varchar(64) NOT NULL,
  payload longtext NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY owner_key (owner_key),
  KEY created_at (created_at)
) {charset_collate};

-- The oct8ne session an order came from (Vendors/Oct8ne/SaleAttribution.php; the sidecar's sales report).
CREATE TABLE {prefix}commerce_bridge_oct8ne_sessions (
  order_id bigint(20) unsigned NOT NULL,
  session_id varchar(128) NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (order_id)
) {charset_collate};

-- Belco's server calls (Vendors/Belco/Sync): ids only, no personal data; capped by DeliveryLog.
CREATE TABLE {prefix}commerce_bridge_belco_deliveries (
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
) {charset_collate};

-- When each product category last changed (Vendors/Loymax/CategoryChanges.php): the categories feed's updatedSince.
CREATE TABLE {prefix}commerce_bridge_term_changes (
  term_id bigint(20) unsigned NOT NULL,
  taxonomy varchar(32) NOT NULL,
  slug varchar(200) NOT NULL,
  changed_at datetime NOT NULL,
  deleted tinyint(1) unsigned NOT NULL,
  PRIMARY KEY  (term_id),
  KEY taxonomy_changed (taxonomy,changed_at)
) {charset_collate};

-- When each product last changed (WooCommerce/ProductChanges.php): the sidecar's search index polls it by changed_at.
CREATE TABLE {prefix}commerce_bridge_product_changes (
  product_id bigint(20) unsigned NOT NULL,
  changed_at datetime(6) NOT NULL,
  PRIMARY KEY  (product_id),
  KEY changed_at (changed_at)
) {charset_collate};
