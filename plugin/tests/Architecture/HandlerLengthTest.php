<?php
/**
 * Issue 11 item 7: every REST handler the plugin registers stays under 15 lines.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Architecture;

use CommerceBridge\Rest\SettingsController;
use CommerceBridge\Tests\TestCase;

/**
 * Reads the callbacks off the real REST server (rest_get_server() runs rest_api_init, so every route the
 * plugin registers is there) and measures each by reflection. A closure is only a wrapper: the closures it
 * holds and the methods of its class it calls (`$this->x(`, `self::x(`) are measured as the handler too.
 */
final class HandlerLengthTest extends TestCase {

	/** Lines between the braces, at most. */
	private const MAX_BODY_LINES = 14;

	/** The plugin's code. */
	private const SRC = COMMERCE_BRIDGE_DIR . 'src/';

	public function test_every_plugin_rest_handler_is_under_15_lines(): void {
		$measured = array();
		foreach ( rest_get_server()->get_routes( SettingsController::NAMESPACE ) as $route => $handlers ) {
			foreach ( $handlers as $handler ) {
				foreach ( $this->functions( $handler['callback'] ) as $name => $function ) {
					// WordPress's own namespace index is listed here too; only the plugin's code is measured.
					if ( ! str_starts_with( (string) $function->getFileName(), self::SRC ) ) {
						continue;
					}
					$measured[ "$route $name" ] = $function->getEndLine() - $function->getStartLine() - 1;
				}
			}
		}
		$this->assertGreaterThan( 10, count( $measured ), 'the plugin\'s routes were found' );
		$too_long = array_filter( $measured, static fn ( int $lines ): bool => $lines > self::MAX_BODY_LINES );
		$this->assertSame( array(), $too_long, 'REST handlers over ' . self::MAX_BODY_LINES . ' lines between the braces' );
	}

	/**
	 * The handler's own function and, one level down, the closures it holds and the methods of its own
	 * class it calls: a one-line wrapper must not hide a long handler behind it.
	 *
	 * @param callable $callback REST callback.
	 * @return array<string, \ReflectionFunctionAbstract>
	 */
	private function functions( $callback ): array {
		$own   = is_array( $callback ) ? new \ReflectionMethod( $callback[0], $callback[1] ) : new \ReflectionFunction( $callback );
		$class = is_array( $callback ) ? new \ReflectionClass( $callback[0] ) : $own->getClosureScopeClass();
		$found = array( self::name( $own ) => $own );
		foreach ( $own->getStaticVariables() as $value ) {
			if ( $value instanceof \Closure ) {
				$own_closure                        = new \ReflectionFunction( $value );
				$found[ self::name( $own_closure ) ] = $own_closure;
			}
		}
		preg_match_all( '/(?:\$this->|self::|static::)([A-Za-z_]\w*)\s*\(/', self::source( $own ), $calls );
		foreach ( array_unique( $calls[1] ) as $method ) {
			if ( null !== $class && $class->hasMethod( $method ) && ! $class->getMethod( $method )->isAbstract() ) {
				$found[ $class->name . '::' . $method ] = $class->getMethod( $method );
			}
		}
		return $found;
	}

	private static function name( \ReflectionFunctionAbstract $function ): string {
		return $function instanceof \ReflectionMethod
			? $function->class . '::' . $function->name
			: basename( (string) $function->getFileName() ) . ':' . $function->getStartLine();
	}

	private static function source( \ReflectionFunctionAbstract $function ): string {
		$lines = (array) file( (string) $function->getFileName() );
		return implode( '', array_slice( $lines, $function->getStartLine() - 1, $function->getEndLine() - $function->getStartLine() + 1 ) );
	}
}
