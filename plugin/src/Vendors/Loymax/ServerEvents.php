<?php
/**
 * Loymax events that happen in requests ending in a redirect, queued for the visitor's next page.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Events\ServerEvent;
use CommerceBridge\Events\Subscriber;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * Login, registration (also at checkout), logout clean-up and cart changes made by a page load, from
 * the commerce events (Events\Emitter). Live cart changes (AJAX, Store API) are seen by the storefront
 * bundle instead, so they are skipped here.
 */
final class ServerEvents implements Registerable, Subscriber {

	/** Queued event type; its payload is one LoymaxEvent. */
	public const TYPE = 'loymax';

	/** @var array<int, true> users who logged in or registered in this request. */
	private array $users = array();

	/**
	 * Constructor.
	 *
	 * @param EventQueue $queue    Next-page event queue.
	 * @param Ids        $ids      Id resolver.
	 * @param array      $settings Loymax settings.
	 * @param \Closure   $allowed  (): bool, whether Loymax may queue events for this visitor now (consent).
	 */
	public function __construct( private EventQueue $queue, private Ids $ids, private array $settings, private \Closure $allowed ) {
	}

	public function register(): void {
		// Billing data (phone mode) is saved after the account exists: resolve the id at the end.
		add_action( 'shutdown', array( $this, 'queue_users' ) );
	}

	public function handlers(): array {
		$user = function ( ServerEvent $event ): void {
			$this->users[ $event->data['userId'] ] = true;
		};
		return array(
			ServerEvent::LOGGED_IN    => $user,
			ServerEvent::REGISTERED   => $user,
			ServerEvent::LOGGED_OUT   => fn () => $this->logged_out(),
			ServerEvent::CART_CHANGED => array( $this, 'cart_changed' ),
		);
	}

	public function queue_users(): void {
		foreach ( array_keys( $this->users ) as $user_id ) {
			$this->push( array( 'kind' => 'auth', 'userId' => $this->ids->user( $user_id ) ), 'userId' );
		}
		$this->users = array();
	}

	private function logged_out(): void {
		if ( $this->settings['cleanupOnLogout'] ) {
			$this->push( array( 'kind' => 'cartClear' ) );
		}
	}

	/**
	 * An added line becomes cartAdd, a removed one cartRemove, when a page load made the change.
	 *
	 * @param ServerEvent $event A cartChanged event.
	 */
	public function cart_changed( ServerEvent $event ): void {
		$line = $event->data['line'];
		if ( $event->data['live'] || ! $line ) {
			return;
		}
		if ( 'added' === $event->data['reason'] ) {
			$this->push( array( 'kind' => 'cartAdd' ) + $this->ids->line( $line ), 'productId' );
		} elseif ( 'removed' === $event->data['reason'] ) {
			$this->push( array( 'kind' => 'cartRemove', 'productId' => $this->ids->line( $line )['productId'] ), 'productId' );
		}
	}

	/**
	 * Queues a custom event (theme and plugin actions, see ShopEvents); '' is off.
	 *
	 * @param string $event_name EVENT_NAME.
	 */
	public function custom( string $event_name ): void {
		$this->push(
			array(
				'kind'      => 'custom',
				'eventName' => $event_name,
			),
			'eventName'
		);
	}

	/**
	 * Queues an event when its template is set, its id resolved and the visitor consented (queuing may
	 * set the visitor cookie).
	 *
	 * @param array  $event    LoymaxEvent.
	 * @param string $required Key that must not be empty.
	 */
	private function push( array $event, string $required = '' ): void {
		if ( '' === $this->settings[ Templates::key( $event['kind'] ) ] || ( '' !== $required && '' === $event[ $required ] ) || ! ( $this->allowed )() ) {
			return;
		}
		$this->queue->push( self::TYPE, $event );
	}
}
