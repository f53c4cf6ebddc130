<?php
/**
 * The plugin's strings are translated from its languages/ folder, in PHP and in its scripts.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Frontend\BuiltScript;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Translations;

/**
 * Writes a translation for a made-up locale into languages/ as a translator would ship it, and reads
 * it back through WordPress's own loaders (nothing is called that a real request would not call).
 */
final class TranslationsTest extends TestCase {

	private const LOCALE = 'xx_XX';

	/** @var list<string> */
	private array $written = array();

	protected function setUp(): void {
		parent::setUp();
		add_filter( 'determine_locale', array( $this, 'locale' ) );
	}

	protected function tearDown(): void {
		foreach ( $this->written as $file ) {
			wp_delete_file( $file );
		}
		remove_filter( 'determine_locale', array( $this, 'locale' ) );
		unload_textdomain( Translations::DOMAIN, true );
		parent::tearDown();
	}

	public function locale(): string {
		return self::LOCALE;
	}

	public function test_php_strings_are_read_from_the_languages_folder_loaded_at_init(): void {
		$this->assertSame( 0, has_action( 'init', array( Plugin::instance()->get( Translations::class ), 'load_textdomain' ) ) );
		$this->write( 'commerce-bridge-xx_XX.l10n.php', "<?php\nreturn array( 'domain' => 'commerce-bridge', 'messages' => array( 'Region' => 'Streek' ) );\n" );
		unload_textdomain( Translations::DOMAIN, true );

		$this->assertSame( 'Streek', __( 'Region', 'commerce-bridge' ) );
		$this->assertSame( 'Region', __( 'Region', 'default' ), 'only our domain' );
	}

	public function test_the_settings_texts_of_the_manifests_are_translated_in_our_domain(): void {
		$dutch    = array(
			'Barcode field' => 'Streepjescode',
			'Europe'        => 'Europa',
			'Enable %s'     => '%s aanzetten',
		);
		$gettext  = static fn ( string $translation, string $text, string $domain ) => Translations::DOMAIN === $domain ? ( $dutch[ $text ] ?? $translation ) : $translation;
		$registry = Plugin::instance()->get( Registry::class );
		add_filter( 'gettext', $gettext, 10, 3 );
		try {
			$bambuser = $registry->get( 'bambuser' )->schema()['properties'];
			$oct8ne   = $registry->get( 'oct8ne' )->schema()['properties'];
		} finally {
			remove_filter( 'gettext', $gettext, 10 );
		}

		$this->assertSame( 'Streepjescode', $bambuser['gtinMetaKey']['title'] );
		$this->assertSame( 'Bambuser One-to-One aanzetten', $bambuser['enabled']['title'] );
		$this->assertSame( 'Europa', $oct8ne['region']['enumLabels']['eu'] );
	}

	public function test_the_settings_app_prints_its_translations_from_the_languages_folder(): void {
		$json = array(
			'locale_data' => array(
				'messages' => array(
					''       => array( 'domain' => 'messages' ),
					'Region' => array( 'Streek' ),
				),
			),
		);
		$this->write( 'commerce-bridge-xx_XX-commerce-bridge-admin.json', (string) wp_json_encode( $json ) );
		wp_deregister_script( 'commerce-bridge-admin' );
		$this->assertTrue( BuiltScript::register( 'commerce-bridge-admin', 'admin' ), 'npm run build first' );

		Plugin::instance()->get( Translations::class )->set_script_translations();

		$this->assertStringContainsString( 'Streek', (string) wp_scripts()->print_translations( 'commerce-bridge-admin', false ) );
	}

	public function test_every_script_of_ours_with_strings_is_wired_before_scripts_print(): void {
		$service = Plugin::instance()->get( Translations::class );
		$this->assertSame( 0, has_action( 'wp_print_scripts', array( $service, 'set_script_translations' ) ) );
		BuiltScript::register( 'commerce-bridge-admin', 'admin' );

		$service->set_script_translations();

		$wired = array();
		foreach ( wp_scripts()->registered as $handle => $script ) {
			if ( str_starts_with( $handle, 'commerce-bridge' ) && in_array( 'wp-i18n', $script->deps, true ) ) {
				$this->assertSame( Translations::DOMAIN, $script->textdomain, $handle );
				$this->assertSame( Translations::directory(), $script->translations_path, $handle );
				$wired[] = $handle;
			}
		}
		$this->assertContains( 'commerce-bridge-admin', $wired );
		$this->assertNotEmpty( preg_grep( '/editor-script$/', $wired ), 'the editor blocks: ' . implode( ', ', $wired ) );
	}

	/**
	 * Writes a file into languages/ for this test only.
	 *
	 * @param string $name     File name.
	 * @param string $contents Contents.
	 */
	private function write( string $name, string $contents ): void {
		wp_mkdir_p( Translations::directory() );
		$file = Translations::directory() . '/' . $name;
		file_put_contents( $file, $contents ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
		$this->written[] = $file;
		wp_cache_flush();
	}
}
