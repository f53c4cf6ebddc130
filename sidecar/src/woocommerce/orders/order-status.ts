/** WooCommerce's own labels for its core order statuses (wc_get_order_statuses()). */
const LABELS: Record<string, string> = {
	pending: 'Pending payment',
	processing: 'Processing',
	'on-hold': 'On hold',
	completed: 'Completed',
	cancelled: 'Cancelled',
	refunded: 'Refunded',
	failed: 'Failed',
	'checkout-draft': 'Draft',
};

/** Statuses WooCommerce counts as paid (wc_get_is_paid_statuses()). */
export const PAID_STATUSES = ['wc-processing', 'wc-completed'] as const;

/** Stored statuses that are never shown: unfinished block checkouts, trash and placeholders. */
export const HIDDEN_STATUSES = ['wc-checkout-draft', 'trash', 'auto-draft', 'draft'] as const;

/** `wc-on-hold` → `on-hold`. */
export function statusSlug(stored: string): string {
	return stored.startsWith('wc-') ? stored.slice(3) : stored;
}

/** Human label; statuses added by other plugins get their slug in sentence case. */
export function statusLabel(slug: string): string {
	const known = LABELS[slug];
	if (known) return known;
	const words = slug.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
