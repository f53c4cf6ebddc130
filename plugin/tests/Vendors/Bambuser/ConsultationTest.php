<?php
/**
 * The consultation block and shortcode markup.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Bambuser;

use CommerceBridge\Plugin;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Bambuser\BambuserModule;
use CommerceBridge\Vendors\Bambuser\Consultation;

/**
 * Both render through Consultation::render(), escape everything, and render nothing while disabled.
 */
final class ConsultationTest extends TestCase {

	private const HOSTILE_LABEL = '"><script>alert(1)</script>';
	private const HOSTILE_QUEUE = '" onmouseover="alert(2)';

	private BambuserModule $module;

	protected function setUp(): void {
		parent::setUp();
		$this->module = Plugin::instance()->get( BambuserModule::class );
		$this->module->update( array( 'enabled' => true ) );
		// WordPress's shortcode registry does not survive into PHPUnit's scope (core's [caption] is
		// missing too), so register ours the way Consultation does on init.
		add_shortcode( Consultation::SHORTCODE, array( new Consultation( $this->module ), 'shortcode' ) );
	}

	public function test_the_shortcode_renders_an_escaped_button_with_its_queue(): void {
		$html = do_shortcode( '[commerce_bridge_bambuser queue=\'' . self::HOSTILE_QUEUE . '\' label=\'' . self::HOSTILE_LABEL . '\']' );
		$this->assertStringNotContainsString( '<script>', $html );
		$this->assertStringNotContainsString( '" onmouseover=', $html );
		$button = $this->first( $html, 'button' );
		$this->assertSame( 'manual', $button->getAttribute( 'data-commerce-bridge-bambuser' ) );
		$this->assertSame( 'button', $button->getAttribute( 'type' ) );
		$this->assertSame( self::HOSTILE_LABEL, $button->textContent );
	}

	public function test_a_queue_link_carries_the_queue_in_bambusers_url_parameter(): void {
		$html = do_shortcode( '[commerce_bridge_bambuser queue="Repairs & returns" label="Repairs" trigger="queue-link"]' );
		$link = $this->first( $html, 'a' );
		parse_str( (string) wp_parse_url( $link->getAttribute( 'href' ), PHP_URL_QUERY ), $query );
		$this->assertSame( 'Repairs & returns', $query['bambuserQueueId'] ?? null );
		$this->assertSame( 'Repairs', $link->textContent );
	}

	public function test_the_block_renders_the_same_control_inside_its_wrapper(): void {
		// Registered from plugin/build, which CI always builds: a missing block is a failure, not a skip.
		$this->assertTrue( \WP_Block_Type_Registry::get_instance()->is_registered( 'commerce-bridge/bambuser-consultation' ), 'the block is registered (npm run build)' );
		$attributes = wp_json_encode(
			array(
				'label' => self::HOSTILE_LABEL,
				'queue' => self::HOSTILE_QUEUE,
			)
		);
		$html       = do_blocks( '<!-- wp:commerce-bridge/bambuser-consultation ' . $attributes . ' /-->' );
		$this->assertStringNotContainsString( '<script>', $html );
		$this->assertStringContainsString( 'wp-block-commerce-bridge-bambuser-consultation', $html );
		$button = $this->first( $html, 'button' );
		$this->assertSame( self::HOSTILE_LABEL, $button->textContent );
		$this->assertSame( trim( self::HOSTILE_QUEUE ), $button->getAttribute( 'data-queue' ) );
	}

	public function test_nothing_renders_while_bambuser_is_disabled(): void {
		$this->module->update( array( 'enabled' => false ) );
		$this->assertSame( '', do_shortcode( '[commerce_bridge_bambuser]' ) );
	}

	/**
	 * The first element of a tag in an HTML fragment; fails when there is none.
	 *
	 * @param string $html Fragment.
	 * @param string $tag  Tag name.
	 */
	private function first( string $html, string $tag ): \DOMElement {
		$document = new \DOMDocument();
		$document->loadHTML( '<?xml encoding="utf-8"?><body>' . $html . '</body>', LIBXML_NOERROR );
		$element = $document->getElementsByTagName( $tag )->item( 0 );
		$this->assertInstanceOf( \DOMElement::class, $element, "no <$tag> in $html" );
		return $element;
	}
}
