import { tryPhpUnserialize } from '../php-unserialize';
import type { Permalinks } from './permalinks';
import type { CurrencyPosition, PriceFormat } from './price-format';
import type { TaxLocation } from './tax-rates';

/** Every option the store facts are derived from, read in one query. */
export const STORE_OPTION_NAMES = [
	'blogname', 'siteurl', 'home', 'upload_url_path', 'upload_path', 'permalink_structure', 'timezone_string', 'gmt_offset',
	'woocommerce_version', 'woocommerce_currency', 'woocommerce_currency_pos', 'woocommerce_price_thousand_sep',
	'woocommerce_price_decimal_sep', 'woocommerce_price_num_decimals', 'woocommerce_prices_include_tax',
	'woocommerce_tax_display_shop', 'woocommerce_tax_display_cart', 'woocommerce_hide_out_of_stock_items',
	'woocommerce_permalinks', 'woocommerce_custom_orders_table_enabled', 'woocommerce_thumbnail_image_width',
	'woocommerce_thumbnail_cropping', 'woocommerce_thumbnail_cropping_custom_width', 'woocommerce_thumbnail_cropping_custom_height',
	'woocommerce_shop_page_id', 'woocommerce_cart_page_id', 'woocommerce_checkout_page_id', 'woocommerce_myaccount_page_id',
	'woocommerce_calc_taxes', 'woocommerce_default_country', 'woocommerce_store_postcode', 'woocommerce_store_city',
	'woocommerce_tax_based_on', 'woocommerce_default_customer_address', 'woocommerce_tax_round_at_subtotal',
] as const;

