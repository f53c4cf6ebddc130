<?php
/**
 * Loymax events known when a page renders.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Section, category and product view of the current page, with ready ids, in the order they are
 * executed. The checkout of a placed order is not a page event: it is claimed when the bundle asks for
 * it (CheckoutReport), once consent allows Loymax.
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

	/** @return list<array<string, string>> LoymaxEvent objects (see blocks/src/vendors/loymax/shared/events.ts). */
	public function current(): array {
		$events = array();
		foreach ( $this->sections() as $page_name ) {
			$events[] = array(
				'kind'     => 'section',
				'pageName' => $page_name,
			);
		}
		$product_id  = $this->store->current_product_id();
		$category_id = $this->store->current_category_id();
		if ( $product_id ) {
			$events[] = array(
				'kind'       => 'product',
				'categoryId' => $this->ids->product_category( $product_id ),
				'productId'  => $this->ids->product( $product_id ),
			);
		} elseif ( $category_id ) {
			$events[] = array(
				'kind'       => 'category',
				'categoryId' => $this->ids->category( $category_id ),
			);
		}
		return $events;
	}

	/**
	 * PAGE_NAMEs of the sectionMap entries matching this page: a page id, an exact path, or a path
	 * prefix ending in "*".
	 *
	 * @return list<string>
	 */
	private function sections(): array {
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
