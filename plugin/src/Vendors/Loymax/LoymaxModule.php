<?php
/**
 * Loymax SmartCom: JS tracker (admin-pasted snippet and call templates) and feeds.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Consent\ConsentCategories;
use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings, storefront config and hooks of Loymax SmartCom. The id keys are shared with the sidecar
 * feeds (sidecar/src/schemas/settings.ts), so the tracker and the feeds send the same ids.
 */
final class LoymaxModule extends VendorModule {

	public function id(): string {
		return 'loymax';
	}

	public function label(): string {
		return 'Loymax SmartCom';
	}

	public function defaults(): array {
		return array(
			'enabled'            => false,
			'shopId'             => '',
			'eventSourceId'      => '',
			'feedToken'          => '',
			Templates::SNIPPET   => '',
		) + array_fill_keys( array_keys( Templates::keys() ), '' ) + array(
			'userIdMode'         => 'id',
			'userIdMetaKey'      => '',
			'productIdMode'      => 'parent',
			'categoryIdMode'     => 'id',
			'orderIdMode'        => 'id',
			'sectionMap'         => array(),
			'cleanupAfterOrder'  => false,
			'cleanupOnLogout'    => false,
			'favouriteEvent'     => 'favourite_add',
			'backInStockEvent'   => 'back_in_stock_subscribe',
			ConsentCategories::KEY => array( 'marketing' ),
		);
	}

	public function schema(): array {
		return $this->object_schema(
			array(
				'shopId'           => self::text( __( 'Shop id', 'commerce-bridge' ), __( 'Your shop id in Loymax SmartCom ({SHOP_ID} in the tracker snippet).', 'commerce-bridge' ) ) + self::id_shape( __( 'The shop id is letters, digits, - and _ only: the number Loymax support gave you, such as 4711.', 'commerce-bridge' ) ),
				'eventSourceId'    => self::text( __( 'Event source id', 'commerce-bridge' ), __( 'Code of the event source the tracker reports to ({ESRC_ID}); empty for the default source.', 'commerce-bridge' ) ) + self::id_shape( __( 'The event source id is letters, digits, - and _ only, as Loymax names it; leave it empty for the default source.', 'commerce-bridge' ) ) + array( 'section' => 'connection' ),
				'feedToken'        => self::text( __( 'Feed token', 'commerce-bridge' ), __( 'Token in the product feed URL; generated on activation. Stored, never shown again.', 'commerce-bridge' ), true ),
				Templates::SNIPPET => self::code( __( 'Tracker snippet', 'commerce-bridge' ), __( 'The JavaScript of the tracking code from Loymax onboarding, without the <script> tags. {SHOP_ID} and {ESRC_ID} become string literals. Runs once per page, early in <head>.', 'commerce-bridge' ), Templates::SNIPPET_MAX ),
			) + $this->template_properties() + array(
				'userIdMode'        => self::choice( __( 'Customer id (USER_ID)', 'commerce-bridge' ), __( 'What Loymax knows customers by. Must match the customer integration.', 'commerce-bridge' ), array( 'id' => __( 'WordPress user id', 'commerce-bridge' ), 'email' => __( 'E-mail address', 'commerce-bridge' ), 'phone' => __( 'Billing phone', 'commerce-bridge' ), 'meta' => __( 'A user meta key', 'commerce-bridge' ) ) ) + array( 'section' => 'advanced' ),
				'userIdMetaKey'     => self::text( __( 'Customer id meta key', 'commerce-bridge' ), __( 'User meta key holding the customer id, when the customer id is "A user meta key".', 'commerce-bridge' ) ) + array( 'section' => 'advanced' ),
				'productIdMode'     => self::choice( __( 'Product id (PRODUCT_ID)', 'commerce-bridge' ), __( 'Which id Loymax receives for a product. SKU falls back to the product id when the product has none.', 'commerce-bridge' ), array( 'parent' => __( 'Product id (the parent of a variation)', 'commerce-bridge' ), 'variation' => __( 'Variation id', 'commerce-bridge' ), 'sku' => __( 'SKU', 'commerce-bridge' ) ) ) + array( 'section' => 'advanced' ),
				'categoryIdMode'    => self::choice( __( 'Category id (CATEGORY_ID)', 'commerce-bridge' ), __( 'Which id Loymax receives for a category.', 'commerce-bridge' ), array( 'id' => __( 'Category id', 'commerce-bridge' ), 'slug' => __( 'Category slug', 'commerce-bridge' ) ) ) + array( 'section' => 'advanced' ),
				'orderIdMode'       => self::choice( __( 'Order id (ORDER_ID)', 'commerce-bridge' ), __( 'Which id Loymax receives for an order.', 'commerce-bridge' ), array( 'id' => __( 'Order id', 'commerce-bridge' ), 'number' => __( 'Order number shown to the customer', 'commerce-bridge' ) ) ) + array( 'section' => 'advanced' ),
				'sectionMap'        => $this->section_map_property(),
				'cleanupAfterOrder' => self::flag( __( 'Cart clean-up after an order', 'commerce-bridge' ), __( 'Send the cart clean-up event after the checkout completion event.', 'commerce-bridge' ) ),
				'cleanupOnLogout'   => self::flag( __( 'Cart clean-up on logout', 'commerce-bridge' ), __( 'Send the cart clean-up event on the page after a logout.', 'commerce-bridge' ) ),
				'favouriteEvent'    => self::text( __( 'Favourite event name', 'commerce-bridge' ), __( 'Custom event (EVENT_NAME) sent when a visitor adds a product to favourites (YITH Wishlist, or the commerce_bridge_loymax_favourite action); empty sends none.', 'commerce-bridge' ) ),
				'backInStockEvent'  => self::text( __( 'Back-in-stock event name', 'commerce-bridge' ), __( 'Custom event (EVENT_NAME) sent when a visitor subscribes to a back-in-stock notice (Back In Stock Notifier, WooCommerce Back In Stock Notifications, or the commerce_bridge_loymax_back_in_stock action); empty sends none.', 'commerce-bridge' ) ),
			)
		);
	}

