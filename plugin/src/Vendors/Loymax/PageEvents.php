<?php
/**
 * Loymax's page config: section events and the ids of the page's views.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Section events of the current page, in sectionMap order, and Loymax's ids of the page's product or
 * category: the bundle sends the product and category views on the storefront's `productViewed` /
 * `categoryViewed` (issue 11: one producer of commerce events), so the ids are keyed by the WooCommerce
 * id that event carries. The checkout of a placed order is not a page event: it is claimed when the
 * bundle asks for it (CheckoutReport), once consent allows Loymax.
 */
final class PageEvents {

	/**
	 * Constructor.
	 *
	 * @param Store $store    WooCommerce port.
	 * @param Ids   $ids      Id resolver.
	 * @param array $settings Loymax settings.
	 */
	public function __construct( private Store $store, private Ids $ids, private array $settings ) {
	}

	/** @return list<array{kind: string, pageName: string}> section LoymaxEvents (blocks/src/vendors/loymax/shared/events.ts). */
	public function sections(): array {
		return array_map(
			static fn ( string $page_name ): array => array(
				'kind'     => 'section',
				'pageName' => $page_name,
			),
			$this->section_names()
		);
	}

	/**
	 * Loymax's ids of this page's product or category, under its WooCommerce id (PageContext gives a
	 * page only one of the two, the product first).
	 *
	 * @return array{products?: array<int, array{productId: string, categoryId: string}>, categories?: array<int, array{categoryId: string}>}
	 */
	public function ids(): array {
		$product_id = $this->store->current_product_id();
		if ( $product_id ) {
			$ids = array(
				'productId'  => $this->ids->product( $product_id ),
				'categoryId' => $this->ids->product_category( $product_id ),
			);
			return array( 'products' => array( $product_id => $ids ) );
		}
		$category_id = $this->store->current_category_id();
		if ( ! $category_id ) {
			return array();
		}
		return array( 'categories' => array( $category_id => array( 'categoryId' => $this->ids->category( $category_id ) ) ) );
	}

	/**
	 * PAGE_NAMEs of the sectionMap entries matching this page: a page id, an exact path, or a path
	 * prefix ending in "*".
	 *
	 * @return list<string>
	 */
	private function section_names(): array {
		$object_id = is_singular() ? get_queried_object_id() : 0;
		$path      = $this->request_path();
		$names     = array();
		foreach ( (array) $this->settings['sectionMap'] as $entry ) {
			$match = (string) ( $entry['match'] ?? '' );
			if ( self::matches( $match, $object_id, $path ) ) {
				$names[] = (string) $entry['pageName'];
			}
		}
		return array_values( array_unique( $names ) );
	}

	private static function matches( string $match, int $object_id, string $path ): bool {
		if ( ctype_digit( $match ) ) {
			return $object_id > 0 && (int) $match === $object_id;
		}
		if ( str_ends_with( $match, '*' ) ) {
			return str_starts_with( $path, rtrim( substr( $match, 0, -1 ), '/' ) . '/' );
		}
		return '' !== $match && untrailingslashit( $match ) === untrailingslashit( $path );
	}

	/** Path of this request below the home URL, starting with "/", with a trailing slash. */
	private function request_path(): string {
		$uri  = isset( $_SERVER['REQUEST_URI'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REQUEST_URI'] ) ) : '/';
		$path = (string) wp_parse_url( $uri, PHP_URL_PATH );
		$home = untrailingslashit( (string) wp_parse_url( home_url(), PHP_URL_PATH ) );
		if ( '' !== $home && str_starts_with( $path, $home ) ) {
			$path = substr( $path, strlen( $home ) );
		}
		return trailingslashit( '/' . ltrim( $path, '/' ) );
	}
}