export const PAGE_NAMES = ['shop', 'cart', 'checkout', 'myaccount'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export interface StoreOptions {
	name: string;
	siteUrl: string;
	homeUrl: string;
	uploadsUrl: string;
	/** null when WooCommerce never ran on this database. */
	wooCommerceVersion: string | null;
	price: PriceFormat;
	pricesIncludeTax: boolean;
	taxDisplayShop: 'incl' | 'excl';
	taxDisplayCart: 'incl' | 'excl';
	tax: TaxSettings;
	hideOutOfStock: boolean;
	/** Orders live in the wc_orders tables (HPOS) rather than posts. */
	hposAuthoritative: boolean;
	/** IANA name, or `+HH:MM` when the site only has a UTC offset (as wp_timezone_string()). */
	timezone: string;
	permalinks: Permalinks;
	thumbnail: { width: number; height: number; crop: boolean };
	pageIds: Record<PageName, number>;
}

/** The tax options WooCommerce prices a product with (wc_get_price_to_display()). */
export interface TaxSettings {
	/** wc_tax_enabled(): `woocommerce_calc_taxes`. */
	enabled: boolean;
	/** The shop's base address (`woocommerce_default_country` `CC` or `CC:STATE`, store postcode and city). */
	base: TaxLocation;
	/**
	 * Where a shopper WooCommerce knows nothing about is taxed: the base address, or none when the shop
	 * gives new customers no default address and taxes by their address (WC_Customer::get_taxable_address()).
	 */
	anonymous: TaxLocation | null;
	/** `woocommerce_tax_based_on`: which address of a known shopper is taxed. */
	basedOn: 'base' | 'billing' | 'shipping';
	roundAtSubtotal: boolean;
}

type Options = ReadonlyMap<string, string>;

const trimUrl = (url: string) => url.replace(/\/+$/, '');
const int = (value: string | undefined, fallback: number) => (value !== undefined && /^-?\d+$/.test(value.trim()) ? Number(value) : fallback);
const positions: readonly CurrencyPosition[] = ['left', 'right', 'left_space', 'right_space'];

/** Derives the store facts from raw option values, with WooCommerce's own defaults for missing ones. */
export function parseStoreOptions(options: Options): StoreOptions {
	const get = (name: string, fallback = '') => options.get(name) ?? fallback;
	const siteUrl = trimUrl(get('siteurl'));
	const homeUrl = trimUrl(get('home', siteUrl));
	const position = get('woocommerce_currency_pos', 'left') as CurrencyPosition;
	return {
		name: get('blogname'),
		siteUrl,
		homeUrl,
		uploadsUrl: uploadsUrl(options, siteUrl),
		wooCommerceVersion: options.get('woocommerce_version') ?? null,
		price: {
			currency: get('woocommerce_currency', 'USD'),
			position: positions.includes(position) ? position : 'left',
			thousandSeparator: get('woocommerce_price_thousand_sep', ','),
			decimalSeparator: get('woocommerce_price_decimal_sep', '.'),
			decimals: Math.max(0, int(options.get('woocommerce_price_num_decimals'), 2)),
		},
		pricesIncludeTax: get('woocommerce_prices_include_tax', 'no') === 'yes',
		taxDisplayShop: get('woocommerce_tax_display_shop', 'excl') === 'incl' ? 'incl' : 'excl',
		taxDisplayCart: get('woocommerce_tax_display_cart', 'excl') === 'incl' ? 'incl' : 'excl',
		tax: taxSettings(options),
		hideOutOfStock: get('woocommerce_hide_out_of_stock_items', 'no') === 'yes',
		hposAuthoritative: get('woocommerce_custom_orders_table_enabled', 'no') === 'yes',
		timezone: timezone(options),
		permalinks: permalinks(options, homeUrl),
		thumbnail: thumbnail(options),
		pageIds: Object.fromEntries(PAGE_NAMES.map((page) => [page, int(options.get(`woocommerce_${page}_page_id`), 0)])) as Record<PageName, number>,
	};
}

/** As wp_upload_dir(): `upload_url_path`, else siteurl + `upload_path` (default wp-content/uploads). */
function uploadsUrl(options: Options, siteUrl: string): string {
	const explicit = options.get('upload_url_path')?.trim();
	if (explicit) return trimUrl(explicit);
	const path = options.get('upload_path')?.trim().replace(/^\/+|\/+$/g, '');
	return `${siteUrl}/${path && !path.startsWith('wp-content/uploads') ? path : 'wp-content/uploads'}`;
}

function taxSettings(options: Options): TaxSettings {
	const [country = '', state = ''] = (options.get('woocommerce_default_country') ?? 'US:CA').split(':');
	const base = { country, state, postcode: options.get('woocommerce_store_postcode') ?? '', city: options.get('woocommerce_store_city') ?? '' };
	const basedOn = options.get('woocommerce_tax_based_on');
	const byBase = basedOn === 'base';
	// 'base' and 'geolocation' (whose fallback is the base country) give guests the base address; '' gives none.
	const noDefault = options.get('woocommerce_default_customer_address') === '';
	return {
		enabled: options.get('woocommerce_calc_taxes') === 'yes',
		base,
		anonymous: byBase || !noDefault ? base : null,
		basedOn: byBase || basedOn === 'billing' ? (basedOn as 'base' | 'billing') : 'shipping',
		roundAtSubtotal: options.get('woocommerce_tax_round_at_subtotal') === 'yes',
	};
}

function timezone(options: Options): string {
	const name = options.get('timezone_string');
	if (name) return name;
	const offset = Number(options.get('gmt_offset') ?? 0) || 0;
	const minutes = Math.round(Math.abs(offset) * 60);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function permalinks(options: Options, homeUrl: string): Permalinks {
	const structure = options.get('permalink_structure') ?? '';
	const stored = tryPhpUnserialize(options.get('woocommerce_permalinks') ?? '');
	const base = (key: string, fallback: string): string => {
		const value = stored && typeof stored === 'object' && !Array.isArray(stored) ? stored[key] : undefined;
		return (typeof value === 'string' ? value : '').replace(/^\/+|\/+$/g, '') || fallback;
	};
	return {
		homeUrl,
		plain: structure === '',
		trailingSlash: structure.endsWith('/'),
		productBase: base('product_base', 'product'),
		categoryBase: base('category_base', 'product-category'),
		tagBase: base('tag_base', 'product-tag'),
	};
}

/** As wc_get_image_size('thumbnail') without theme overrides: width × ratio, `uncropped` keeps height 0. */
function thumbnail(options: Options): StoreOptions['thumbnail'] {
	const width = Math.abs(int(options.get('woocommerce_thumbnail_image_width'), 300));
	const cropping = options.get('woocommerce_thumbnail_cropping') ?? '1:1';
	if (cropping === 'uncropped') return { width, height: 0, crop: false };
	const [w, h] = cropping === 'custom'
		? [int(options.get('woocommerce_thumbnail_cropping_custom_width'), 4), int(options.get('woocommerce_thumbnail_cropping_custom_height'), 3)]
		: cropping.split(':').map((part) => Number(part) || 1);
	return { width, height: Math.round((width / Math.max(1, w ?? 1)) * Math.max(1, h ?? 1)), crop: true };
}
