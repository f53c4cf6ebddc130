/**
 * The storefront bundles of the vendor homes src/vendors/<vendor>/, as webpack entries: widget/index.ts
 * is named widgets/<vendor>, and a further bundle widget/<name>.bundle.ts widgets/<vendor>-<name>. The
 * names, hence plugin/build/widgets/*.js, are what the PHP enqueues; test/bench/bundles.ts measures
 * the same list.
 */
const path = require( 'path' );
const { existsSync, readdirSync } = require( 'fs' );

/**
 * @param {string} src The blocks/src folder.
 * @return {Record<string, string>} Entry name => source file.
 */
function widgetEntries( src ) {
	const vendors = path.join( src, 'vendors' );
	return Object.fromEntries(
		readdirSync( vendors ).flatMap( ( vendor ) => {
			const widget = path.join( vendors, vendor, 'widget' );
			if ( ! existsSync( path.join( widget, 'index.ts' ) ) ) {
				return [];
			}
			const more = readdirSync( widget )
				.filter( ( file ) => /^[a-z0-9-]+\.bundle\.ts$/.test( file ) )
				.map( ( file ) => [
					`widgets/${ vendor }-${ path.basename( file, '.bundle.ts' ) }`,
					path.join( widget, file ),
				] );
			return [
				[ `widgets/${ vendor }`, path.join( widget, 'index.ts' ) ],
				...more,
			];
		} )
	);
}

module.exports = { widgetEntries };
