/**
 * Builds every front-end bundle into plugin/build/, where the plugin enqueues them from.
 *
 * Blocks are discovered from blocks/src/blocks/<block>/block.json (the source path is set before
 * the default config loads, because its copy plugin reads it at load time), so they land in
 * plugin/build/blocks/<block>/ next to their copied block.json.
 */
const path = require( 'path' );
const { existsSync, readdirSync } = require( 'fs' );
const { widgetEntries } = require( './widget-entries' );

process.env.WP_SOURCE_PATH = 'blocks/src';

const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const src = path.resolve( __dirname, 'src' );

/** Editor blocks from block.json files; skipped while there are none, to avoid a warning. */
function blockEntries() {
	const blocksDir = path.join( src, 'blocks' );
	const hasBlocks =
		existsSync( blocksDir ) &&
		readdirSync( blocksDir ).some( ( dir ) =>
			existsSync( path.join( blocksDir, dir, 'block.json' ) )
		);
	return hasBlocks ? defaultConfig.entry() : {};
}

module.exports = {
	...defaultConfig,
	entry: () => ( {
		...blockEntries(),
		admin: path.join( src, 'admin/index.tsx' ),
		storefront: path.join( src, 'storefront/index.ts' ),
		...widgetEntries( src ),
	} ),
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../plugin/build' ),
	},
};
