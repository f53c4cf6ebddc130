import { roundAmount } from '../store/price-format';
import type { CartLine } from './session-schemas';
import type { WooSession } from './sessions-repository';

/**
 * The one owner of "the prices a shopper's cart shows". No tax is computed here: WooCommerce already
 * computed every line for that shopper's location (a German customer pays 19 % where the catalogue
 * price holds the Dutch 21 %) and stored it in the session; this only follows the cart's tax display
 * (`woocommerce_tax_display_cart`, as WC_Cart::display_prices_including_tax()) and rounds to the
 * currency's decimals. The plugin asks the sidecar (core/shopper) rather than pricing a cart itself.
 */
export interface DisplayedCartLine extends CartLine {
	/** Unit price as the cart's Price column shows it (line subtotal before coupons / quantity). */
	unitPrice: number;
	/** As the cart's Subtotal column shows it (before coupons). */
	subtotal: number;
}

export interface DisplayedCart {
	lines: DisplayedCartLine[];
	/** The cart's "Subtotal" row. */
	subtotal: number;
	/** The cart's total as WooCommerce last calculated it (after coupons, with shipping and tax); null when never calculated. */
	total: number | null;
	itemCount: number;
}

export interface CartDisplay {
	taxDisplayCart: 'incl' | 'excl';
	price: { decimals: number };
}

export function displayedCart(session: Pick<WooSession, 'cart' | 'totals'> | null, store: CartDisplay): DisplayedCart {
	const incl = store.taxDisplayCart === 'incl';
	const round = (n: number) => roundAmount(n, store.price.decimals);
	const lines = (session?.cart ?? []).map((line) => {
		const subtotal = line.lineSubtotal + (incl ? line.lineSubtotalTax : 0);
		return { ...line, unitPrice: round(subtotal / line.quantity), subtotal: round(subtotal) };
	});
	const totals = session?.totals ?? null;
	return {
		lines,
		subtotal: totals ? round(totals.subtotal + (incl ? totals.subtotalTax : 0)) : round(lines.reduce((sum, l) => sum + l.subtotal, 0)),
		total: totals ? round(totals.total) : null,
		itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
	};
}
