/**
 * Answers the agent's product look-ups and searches (fact sheet §5.5, §5.6) with the shop's real
 * catalogue, through Bambuser's hydration builders (§6). Variation skus are WooCommerce ids, which is
 * what the cart events hand back.
 */
import type { Catalogue, CatalogueProduct, Price } from './catalogue';
import type { BambuserEmbed, PriceBuilder, ProductBuilder } from './types';

const SEARCH_PAGE_SIZE = 20;

function price( value: Price ): ( builder: PriceBuilder ) => PriceBuilder {
	return ( builder ) => {
		const current = builder.current( value.current ?? 0 );
		return value.original !== null
			? current.original( value.original )
			: current;
	};
}

function product( p: ProductBuilder, item: CatalogueProduct ): ProductBuilder {
	return p
		.name( item.name )
		.sku( item.sku )
		.brandName( item.brand )
		.description( item.description )
		.url( item.url )
		.defaultVariationIndex( item.defaultVariationIndex )
		.attributes( ( attr ) =>
			item.attributes.map( ( attribute ) =>
				attr( attribute.id )
					.name( attribute.name )
					.options( ( opt ) =>
						attribute.options.map( ( option ) =>
							opt( option.id ).name( option.name )
						)
					)
			)
		)
		.variations( ( v ) =>
			item.variations.map( ( variation ) =>
				v()
					.name( variation.name )
					.sku( variation.sku )
					.inStock( variation.inStock )
					.imageUrls( variation.imageUrls )
					.url( variation.url )
					.price( price( variation.price ) )
					.attributes( ( a ) =>
						variation.attributes.map( ( pair ) =>
							a( pair.attributeId, pair.optionId )
						)
					)
			)
		);
}

/**
 * Registers provide-product-data and provide-search-data on the embed.
 * @param embed         The embed instance.
 * @param catalogue     The sidecar catalogue client.
 * @param shop          The shop's locale (BCP 47) and currency (ISO 4217).
 * @param shop.locale
 * @param shop.currency
 */
export function answerProductData(
	embed: BambuserEmbed,
	catalogue: Catalogue,
	{ locale, currency }: { locale: string; currency: string }
): void {
	embed.on( 'provide-product-data', ( request ) => {
		for ( const { id, ref, type } of request.products ?? [] ) {
			catalogue.resolve( ref, type ).then(
				( found ) => {
					embed.updateProduct( id, ( factory ) => {
						if ( ! found ) {
							// The error message is what the agent sees.
							throw new Error(
								`No product found for "${ ref }"`
							);
						}
						return factory
							.currency( currency )
							.locale( locale )
							.product( ( p ) => product( p, found ) );
					} );
				},
				( error: Error ) =>
					embed.updateProduct( id, () => {
						throw error;
					} )
			);
		}
	} );

	embed.on( 'provide-search-data', ( request, respond ) => {
		// Bambuser's page base is not documented: read 0-based and echoed back (fact sheet §5.6).
		const page = request.page ?? 0;
		catalogue.search( request.term, page, SEARCH_PAGE_SIZE ).then(
			( result ) =>
				respond( ( factory ) =>
					factory
						.products( ( p ) =>
							result.products.map( ( hit ) =>
								p()
									.name( hit.name )
									.imageUrl( hit.imageUrl ?? '' )
									.sku( hit.sku )
									.price( price( hit.price ) )
							)
						)
						.pagination( ( pg ) =>
							pg
								.totalPages( result.totalPages )
								.totalMatches( result.totalMatches )
								.currentPageIndex( page )
						)
						.currency( result.currency )
						.locale( locale )
				),
			() =>
				respond( ( factory ) =>
					factory
						.products( () => [] )
						.pagination( ( pg ) =>
							pg
								.totalPages( 0 )
								.totalMatches( 0 )
								.currentPageIndex( page )
						)
				)
		);
	} );
}
