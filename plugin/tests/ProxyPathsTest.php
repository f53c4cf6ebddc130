<?php
/**
 * Which requests the proxy forwards.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Proxy\ProxyPaths;
use CommerceBridge\Proxy\ProxyRequest;

/**
 * Path matching and request parsing from $_SERVER.
 */
final class ProxyPathsTest extends \PHPUnit\Framework\TestCase {

	private array $server;

	protected function setUp(): void {
		$this->server = $_SERVER;
	}

	protected function tearDown(): void {
		$_SERVER = $this->server;
	}

	public function paths(): array {
		return array(
			'oct8ne method'            => array( 'oct8ne/frame/ProductInfo', true ),
			'oct8ne trailing slash'    => array( 'oct8ne/frame/search/', true ),
			'oct8ne nested'            => array( 'oct8ne/frame/search/x', false ),
			'known vendor'             => array( 'commerce-bridge/belco/orders', true ),
			'core route'               => array( 'commerce-bridge/core/identity', true ),
			'shopper facts (internal)' => array( 'commerce-bridge/core/shopper', false ),
			'internal, any case'       => array( 'commerce-bridge/core/Shopper/', false ),
			'order lines (internal)'   => array( 'commerce-bridge/bambuser/purchase', false ),
			'order lines, any case'    => array( 'commerce-bridge/bambuser/Purchase/', false ),
			'Bambuser product data'    => array( 'commerce-bridge/bambuser/products', true ),
			'unknown vendor'           => array( 'commerce-bridge/acme/orders', false ),
			'no sub path'              => array( 'commerce-bridge/belco/', false ),
			'dot segments'             => array( 'commerce-bridge/belco/../../health', false ),
			'encoded dot segments'     => array( 'commerce-bridge/belco/%2E%2e/health', false ),
			'unsafe characters'        => array( "commerce-bridge/belco/a\nb", false ),
			'something else'           => array( 'shop/hoodie', false ),
		);
	}

	/**
	 * @dataProvider paths
	 * @param string $path     Site-relative path.
	 * @param bool   $expected Whether it is forwarded.
	 */
	public function test_paths( string $path, bool $expected ): void {
		$this->assertSame( $expected, ( new ProxyPaths( array( 'oct8ne', 'belco', 'bambuser', 'core' ) ) )->matches( $path ) );
	}

	public function test_request_in_a_subdirectory_keeps_path_and_query(): void {
		$_SERVER['REQUEST_METHOD'] = 'post';
		$_SERVER['REQUEST_URI']    = '/shop/commerce-bridge/belco/orders?email=a%40b.test&page=2';
		$request                   = ProxyRequest::from_globals( '/shop/' );
		$this->assertSame( 'POST', $request->method );
		$this->assertSame( 'commerce-bridge/belco/orders', $request->path );
		$this->assertSame( '/commerce-bridge/belco/orders?email=a%40b.test&page=2', $request->request_uri() );
		$this->assertNull( ProxyRequest::from_globals( '/other/' ) );
	}

	public function test_plain_permalink_fallback_forwards_the_other_parameters(): void {
		$_SERVER['REQUEST_METHOD'] = 'GET';
		$_SERVER['REQUEST_URI']    = '/?commerce_bridge_path=oct8ne%2Fframe%2Fsearch&q=mok';
		$this->assertSame( '/oct8ne/frame/search?q=mok', ProxyRequest::from_globals( '/' )->request_uri() );
	}

	public function test_the_client_address_is_the_web_servers_and_only_a_valid_ip(): void {
		$_SERVER['REQUEST_METHOD'] = 'GET';
		$_SERVER['REQUEST_URI']    = '/commerce-bridge/belco/orders';
		$_SERVER['REMOTE_ADDR']    = '2001:db8::7';
		$this->assertSame( '2001:db8::7', ProxyRequest::from_globals( '/' )->client );
		$_SERVER['REQUEST_URI'] = '/?commerce_bridge_path=oct8ne%2Fframe%2Fsearch';
		$this->assertSame( '2001:db8::7', ProxyRequest::from_globals( '/' )->client );
		$_SERVER['REMOTE_ADDR'] = "203.0.113.7\r\nX-Commerce-Bridge-User: 1";
		$this->assertSame( '', ProxyRequest::from_globals( '/' )->client );
	}