	public function generated_secrets(): array {
		return array( 'feedToken' );
	}

	/** The tracker needs the shop id, the feeds their token. */
	public function required_keys(): array {
		return array( 'shopId', 'feedToken' );
	}

	public function validate( array $changes ): ?string {
		foreach ( array( Templates::SNIPPET => true ) + Templates::keys() as $key => $unused ) {
			$problem = isset( $changes[ $key ] ) ? Templates::problem( $key, (string) $changes[ $key ] ) : null;
			if ( null !== $problem ) {
				return $problem;
			}
		}
		return null;
	}

	/** Ready ids and the enabled call templates; the snippet itself is printed by Loader. */
	public function public_config(): array {
		$values    = $this->public_values();
		$templates = array();
		foreach ( Templates::keys() as $key => $kind ) {
			if ( '' !== trim( $values[ $key ] ) ) {
				$templates[ $kind ] = $values[ $key ];
			}
		}
		$page = new PageEvents( $this->store, new Ids( $this->store, $values ), $values );
		return array(
			'shopId'        => $values['shopId'],
			'eventSourceId' => $values['eventSourceId'],
			'templates'     => (object) $templates,
			'events'        => '' === trim( $values[ Templates::SNIPPET ] ) ? array() : $page->current(),
		);
	}

	public function register(): void {
		( new Privacy( $this ) )->register();
		( new IntegrationController( $this, $this->store ) )->register();
		( new CallMigration( $this, $this->store ) )->register();
		( new CategoryChanges() )->register();
		if ( ! $this->is_enabled() ) {
			return;
		}
		$values = $this->public_values();
		$state  = fn (): string => ( new VendorConsent() )->state( $this, VendorConsent::PAGE );
		foreach ( array( new Loader( $values, $state ), new CartLineIds( new Ids( $this->store, $values ) ), ...$this->subscribers() ) as $part ) {
			$part->register();
		}
	}

