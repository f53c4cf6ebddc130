/**
 * Builds every front-end bundle into plugin/build/, where the plugin enqueues them from.
 *
 * Blocks are discovered from blocks/src/blocks/<block>/block.json (the source path is set before
 * the default config loads, because its copy plugin reads it at load time), so they land in
 * plugin/build/blocks/<block>/ next to their copied block.json.
 */
const path = require( 'path' );
const { existsSync, readdirSync } = require( 'fs' );

process.env.WP_SOURCE_PATH = 'blocks/src';

const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const src = path.resolve( __dirname, 'src' );

/** One entry per vendor file in src/widgets/, named widgets/<vendor>. */
function widgetEntries() {
	return Object.fromEntries(
		readdirSync( path.join( src, 'widgets' ) )
			.filter( ( file ) => /^[a-z0-9-]+\.ts$/.test( file ) )
			.map( ( file ) => [
				`widgets/${ path.basename( file, '.ts' ) }`,
				path.join( src, 'widgets', file ),
			] )
	);
}

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
		...widgetEntries(),
	} ),
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../plugin/build' ),
	},
};
