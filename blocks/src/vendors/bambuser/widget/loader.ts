/** Inserts Bambuser's One-to-One loader for the workspace's region (fact sheet §2). */
import type { BambuserEmbedConstructor, Region } from './types';

const LOADERS: Record< Region, string > = {
	eu: 'https://one-to-one.bambuser.com/eu/embed.js',
	us: 'https://one-to-one.bambuser.com/embed.js',
};

const SCRIPT_ID = 'bambuser-one-to-one';

/**
 * Resolves with the embed constructor once the loader has run. The ready callback must exist before
 * the script is inserted: the loader calls it as soon as it has executed.
 * @param region The workspace's region.
 */
export function loadEmbed(
	region: Region
): Promise< BambuserEmbedConstructor > {
	return new Promise( ( resolve ) => {
		window.onBambuserOneToOneReady = resolve;
		if ( document.getElementById( SCRIPT_ID ) ) {
			return;
		}
		const script = document.createElement( 'script' );
		script.id = SCRIPT_ID;
		script.async = true;
		script.src = LOADERS[ region ] ?? LOADERS.us;
		document.body.appendChild( script );
	} );
}
