/** Plain data returned by the orders repository; every vendor maps it to its own format. */

export interface OrderLine {
	orderId: number;
	name: string;
	productId: number;
	variationId: number;
	quantity: number;
	/** Line amounts as stored: subtotal before coupons, total after coupons, both excluding tax. */
	subtotal: number;
	subtotalTax: number;
	total: number;
	tax: number;
}

export interface OrderRefund {
	id: number;
	orderId: number;
	/** Positive amount given back. */
	amount: number;
	reason: string;
	createdAt: string;
}

export interface OrderNote {
	orderId: number;
	content: string;
	createdAt: string;
}

export interface ShipmentTracking {
	provider: string;
	trackingNumber: string;
	url: string | null;
	shippedAt: string | null;
}

/** One order's own columns, identical whichever storage (HPOS or posts) is authoritative. */
export interface OrderHeader {
	id: number;
	/** `_order_number` meta when a sequential-number plugin set one, else the id. */
	number: string;
	/** Slug without `wc-`, e.g. `on-hold`. */
	status: string;
	statusLabel: string;
	currency: string;
	total: number;
	/** Items and shipping tax (HPOS `tax_amount` holds the cart tax only, like `_order_tax`). */
	totalTax: number;
	/** WordPress user id, 0 for guests. */
	customerId: number;
	billingEmail: string;
	billingPhone: string;
	billingFirstName: string;
	billingLastName: string;
	billingCountry: string;
	/** The note the customer typed at checkout. */
	customerNote: string;
	paymentMethodTitle: string;
	/** ISO 8601 UTC with seconds (`2026-05-31T04:46:15Z`). */
	createdAt: string;
	updatedAt: string;
	paidAt: string | null;
	completedAt: string | null;
}

export interface Order extends OrderHeader {
	lines: OrderLine[];
	refunds: OrderRefund[];
	totalRefunded: number;
	/** Notes the shop marked "to customer" (e.g. track & trace messages), oldest first. */
	customerNotes: OrderNote[];
	tracking: ShipmentTracking[];
}

/** Who the orders belong to; the parts are OR-ed. E-mail is compared case-insensitively. */
export interface OrderCriteria {
	/** Matches the billing e-mail and the e-mail of the customer account that placed the order. */
	email?: string;
	/** Free-form phone, matched on the billing phone and the account's billing phone after normalising. */
	phone?: string;
	customerId?: number;
}

export interface OrderPage {
	orders: Order[];
	/** All matching orders, for paging. */
	total: number;
}

export interface PaidOrderStats {
	orderCount: number;
	/** Sum of paid orders' totals minus what was refunded on them. */
	totalSpent: number;
	lastOrderAt: string | null;
}
