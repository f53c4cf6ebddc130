<?php
/**
 * Composition root.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge;

use CommerceBridge\Admin\AdminNotice;
use CommerceBridge\Admin\PluginLinks;
use CommerceBridge\Admin\SettingsPage;
use CommerceBridge\Admin\WooCommerceNotice;
use CommerceBridge\Consent\ConsentController;
use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\Emitter;
use CommerceBridge\Events\OrderPlacedRoute;
use CommerceBridge\Events\EventQueue;
use CommerceBridge\Frontend\Assets;
use CommerceBridge\Frontend\CartExtension;
use CommerceBridge\Frontend\PageContext;
use CommerceBridge\Frontend\StoreApiReads;
use CommerceBridge\Health\HealthChecks;
use CommerceBridge\Install\EarlyLoader;
use CommerceBridge\Install\Installer;
use CommerceBridge\Install\Network;
use CommerceBridge\Privacy\PersonalData;
use CommerceBridge\Proxy\Forwarder;
use CommerceBridge\Proxy\ProxyPaths;
use CommerceBridge\Proxy\Rewrites;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\Rest\StatusController;
use CommerceBridge\WooCommerce\PlacedOrder;
use CommerceBridge\WooCommerce\ProductChanges;
use CommerceBridge\WooCommerce\StoreFactory;

defined( 'ABSPATH' ) || exit;

/**
 * Builds the services from an explicit list and lets each add its hooks.
 */
final class Plugin {

	private static ?self $instance = null;

	/** @var array<class-string, object> */
	private array $services = array();

	public static function instance(): self {
		self::$instance ??= new self();
		return self::$instance;
	}

	/** Wires everything once WooCommerce (loaded after us) and the store filter are in place. */
	public function boot(): void {
		add_action( 'plugins_loaded', array( $this, 'register_services' ) );
	}

	public function register_services(): void {
		foreach ( $this->build() as $service ) {
			if ( $service instanceof Registerable ) {
				$service->register();
			}
		}
	}

	/**
	 * A built service, for vendor code and tests.
	 *
	 * @template T
	 * @param class-string<T> $class Service class.
	 * @return T
	 */
	public function get( string $class ): object {
		return $this->build()[ $class ];
	}

	/**
	 * Activation hook.
	 *
	 * @param bool $network_wide Network-activated (every site of a multisite network).
	 */
	public static function activate( $network_wide = false ): void {
		self::instance()->get( Network::class )->activate( (bool) $network_wide );
	}

	/**
	 * Deactivation hook.
	 *
	 * @param bool $network_wide Network-deactivated.
	 */
	public static function deactivate( $network_wide = false ): void {
		self::instance()->get( Network::class )->deactivate( (bool) $network_wide );
	}

	/** @return array<class-string, object> */
	private function build(): array {
		if ( $this->services ) {
			return $this->services;
		}
		$store    = StoreFactory::create();
		$events   = new EventQueue( $store );
		$registry = new Registry( $store, $events );
		$rewrites = new Rewrites();
		$client   = SidecarClient::for_site();
		$paths    = new ProxyPaths( array_merge( array_keys( $registry->all() ), array( 'core' ) ) );
		$loader   = EarlyLoader::for_site();
		$install  = new Installer( $registry, $rewrites, $loader );
		$basename = plugin_basename( COMMERCE_BRIDGE_FILE );
		$consent  = new VendorConsent();
		$services = array(
			Translations::class       => new Translations(),
			EventQueue::class         => $events,
			Emitter::class            => Emitter::for_registry( $store, $registry ),
			OrderPlacedRoute::class   => new OrderPlacedRoute( $registry, $store, $consent ),
			PlacedOrder::class        => new PlacedOrder(),
			ProductChanges::class     => new ProductChanges(),
			Registry::class           => $registry,
			Installer::class          => $install,
			Network::class            => new Network( $install, $basename ),
			Rewrites::class           => $rewrites,
			Forwarder::class          => new Forwarder( $paths, $client, $store ),
			SettingsController::class => new SettingsController( $registry, $store ),
			StatusController::class   => new StatusController( $client, $store ),
			SettingsPage::class       => new SettingsPage( $store ),
			WooCommerceNotice::class  => new WooCommerceNotice( $store ),
			AdminNotice::class        => new AdminNotice( $client, $registry, $store ),
			PluginLinks::class        => new PluginLinks( $store, $basename ),
			VendorConsent::class      => $consent,
			ConsentController::class  => new ConsentController( $store ),
			Assets::class             => new Assets( $registry, $store, $events, new PageContext( $store ), $consent ),
			CartExtension::class      => new CartExtension(),
			StoreApiReads::class      => new StoreApiReads(),
			PersonalData::class       => new PersonalData(),
			HealthChecks::class       => new HealthChecks( $loader, $client, $registry ),
		);
		foreach ( $registry->all() as $module ) {
			$services[ get_class( $module ) ] = $module;
		}
		$this->services = $services;
		return $services;
	}
}
