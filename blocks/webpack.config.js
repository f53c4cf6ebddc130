/**
 * Builds every front-end bundle into plugin/build/, where the plugin enqueues them from.
 *
 * The editor blocks live in their vendor's home, src/vendors/<vendor>/blocks/<block>/; @wordpress/scripts
 * discovers each block.json under WP_SOURCE_PATH (set before the default config loads, because its copy
 * plugin reads it at load time) and mirrors the path, so a block is built into
 * plugin/build/vendors/<vendor>/blocks/<block>/ with its copied block.json and render.php, which is
 * where the PHP registers it from (Frontend/BuiltBlock.php).
 */
const path = require( 'path' );
const { widgetEntries } = require( './widget-entries' );

process.env.WP_SOURCE_PATH = 'blocks/src';

const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const src = path.resolve( __dirname, 'src' );

module.exports = {
	...defaultConfig,
	entry: () => ( {
		...defaultConfig.entry(),
		admin: path.join( src, 'admin/index.tsx' ),
		storefront: path.join( src, 'storefront/index.ts' ),
		...widgetEntries( src ),
	} ),
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../plugin/build' ),
	},
};
