<?php
/**
 * Loymax snippet and template validation, rendering and storage.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Loymax;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Loymax\Templates;

/**
 * Placeholders are checked per event; inserted values can never leave their string literal.
 */
final class TemplatesTest extends TestCase {

	public function test_known_placeholders_pass_and_unknown_ones_are_named(): void {
		$this->assertNull( Templates::problem( 'templateProduct', 'lmx.push(["view", {CATEGORY_ID}, {PRODUCT_ID}]); var o = {a: 1};' ) );
		$problem = Templates::problem( 'templateCartRemove', 'lmx.push(["remove", {CATEGORY_ID}, {PRODUCT_ID}])' );
		$this->assertStringContainsString( '{CATEGORY_ID}', (string) $problem );
		$this->assertStringContainsString( 'allowed here: {PRODUCT_ID}', (string) $problem );
		$this->assertNotNull( Templates::problem( 'templateCartClear', 'x({ORDER_ID})' ) );
		$this->assertNotNull( Templates::problem( Templates::SNIPPET, 'init({SHOP_ID}, {USER_ID})' ) );
	}

	public function test_code_that_would_break_out_of_the_script_element_is_refused(): void {
		$this->assertNotNull( Templates::problem( Templates::SNIPPET, 'a(); </SCRIPT><script>b()' ) );
		$this->assertNotNull( Templates::problem( 'templateAuth', '<!-- x({USER_ID})' ) );
	}

	public function test_snippet_values_become_inert_string_literals(): void {
		$attack   = "1\"); alert('x'); //</script><script>alert(2)</script>\u{2028}é";
		$rendered = Templates::render_snippet( 'init({SHOP_ID}, {ESRC_ID});', $attack, '' );
		$this->assertStringNotContainsString( '<', $rendered );
		$this->assertStringNotContainsString( "\u{2028}", $rendered );
		$this->assertMatchesRegularExpression( '/^init\("[^"]*", ""\);$/', $rendered, 'one literal per placeholder, quotes escaped' );
		$this->assertSame( $attack, json_decode( substr( $rendered, 5, strpos( $rendered, ', ""' ) - 5 ) ) );
	}

	public function test_rest_stores_code_verbatim_and_answers_400_for_an_unknown_placeholder(): void {
		wp_set_current_user( 1 );
		$code  = "if (a < b && c%20) {\n\tlmx.push(['auth', {USER_ID}]);\n}";
		$saved = $this->post( array( 'templateAuth' => $code ) );
		$this->assertSame( 200, $saved->get_status() );
		$this->assertSame( $code, $saved->get_data()['values']['templateAuth'] );

		$refused = $this->post( array( 'templateAuth' => 'lmx.push({USER_ID}, {USER_EMAIL})' ) );
		$this->assertSame( 400, $refused->get_status() );
		$this->assertSame( 'rest_invalid_param', $refused->as_error()->get_error_code() );
		$this->assertStringContainsString( '{USER_EMAIL}', $refused->as_error()->get_error_message() );
		$this->assertSame( $code, get_option( 'commerce_bridge_loymax' )['templateAuth'], 'nothing changed' );

		$too_long = $this->post( array( 'trackerSnippet' => str_repeat( 'a', Templates::SNIPPET_MAX + 1 ) ) );
		$this->assertSame( 400, $too_long->get_status() );
	}

	public function test_rest_validates_the_section_map_and_id_modes(): void {
		wp_set_current_user( 1 );
		$this->assertSame( 400, $this->post( array( 'sectionMap' => array( array( 'match' => 'promo', 'pageName' => 'x' ) ) ) )->get_status() );
		$this->assertSame( 400, $this->post( array( 'productIdMode' => 'ean' ) )->get_status() );
		$map = array( array( 'match' => '/promo/*', 'pageName' => 'action_spring' ) );
		$this->assertSame( $map, $this->post( array( 'sectionMap' => $map ) )->get_data()['values']['sectionMap'] );
	}

	private function post( array $body ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'POST', '/commerce-bridge/v1/settings/loymax' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( $body ) );
		return rest_get_server()->dispatch( $request );
	}
}
