<?php
/**
 * Loymax SmartCom: JS tracker (admin-pasted snippet and call templates) and feeds.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\OrderReport;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * Settings (manifest/loymax.json, which the sidecar's feeds read too, so the tracker and the feeds send
 * the same ids), storefront config and hooks of Loymax SmartCom.
 */
final class LoymaxModule extends VendorModule {

	public function id(): string {
		return 'loymax';
	}

	/** The manifest's settings with one call template per event kind after the snippet. */
	public function defaults(): array {
		return self::after_snippet( parent::defaults(), array_fill_keys( array_keys( Templates::keys() ), '' ) );
	}

	public function schema(): array {
		$schema               = parent::schema();
		$schema['properties'] = self::after_snippet( $schema['properties'], $this->template_properties() );
		return $schema;
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

	/** The page's section events, its views' ids and the enabled call templates; the snippet itself is printed by Loader. */
	public function public_config(): array {
		$values    = $this->public_values();
		$templates = array();
		foreach ( Templates::keys() as $key => $kind ) {
			if ( '' !== trim( $values[ $key ] ) ) {
				$templates[ $kind ] = $values[ $key ];
			}
		}
		$page    = new PageEvents( $this->store, new Ids( $this->store, $values ), $values );
		$tracked = '' !== trim( $values[ Templates::SNIPPET ] );
		return array(
			'shopId'        => $values['shopId'],
			'eventSourceId' => $values['eventSourceId'],
			'templates'     => (object) $templates,
			'events'        => $tracked ? $page->sections() : array(),
			// An object in JSON even when empty (WooCommerce ids are never 0, so the maps are objects too).
			'ids'           => (object) ( $tracked ? $page->ids() : array() ),
		);
	}

	/** The checkout (and clean-up) of the order-received page's order, sent by the bundle on `orderPlaced`. */
	public function order_report(): ?OrderReport {
		$values = $this->public_values();
		return new CheckoutReport( new Ids( $this->store, $values ), $values );
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

	/** @return array<string, array> one call-language property per event kind of the manifest. */
	private function template_properties(): array {
		$properties = array();
		foreach ( Templates::events() as $kind => $placeholders ) {
			$properties[ Templates::key( $kind ) ] = array(
				'type'             => 'string',
				/* translators: %s: event kind, e.g. cartAdd. */
				'title'            => sprintf( __( 'Call template: %s', 'commerce-bridge' ), $kind ),
				'description'      => ( $placeholders
					/* translators: %s: placeholders such as {PRODUCT_ID}. */
					? sprintf( __( 'The call made for this event, as JSON: {"call": "lmx.push", "args": [...]} or a list of such calls. Placeholders %s in argument strings become the event\'s values.', 'commerce-bridge' ), '{' . implode( '}, {', $placeholders ) . '}' )
					: __( 'The call made for this event, as JSON: {"call": "lmx.push", "args": [...]} or a list of such calls (no placeholders).', 'commerce-bridge' ) )
					. ' ' . __( 'Empty disables the event.', 'commerce-bridge' ),
				'maxLength'        => Templates::template_max(),
				'contentMediaType' => 'application/json',
			);
		}
		return $properties;
	}

	/**
	 * Settings with others inserted after the tracker snippet (the order the settings app shows).
	 *
	 * @param array $settings Settings by key.
	 * @param array $inserted Settings to insert.
	 */
	private static function after_snippet( array $settings, array $inserted ): array {
		$at = (int) array_search( Templates::SNIPPET, array_keys( $settings ), true ) + 1;
		return array_slice( $settings, 0, $at, true ) + $inserted + array_slice( $settings, $at, null, true );
	}
}
