/** The Bambuser One-to-One embed surface we use (fact sheet §3–§6) and this vendor's page config. */
import type manifest from '../../../../../plugin/manifest/bambuser.json';

/** The settings' choices (plugin/manifest/bambuser.json), type only: nothing of the file is bundled. */
type Settings = typeof manifest.settings;

export type Region = keyof Settings[ 'region' ][ 'choices' ];
export type Trigger = keyof Settings[ 'triggers' ][ 'items' ][ 'choices' ];

export interface BambuserConfig {
	orgId: string;
	region: Region;
	queue: string;
	triggers: Trigger[];
	checkoutMode: keyof Settings[ 'checkoutMode' ][ 'choices' ];
	minimize: boolean;
	checkoutUrl: string;
	/** The agent sees a logged-in customer's name and e-mail (from the shopper route). */
	shareShopper: boolean;
}

declare global {
	interface CommerceBridgeVendorConfigs {
		bambuser: BambuserConfig;
	}
	interface Window {
		onBambuserOneToOneReady?: ( ctor: BambuserEmbedConstructor ) => void;
		/** Bambuser's shopper-events tracking library. */
		_bambuser?: { track?: ( event: string, data: unknown ) => void };
		dataLayer?: unknown[];
	}
}

export interface EmbedOptions {
	orgId: string;
	queue?: string;
	triggers: Trigger[];
	locale: string;
	currency: string;
	withMinimizeSupport: boolean;
	enableScanning: boolean;
	allowFirstPartyCookies: boolean;
	data?: () => Promise< Record< string, string > >;
}

/** `true`, `false`, or a refusal the widget shows (fact sheet §5.1). */
export type CartCallbackResult =
	| boolean
	| {
			success: false;
			reason: 'out-of-stock' | 'custom-error';
			message?: string;
	  };
export type CartCallback = ( result: CartCallbackResult ) => void;

export interface AddedItem {
	sku: string;
}
export interface UpdatedItem {
	sku: string;
	quantity: number;
	previousQuantity?: number;
}
export interface ProductDataRequest {
	products: Array< { id: string; ref: string; type?: string } >;
}
export interface SearchRequest {
	term: string;
	page?: number;
}

/** Bambuser's hydration builders (fact sheet §6): every setter returns its builder. */
export interface PriceBuilder {
	current: ( value: number ) => PriceBuilder;
	original: ( value: number ) => PriceBuilder;
}
export interface OptionBuilder {
	name: ( name: string ) => OptionBuilder;
}
export interface AttributeBuilder {
	name: ( name: string ) => AttributeBuilder;
	options: (
		build: ( option: ( id: string ) => OptionBuilder ) => OptionBuilder[]
	) => AttributeBuilder;
}
export interface VariationBuilder {
	name: ( name: string ) => VariationBuilder;
	sku: ( sku: string ) => VariationBuilder;
	inStock: ( inStock: boolean ) => VariationBuilder;
	imageUrls: ( urls: string[] ) => VariationBuilder;
	url: ( url: string ) => VariationBuilder;
	price: (
		build: ( price: PriceBuilder ) => PriceBuilder
	) => VariationBuilder;
	attributes: (
		build: (
			pair: ( attributeId: string, optionId: string ) => unknown
		) => unknown[]
	) => VariationBuilder;
}
export interface ProductBuilder {
	name: ( name: string ) => ProductBuilder;
	sku: ( sku: string ) => ProductBuilder;
	brandName: ( brand: string ) => ProductBuilder;
	description: ( text: string ) => ProductBuilder;
	url: ( url: string ) => ProductBuilder;
	defaultVariationIndex: ( index: number ) => ProductBuilder;
	attributes: (
		build: (
			attribute: ( id: string ) => AttributeBuilder
		) => AttributeBuilder[]
	) => ProductBuilder;
	variations: (
		build: ( variation: () => VariationBuilder ) => VariationBuilder[]
	) => ProductBuilder;
}
export interface ProductFactory {
	currency: ( code: string ) => ProductFactory;
	locale: ( locale: string ) => ProductFactory;
	product: (
		build: ( product: ProductBuilder ) => ProductBuilder
	) => ProductFactory;
}
export interface SearchHitBuilder {
	name: ( name: string ) => SearchHitBuilder;
	imageUrl: ( url: string ) => SearchHitBuilder;
	sku: ( sku: string ) => SearchHitBuilder;
	price: (
		build: ( price: PriceBuilder ) => PriceBuilder
	) => SearchHitBuilder;
}
export interface PaginationBuilder {
	totalPages: ( pages: number ) => PaginationBuilder;
	totalMatches: ( matches: number ) => PaginationBuilder;
	currentPageIndex: ( page: number ) => PaginationBuilder;
}
export interface SearchFactory {
	products: (
		build: ( hit: () => SearchHitBuilder ) => SearchHitBuilder[]
	) => SearchFactory;
	pagination: (
		build: ( pagination: PaginationBuilder ) => PaginationBuilder
	) => SearchFactory;
	currency: ( code: string ) => SearchFactory;
	locale: ( locale: string ) => SearchFactory;
}

export interface BambuserEmbed {
	config: Record< string, unknown >;
	on: ( (
		event: 'should-add-item-to-cart',
		handler: ( item: AddedItem, callback: CartCallback ) => void
	) => void ) &
		( (
			event: 'should-update-item-in-cart',
			handler: ( item: UpdatedItem, callback: CartCallback ) => void
		) => void ) &
		( ( event: 'goto-checkout', handler: () => void ) => void ) &
		( (
			event: 'provide-product-data',
			handler: ( request: ProductDataRequest ) => void
		) => void ) &
		( (
			event: 'provide-search-data',
			handler: (
				request: SearchRequest,
				respond: (
					build: ( factory: SearchFactory ) => SearchFactory
				) => void
			) => void
		) => void );
	show: () => void;
	floatAbove: ( url: string ) => void;
	updateProduct: (
		requestId: string,
		build: ( factory: ProductFactory ) => ProductFactory
	) => void;
}

export type BambuserEmbedConstructor = new (
	options: EmbedOptions
) => BambuserEmbed;
