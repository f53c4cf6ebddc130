<?php
/**
 * The explicit list of vendor modules.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Vendors\Bambuser\BambuserModule;
use CommerceBridge\Vendors\Belco\BelcoModule;
use CommerceBridge\Vendors\Loymax\LoymaxModule;
use CommerceBridge\Vendors\Oct8ne\Oct8neModule;
use CommerceBridge\Vendors\VendorModule;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * The four vendor modules, in the order the REST API and the admin UI show them.
 */
final class Registry {

	/** @var array<string, VendorModule> */
	private array $modules = array();

	/**
	 * Builds every module with the shared services.
	 *
	 * @param Store      $store  WooCommerce port.
	 * @param EventQueue $events Next-page event queue.
	 */
	public function __construct( Store $store, EventQueue $events ) {
		foreach ( array( Oct8neModule::class, BelcoModule::class, LoymaxModule::class, BambuserModule::class ) as $class ) {
			$module                        = new $class( $store, $events );
			$this->modules[ $module->id() ] = $module;
		}
	}

	/** @return array<string, VendorModule> keyed by vendor id. */
	public function all(): array {
		return $this->modules;
	}

	/** @return array<string, VendorModule> the enabled modules only. */
	public function enabled(): array {
		return array_filter( $this->modules, static fn ( VendorModule $module ) => $module->is_enabled() );
	}

	/**
	 * One module by id.
	 *
	 * @param string $id Vendor id.
	 */
	public function get( string $id ): ?VendorModule {
		return $this->modules[ $id ] ?? null;
	}
}
