<?php
/**
 * Front end of "Bambuser video consultation": the same markup as the shortcode.
 *
 * @package CommerceBridge
 *
 * @var array $attributes Block attributes (block.json).
 */

use CommerceBridge\Plugin;
use CommerceBridge\Vendors\Bambuser\BambuserModule;
use CommerceBridge\Vendors\Bambuser\Consultation;

defined( 'ABSPATH' ) || exit;

$commerce_bridge_consultation = new Consultation( Plugin::instance()->get( BambuserModule::class ) );
// render() escapes every attribute and text; the wrapper attributes are escaped by WordPress.
echo $commerce_bridge_consultation->render( $attributes, get_block_wrapper_attributes() ); // phpcs:ignore WordPress.Security.EscapeOutput
