<?php
/**
 * A real site (php -S on the suite's WordPress) in front of a real sidecar, for a whole test class.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Support;

use CommerceBridge\Options;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;

/**
 * The class enables vendors with its keys (committed: the sidecar reads them over its own connection),
 * starts a sidecar and a site whose address is the php -S server's (as a live site's is its own: no
 * canonical redirect), and puts every option back afterwards.
 */
trait SiteOverPhpServer {

	private static Sidecar $sidecar;
	private static Upstream $site;

	/** @var array<string, mixed> option => value before the class (false: none). */
	private static array $saved = array();

	private static function registry(): Registry {
		return Plugin::instance()->get( Registry::class );
	}

	/**
	 * Enables each vendor with its values, then starts the sidecar and the site.
	 *
	 * @param array<string, array> $vendors Vendor id => settings.
	 */
	private static function start_site( array $vendors ): void {
		foreach ( array( Options::SETTINGS, 'home', 'siteurl' ) as $option ) {
			self::$saved[ $option ] = get_option( $option );
		}
		foreach ( $vendors as $id => $values ) {
			$module = self::registry()->get( $id );
			foreach ( array( $module->option_name(), $module->secrets_option_name() ) as $option ) {
				self::$saved[ $option ] = get_option( $option );
			}
			$module->update( array( 'enabled' => true ) + $values );
		}
		self::$sidecar = new Sidecar();
		self::$site    = new Upstream( __DIR__ . '/site-router.php' );
		self::use_sidecar( self::$sidecar->url() );
		update_option( 'home', self::$site->url );
		update_option( 'siteurl', self::$site->url );
	}

	private static function stop_site(): void {
		self::$site->stop();
		self::$sidecar->stop();
		foreach ( self::$saved as $option => $value ) {
			if ( false === $value ) {
				delete_option( $option );
			} else {
				update_option( $option, $value );
			}
		}
	}

	private static function use_sidecar( string $url ): void {
		update_option( Options::SETTINGS, array( 'sidecarUrl' => $url ) + (array) self::$saved[ Options::SETTINGS ] );
	}
}
