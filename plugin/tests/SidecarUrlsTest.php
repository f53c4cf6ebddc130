<?php
/**
 * Where the list of sidecar instances comes from.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Options;
use CommerceBridge\Proxy\SidecarClient;

/**
 * COMMERCE_BRIDGE_SIDECAR_URLS, once defined, stays for the process: those tests run in one of their own.
 */
final class SidecarUrlsTest extends TestCase {

	public function test_without_a_list_the_site_has_its_one_sidecar(): void {
		$this->assertSame( array( Options::sidecar_url() ), Options::sidecar_urls() );
		$this->assertSame( Options::sidecar_url(), SidecarClient::for_site()->base_url() );
		$this->assertSame( 'http://a:1,http://b:2', ( new SidecarClient( 'http://a:1', 'http://b:2', 'http://a:1' ) )->base_url() );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_a_comma_separated_list_is_trimmed_deduplicated_and_the_first_is_the_sidecar_url(): void {
		define( 'COMMERCE_BRIDGE_SIDECAR_URLS', ' http://10.0.0.11:8787/, http://10.0.0.12:8787,,http://10.0.0.11:8787' );
		$this->assertSame( array( 'http://10.0.0.11:8787', 'http://10.0.0.12:8787' ), Options::sidecar_urls() );
		$this->assertSame( 'http://10.0.0.11:8787', Options::sidecar_url() );
		$this->assertSame( 'http://10.0.0.11:8787,http://10.0.0.12:8787', SidecarClient::for_site()->base_url() );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_an_array_works_too(): void {
		define( 'COMMERCE_BRIDGE_SIDECAR_URLS', array( 'http://s1:8787', 'http://s2:8787/' ) );
		$this->assertSame( array( 'http://s1:8787', 'http://s2:8787' ), Options::sidecar_urls() );
	}
}
