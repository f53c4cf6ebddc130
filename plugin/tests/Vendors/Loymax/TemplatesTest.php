<?php
/**
 * Loymax snippet and template validation, rendering and storage.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Loymax;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Loymax\Templates;
use CommerceBridge\Vendors\Manifest;

/**
 * Placeholders are checked per event; inserted values can never leave their string literal.
 */
final class TemplatesTest extends TestCase {

	public function test_known_placeholders_pass_and_unknown_ones_are_named(): void {
		$this->assertNull( Templates::problem( 'templateProduct', '{"call": "lmx.push", "args": [["view", "{CATEGORY_ID}", "{PRODUCT_ID}"], {"a": 1}]}' ) );
		$problem = Templates::problem( 'templateCartRemove', '{"call": "lmx.push", "args": [["remove", "{CATEGORY_ID}", "p-{PRODUCT_ID}"]]}' );
		$this->assertStringContainsString( 'templateCartRemove: Unknown placeholder(s) {CATEGORY_ID}', (string) $problem );
		$this->assertStringContainsString( 'allowed here: {PRODUCT_ID}', (string) $problem );
		$this->assertStringContainsString( 'allowed here: none', (string) Templates::problem( 'templateCartClear', '{"call": "x", "args": ["{ORDER_ID}"]}' ) );
		$this->assertNotNull( Templates::problem( Templates::SNIPPET, 'init({SHOP_ID}, {USER_ID})' ) );
	}

	public function test_the_call_language_is_explained_in_plain_words(): void {
		$cases = array(
			"lmx.push(['auth', {USER_ID}]);"                  => 'Not valid JSON',
			'{"call": "lmx", "when": "login"}'                => 'Unknown key "when"',
			'{"call": "lmx", "args": "{USER_ID}"}'            => '"args" must be a list',
			'{"call": "lmx.push("}'                           => 'is not a function name',
			'{"call": "eval", "args": ["alert(1)"]}'          => 'could run text as code',
			'{"call": "lmx.constructor.constructor"}'         => 'uses "constructor"',
			'["lmx"]'                                         => 'must be an object',
			'[]'                                              => '1 to 5 calls',
			'{"call": "a", "args": [[[[[[[["deep"]]]]]]]]}'   => 'nests deeper than 6',
		);
		foreach ( $cases as $template => $expected ) {
			$this->assertStringContainsString( $expected, (string) Templates::problem( 'templateAuth', $template ), $template );
		}
		$this->assertNull( Templates::problem( 'templateAuth', '[{"call": "a"}, {"call": "b.c", "args": [1, true, null, "{USER_ID}"]}]' ) );
		$this->assertNull( Templates::problem( 'templateAuth', '' ), 'empty disables the event' );
	}

	public function test_code_that_would_break_out_of_the_script_element_is_refused(): void {
		$this->assertNotNull( Templates::problem( Templates::SNIPPET, 'a(); </SCRIPT><script>b()' ) );
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
		$code  = "{\n\t\"call\": \"lmx.push\",\n\t\"args\": [[\"auth\", \"<&{USER_ID}>\"]]\n}";
		$saved = $this->post( array( 'templateAuth' => $code ) );
		$this->assertSame( 200, $saved->get_status() );
		$this->assertSame( $code, $saved->get_data()['values']['templateAuth'] );

		$refused = $this->post( array( 'templateAuth' => '{"call": "lmx.push", "args": ["{USER_ID}", "{USER_EMAIL}"]}' ) );
		$this->assertSame( 400, $refused->get_status() );
		$this->assertSame( 'rest_invalid_param', $refused->as_error()->get_error_code() );
		$this->assertStringContainsString( '{USER_EMAIL}', $refused->as_error()->get_error_message() );
		$this->assertSame( $code, get_option( 'commerce_bridge_loymax' )['templateAuth'], 'nothing changed' );

		$javascript = $this->post( array( 'templateAuth' => "lmx.push(['auth', {USER_ID}]);" ) );
		$this->assertSame( 400, $javascript->get_status() );
		$this->assertStringContainsString( 'templateAuth: Not valid JSON', $javascript->as_error()->get_error_message() );

		$too_long = $this->post( array( 'trackerSnippet' => str_repeat( 'a', Manifest::read( 'loymax' )['settings']['trackerSnippet']['maxLength'] + 1 ) ) );
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