	/** @var list<ServerEvents|ShopEvents>|null */
	private ?array $subscribers = null;

	/** The queue of Loymax events for the next page, and the shop events that feed it custom events. */
	public function subscribers(): array {
		if ( null === $this->subscribers ) {
			$values            = $this->public_values();
			$allowed           = fn (): bool => ( new VendorConsent() )->allows( $this, VendorConsent::EVENTS );
			$server            = new ServerEvents( $this->events, new Ids( $this->store, $values ), $values, $allowed );
			$this->subscribers = array( $server, new ShopEvents( $server, $values ) );
		}
		return $this->subscribers;
	}

	/** @return array<string, array> one call-language property per event template. */
	private function template_properties(): array {
		$properties = array();
		foreach ( Templates::EVENTS as $kind => $placeholders ) {
			$properties[ Templates::key( $kind ) ] = self::code(
				/* translators: %s: event kind, e.g. cartAdd. */
				sprintf( __( 'Call template: %s', 'commerce-bridge' ), $kind ),
				( $placeholders
					/* translators: %s: placeholders such as {PRODUCT_ID}. */
					? sprintf( __( 'The call made for this event, as JSON: {"call": "lmx.push", "args": [...]} or a list of such calls. Placeholders %s in argument strings become the event\'s values.', 'commerce-bridge' ), '{' . implode( '}, {', $placeholders ) . '}' )
					: __( 'The call made for this event, as JSON: {"call": "lmx.push", "args": [...]} or a list of such calls (no placeholders).', 'commerce-bridge' ) )
					. ' ' . __( 'Empty disables the event.', 'commerce-bridge' ),
				Templates::TEMPLATE_MAX,
				'application/json'
			);
		}
		return $properties;
	}

	private function section_map_property(): array {
		return array(
			'type'        => 'array',
			'title'       => __( 'Sections (PAGE_NAME)', 'commerce-bridge' ),
			'description' => __( 'List of {"match": page id, path like "/promo/" or path prefix like "/promo/*", "pageName": PAGE_NAME}; a matching page sends the section view event.', 'commerce-bridge' ),
			'maxItems'    => 200,
			'items'       => array(
				'type'                 => 'object',
				'additionalProperties' => false,
				'required'             => array( 'match', 'pageName' ),
				'properties'           => array(
					'match'    => array(
						'type'           => 'string',
						'pattern'        => '^([0-9]+|/[^\s]*)$',
						'patternMessage' => __( 'the match is a page id such as 42, or a path starting with / such as /promo/ or /promo/*, without spaces.', 'commerce-bridge' ),
						'maxLength'      => 255,
					),
					'pageName' => array(
						'type'      => 'string',
						'minLength' => 1,
						'maxLength' => 255,
					),
				),
			),
		);
	}

	/**
	 * Schema of admin-authored code: not run through text sanitizing, editable only with unfiltered_html
	 * (see SettingsInput); a call template names page functions, so it counts as code too.
	 *
	 * @param string $title       Label.
	 * @param string $description Help text.
	 * @param int    $max_length  Length limit.
	 * @param string $media_type  text/javascript or application/json (call templates).
	 */
	private static function code( string $title, string $description, int $max_length, string $media_type = 'text/javascript' ): array {
		return array(
			'type'             => 'string',
			'title'            => $title,
			'description'      => $description,
			'maxLength'        => $max_length,
			'contentMediaType' => $media_type,
		);
	}

	/**
	 * The shape of an id Loymax issues (empty allowed: required_keys() says which must be filled).
	 *
	 * @param string $message What the owner reads when the value has another shape.
	 */
	private static function id_shape( string $message ): array {
		return array(
			'pattern'        => '^$|^[A-Za-z0-9_-]+$',
			'patternMessage' => $message,
		);
	}

	private static function flag( string $title, string $description ): array {
		return array(
			'type'        => 'boolean',
			'title'       => $title,
			'description' => $description,
		);
	}
}
