/**
 * The shop's catalogue as the sidecar serves it for Bambuser (`/commerce-bridge/bambuser/products`,
 * proxied by WordPress): lookups by id, SKU or URL and a paged search.
 */

export interface Price {
	current: number | null;
	original: number | null;
}
export interface CatalogueVariation {
	id: number;
	sku: string;
	realSku: string;
	name: string;
	inStock: boolean;
	price: Price;
	imageUrls: string[];
	attributes: Array< { attributeId: string; optionId: string } >;
	url: string;
}
export interface CatalogueProduct {
	ref: string;
	id: number;
	sku: string;
	name: string;
	brand: string;
	description: string;
	url: string;
	defaultVariationIndex: number;
	attributes: Array< {
		id: string;
		name: string;
		options: Array< { id: string; name: string } >;
	} >;
	variations: CatalogueVariation[];
}
export interface Lookup {
	currency: string;
	products: CatalogueProduct[];
	notFound: string[];
}
export interface SearchResult {
	currency: string;
	page: number;
	totalMatches: number;
	totalPages: number;
	products: Array< {
		sku: string;
		name: string;
		imageUrl: string | null;
		price: Price;
	} >;
}

export type LookupQuery =
	{ ids: string } | { sku: string } | { url: string } | { code: string };

export class Catalogue {
	constructor( private readonly endpoint: string ) {}

	lookup( query: LookupQuery ): Promise< Lookup > {
		return this.get< Lookup >( query );
	}

	search(
		term: string,
		page: number,
		pageSize: number
	): Promise< SearchResult > {
		return this.get< SearchResult >( {
			q: term,
			page: String( page ),
			pageSize: String( pageSize ),
		} );
	}

	/**
	 * What the agent typed, pasted or scanned: a URL, a product/variation id, or the shop's SKU
	 * (a numeric SKU is tried as an id first). A scanned code is looked up in the shop's barcode
	 * field first, and otherwise like a typed reference (many shops use the barcode as SKU).
	 * @param ref  The reference.
	 * @param type Bambuser's kind of reference (`scanned-code` for the agent app's scanner).
	 */
	async resolve(
		ref: string,
		type?: string
	): Promise< CatalogueProduct | undefined > {
		const trimmed = ref.trim();
		if ( type === 'scanned-code' ) {
			const byCode = ( await this.lookup( { code: trimmed } ) )
				.products[ 0 ];
			if ( byCode ) {
				return byCode;
			}
		}
		if ( /^https?:\/\//i.test( trimmed ) ) {
			return ( await this.lookup( { url: trimmed } ) ).products[ 0 ];
		}
		if ( /^\d{1,19}$/.test( trimmed ) ) {
			const byId = ( await this.lookup( { ids: trimmed } ) )
				.products[ 0 ];
			if ( byId ) {
				return byId;
			}
		}
		return ( await this.lookup( { sku: trimmed } ) ).products[ 0 ];
	}

	private async get< T >( query: Record< string, string > ): Promise< T > {
		const response = await fetch(
			`${ this.endpoint }?${ new URLSearchParams( query ).toString() }`,
			{
				credentials: 'same-origin',
				headers: { Accept: 'application/json' },
			}
		);
		if ( ! response.ok ) {
			throw new Error(
				`Product data unavailable (${ response.status })`
			);
		}
		return ( await response.json() ) as T;
	}
}
