/**
 * Bambuser One-to-One bootstrap: loads the region's embed on every storefront page (booked-call links
 * may land anywhere), creates one instance from the settings, and wires the cart, checkout and
 * product-data events to WooCommerce.
 */
import { bootVendor, shopperGet } from '../../../storefront/client';
import { handleCart } from './cart';
import { Catalogue } from './catalogue';
import { bindButtons, pageTriggers } from './consultation';
import { loadEmbed } from './loader';
import { answerProductData } from './product-data';
import { StoreApi } from './store-api';
import type { BambuserConfig, BambuserEmbed, EmbedOptions } from './types';

/**
 * The logged-in customer for the agent, from the uncached shopper route: never from the (cacheable)
 * page. Guests are never identified.
 */
async function shopper(): Promise< Record< string, string > > {
	if ( ! document.body.classList.contains( 'logged-in' ) ) {
		return {};
	}
	return ( await shopperGet( 'bambuser-customer', stringsOnly ) ) ?? {};
}

function stringsOnly( body: unknown ): Record< string, string > | null {
	if ( typeof body !== 'object' || body === null ) {
		return null;
	}
	return Object.fromEntries(
		Object.entries( body ).filter(
			( entry ): entry is [ string, string ] =>
				typeof entry[ 1 ] === 'string'
		)
	);
}

function options(
	config: BambuserConfig,
	page: CommerceBridgeConfig
): EmbedOptions {
	return {
		orgId: config.orgId,
		...( config.queue ? { queue: config.queue } : {} ),
		triggers: pageTriggers( config.triggers ),
		locale: page.locale,
		currency: page.currency,
		withMinimizeSupport: config.minimize,
		// Scanned barcodes are answered (provide-product-data, type scanned-code).
		enableScanning: true,
		// This bundle starts only once the visitor's consent for Bambuser is granted (or consent decides
		// nothing on this site), so its _bamls_* attribution cookies are allowed.
		allowFirstPartyCookies: true,
		...( config.shareShopper ? { data: shopper } : {} ),
	};
}

bootVendor( 'bambuser', ( config, events ) => {
	const page = window.commerceBridge as CommerceBridgeConfig;
	const catalogue = new Catalogue( `${ page.proxyUrl }bambuser/products` );
	const ready: Promise< BambuserEmbed > = loadEmbed( config.region ).then(
		( Embed ) => {
			const embed = new Embed( options( config, page ) );
			handleCart( embed, {
				store: new StoreApi( page.storeApiUrl ),
				catalogue,
				config,
				// Announces the agent's change to every other vendor as well.
				refreshCartUi: () => events.refreshCartUi( 'bambuser' ),
			} );
			answerProductData( embed, catalogue, page );
			return embed;
		}
	);
	bindButtons( ready );
} );
