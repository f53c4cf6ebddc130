/** Active prices the way WooCommerce computes them, from the raw postmeta (scheduled sales included). */

export interface PriceMeta {
	regular: string | undefined;
	sale: string | undefined;
	/** `_sale_price_dates_from` / `_to`: Unix seconds, or empty. */
	saleFrom: string | undefined;
	saleTo: string | undefined;
}

export interface Price {
	/** What the shopper pays now; null when the product has no price (WooCommerce then shows none). */
	price: number | null;
	/** The price before the sale; equals `price` when not on sale. */
	regularPrice: number | null;
	onSale: boolean;
}

function amount(value: string | undefined): number | null {
	if (value === undefined || value.trim() === '') return null;
	const n = Number(value);
	return Number.isFinite(n) ? n : null;
}

/** WC_Product::is_on_sale(): a sale price below the regular price, inside its schedule (seconds). */
export function activePrice(meta: PriceMeta, nowSeconds: number): Price {
	const regular = amount(meta.regular);
	const sale = amount(meta.sale);
	const from = amount(meta.saleFrom);
	const to = amount(meta.saleTo);
	const scheduled = (from === null || from <= nowSeconds) && (to === null || nowSeconds <= to);
	const onSale = sale !== null && scheduled && (regular === null || sale < regular);
	const price = onSale ? sale : regular;
	return { price, regularPrice: regular ?? price, onSale };
}

/** When (Unix seconds) `activePrice` next answers differently as time passes: a sale's start or its end; null for never. */
export function nextPriceChange(meta: PriceMeta, nowSeconds: number): number | null {
	const from = amount(meta.saleFrom);
	const to = amount(meta.saleTo);
	const ahead = [from !== null && from > nowSeconds ? from : null, to !== null && to >= nowSeconds ? to + 1 : null].filter((at): at is number => at !== null);
	return ahead.length > 0 ? Math.min(...ahead) : null;
}

/** The lowest price among `candidates` (WooCommerce's "from" price of a variable product). */
export function lowestPrice(candidates: Price[]): Price {
	let best: Price | undefined;
	for (const candidate of candidates) {
		if (candidate.price === null) continue;
		if (!best || best.price === null || candidate.price < best.price) best = candidate;
	}
	// Only the price fields: callers pass whole variations.
	return best ? { price: best.price, regularPrice: best.regularPrice, onSale: best.onSale } : { price: null, regularPrice: null, onSale: false };
}
