/**
 * Where WooCommerce taxes a shopper it knows (WC_Customer::get_taxable_address()), from the `customer`
 * and `chosen_shipping_methods` parts of their session.
 */
import type { PhpMap, PhpValue } from '../php-unserialize';
import type { TaxSettings } from '../store/store-options';
import type { TaxLocation } from '../store/tax-rates';

export interface ShopperTax {
	billing: TaxLocation;
	shipping: TaxLocation;
	/** A local-pickup method is chosen: WooCommerce then taxes at the shop's address. */
	localPickup: boolean;
	/** `is_vat_exempt`: prices shown with tax lose the shop's taxes. */
	vatExempt: boolean;
}

/** woocommerce_local_pickup_methods: the classic methods and the blocks' pickup location. */
const LOCAL_PICKUP = new Set(['legacy_local_pickup', 'local_pickup', 'pickup_location']);

const isMap = (value: PhpValue | undefined): value is PhpMap => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shopper's tax facts from their session's customer data, or null when the session has none. */
export function shopperTaxOf(customer: PhpValue | undefined, chosenMethods: PhpValue | undefined): ShopperTax | null {
	if (!isMap(customer)) return null;
	const text = (key: string) => (typeof customer[key] === 'string' ? customer[key] : '');
	const address = (prefix: string) => ({ country: text(`${prefix}country`), state: text(`${prefix}state`), postcode: text(`${prefix}postcode`), city: text(`${prefix}city`) });
	const methods = isMap(chosenMethods) || Array.isArray(chosenMethods) ? Object.values(chosenMethods) : [];
	return {
		billing: address(''),
		shipping: address('shipping_'),
		localPickup: methods.some((m) => typeof m === 'string' && LOCAL_PICKUP.has(m.split(':')[0] ?? '')),
		vatExempt: customer.is_vat_exempt === true || customer.is_vat_exempt === 'yes',
	};
}

/** The address taxes are computed for: the shop's with local pickup or `woocommerce_tax_based_on` = base, else billing or shipping. */
export function taxableAddress(shopper: ShopperTax, tax: Pick<TaxSettings, 'base' | 'basedOn'>): TaxLocation {
	if (shopper.localPickup || tax.basedOn === 'base') return tax.base;
	return tax.basedOn === 'billing' ? shopper.billing : shopper.shipping;
}