	public function test_the_answer_deadline_counts_from_when_php_got_the_request(): void {
		$_SERVER['REQUEST_METHOD']     = 'GET';
		$_SERVER['REQUEST_TIME_FLOAT'] = 1700000000.25;
		$_SERVER['REQUEST_URI']        = '/commerce-bridge/belco/orders';
		$this->assertSame( 1700000000.25, ProxyRequest::from_globals( '/' )->received );
		$_SERVER['REQUEST_URI'] = '/?commerce_bridge_path=oct8ne%2Fframe%2Fsearch';
		$this->assertSame( 1700000000.25, ProxyRequest::from_globals( '/' )->received );
		$this->assertEqualsWithDelta( microtime( true ), ( new ProxyRequest( 'GET', 'x', '' ) )->received, 1.0 );
	}

	public function test_unknown_methods_and_raw_spaces_are_not_forwarded(): void {
		$_SERVER['REQUEST_METHOD'] = 'TRACE';
		$_SERVER['REQUEST_URI']    = '/commerce-bridge/belco/orders';
		$this->assertNull( ProxyRequest::from_globals( '/' ) );
		$_SERVER['REQUEST_METHOD'] = 'GET';
		$_SERVER['REQUEST_URI']    = '/commerce-bridge/belco/orders?q=a b';
		$this->assertNull( ProxyRequest::from_globals( '/' ) );
	}
	public function identity_paths(): array {
		return array(
			'productInfo'               => array( 'oct8ne/frame/productInfo', true ),
			'search, any case, slash'   => array( 'oct8ne/frame/SEARCH/', true ),
			'protected order method'    => array( 'oct8ne/frame/getOrderDetails', true ),
			'customerData'              => array( 'oct8ne/frame/customerData', false ),
			'getCart'                   => array( 'oct8ne/frame/GetCart', false ),
			'addToWishlist'             => array( 'oct8ne/frame/addToWishlist', false ),
			'unknown oct8ne method'     => array( 'oct8ne/frame/constructor', false ),
			'case of the prefix'        => array( 'OCT8NE/frame/productInfo', false ),
			'Belco orders API'          => array( 'commerce-bridge/belco/orders', true ),
			'Belco frame'               => array( 'commerce-bridge/belco/frame/', true ),
			'another Belco route'       => array( 'commerce-bridge/belco/widget', false ),
			'Loymax feed'               => array( 'commerce-bridge/loymax/products', true ),
			'Bambuser product data'     => array( 'commerce-bridge/bambuser/products', true ),
			'Bambuser purchase event'   => array( 'commerce-bridge/bambuser/purchase', false ),
			'Loymax without a route'    => array( 'commerce-bridge/loymax/', false ),
			'identity route'            => array( 'commerce-bridge/core/identity', false ),
			'escape from a feed'        => array( 'commerce-bridge/loymax/%2e%2E/core/identity', false ),
			'unsafe characters'         => array( "commerce-bridge/loymax/a\nb", false ),
			'plain page'                => array( 'shop/hoodie', false ),
		);
	}

	/**
	 * @dataProvider identity_paths
	 * @param string $path     Site-relative path.
	 * @param bool   $expected Whether the early path answers it.
	 */
	public function test_identity_free_paths( string $path, bool $expected ): void {
		$this->assertSame( $expected, ProxyPaths::identity_free( $path ) );
		if ( $expected ) {
			$this->assertTrue( ( new ProxyPaths( array( 'oct8ne', 'belco', 'loymax', 'bambuser', 'core' ) ) )->matches( $path ), 'the late path forwards it too' );
		}
	}

	/** The early oct8ne methods are exactly the ones the sidecar does not mark sessionBound nor let read the identity. */
	public function test_early_oct8ne_methods_are_the_sidecars_identity_free_ones(): void {
		$methods = array();
		foreach ( glob( dirname( __DIR__, 2 ) . '/sidecar/src/vendors/oct8ne/*.ts' ) as $file ) {
			$chunks = preg_split( '/^\t\t(\w+): method\(/m', (string) file_get_contents( $file ), -1, PREG_SPLIT_DELIM_CAPTURE );
			for ( $i = 1; $i < count( $chunks ); $i += 2 ) {
				$methods[ $chunks[ $i ] ] = ! str_contains( $chunks[ $i + 1 ], 'sessionBound: true' ) && ! str_contains( $chunks[ $i + 1 ], 'identity' );
			}
		}
		$this->assertGreaterThanOrEqual( 11, count( $methods ), 'found the method table' );
		$this->assertFalse( $methods['customerdata'] );
		foreach ( $methods as $name => $identity_free ) {
			$this->assertSame( $identity_free, ProxyPaths::identity_free( 'oct8ne/frame/' . $name ), $name );
		}
	}
}
