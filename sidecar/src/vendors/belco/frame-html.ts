import { formatPrice } from '../../woocommerce/store/price-format';
import type { CustomerWithStats, OpenCart } from '../../woocommerce/customers/customers-repository';
import type { Order, PaidOrderStats } from '../../woocommerce/orders/order-types';
import type { Store } from '../../woocommerce/store/store-repository';
import { adminOrderUrl, adminUserUrl } from './links';

export interface FrameData {
	store: Store;
	email: string;
	customer: CustomerWithStats | null;
	stats: PaidOrderStats;
	orders: Order[];
	orderCount: number;
	cart: OpenCart | null;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value printed into the page goes through this (text and attribute values alike). */
export function escapeHtml(value: string | number): string {
	return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const CSS = `body{margin:0;font:13px/1.4 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;color:#1d2327}
main{padding:8px 12px}h2{font-size:13px;margin:12px 0 4px;text-transform:uppercase;color:#646970}
table{width:100%;border-collapse:collapse}td{padding:3px 4px;border-bottom:1px solid #eee;vertical-align:top}
td.n{text-align:right;white-space:nowrap}a{color:#2271b1}.muted{color:#646970}dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}dt{color:#646970}`;

/** Posts the height to Belco on load and whenever the content changes height. */
const RESIZE_JS = `(function(){var last=0;function resize(){var h=document.body.scrollHeight;if(h===last)return;last=h;
window.parent.postMessage({action:'resize',height:h},'https://app.belco.io');}
window.addEventListener('load',resize);if('ResizeObserver' in window){new ResizeObserver(resize).observe(document.body);}})();`;

const date = (iso: string | null) => (iso ? escapeHtml(iso.slice(0, 10)) : '–');

function profile(data: FrameData, money: (n: number) => string): string {
	const { customer, stats, store } = data;
	const rows: Array<[string, string]> = customer
		? [
			['Customer', `<a href="${escapeHtml(adminUserUrl(store, customer.id))}" target="_blank" rel="noopener">${escapeHtml(`${customer.firstName} ${customer.lastName}`.trim() || customer.email)}</a>`],
			['E-mail', escapeHtml(customer.email)],
			['Phone', escapeHtml(customer.phone || '–')],
			['Country', escapeHtml(customer.country || '–')],
			['Since', date(customer.registeredAt)],
		]
		: [['Guest', escapeHtml(data.email)]];
	rows.push(['Paid orders', escapeHtml(stats.orderCount)], ['Lifetime value', escapeHtml(money(stats.totalSpent))], ['Last order', date(stats.lastOrderAt)]);
	return `<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function orderRows(data: FrameData, money: (n: number, currency?: string) => string): string {
	if (!data.orders.length) return '<p class="muted">No orders.</p>';
	const rows = data.orders.map((o) => {
		const refunded = o.totalRefunded > 0 ? `<br><span class="muted">refunded ${escapeHtml(money(o.totalRefunded, o.currency))}</span>` : '';
		return `<tr><td><a href="${escapeHtml(adminOrderUrl(data.store, o.id))}" target="_blank" rel="noopener">#${escapeHtml(o.number)}</a></td>`
			+ `<td>${date(o.createdAt)}</td><td>${escapeHtml(o.statusLabel)}</td><td class="n">${escapeHtml(money(o.total, o.currency))}${refunded}</td></tr>`;
	});
	const more = data.orderCount > data.orders.length ? `<p class="muted">${escapeHtml(data.orderCount - data.orders.length)} older orders not shown.</p>` : '';
	return `<table>${rows.join('')}</table>${more}`;
}

function cartRows(cart: OpenCart | null, money: (n: number) => string): string {
	if (!cart) return '<p class="muted">Empty.</p>';
	const rows = cart.lines.map((l) => `<tr><td>${escapeHtml(l.name || `#${l.productId}`)}</td><td class="n">× ${escapeHtml(l.quantity)}</td><td class="n">${escapeHtml(money(l.subtotal))}</td></tr>`);
	const total = cart.total === null ? '' : `<tr><td colspan="2"><strong>Total</strong></td><td class="n"><strong>${escapeHtml(money(cart.total))}</strong></td></tr>`;
	return `<table>${rows.join('')}${total}</table>`;
}

function page(nonce: string, title: string, body: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`
		+ `<title>${escapeHtml(title)}</title><style nonce="${nonce}">${CSS}</style></head>`
		+ `<body><main>${body}</main><script nonce="${nonce}">${RESIZE_JS}</script></body></html>`;
}

/** The customer card page; `nonce` must be the one in the Content-Security-Policy header. */
export function renderFrame(data: FrameData, nonce: string): string {
	const money = (n: number, currency?: string) => formatPrice(n, data.store.price, { currency });
	return page(nonce, 'Customer', `${profile(data, money)}<h2>Recent orders</h2>${orderRows(data, money)}`
		+ `${data.customer ? `<h2>Open cart</h2>${cartRows(data.cart, money)}` : ''}`);
}

export function renderNoCustomer(email: string, nonce: string): string {
	const who = email ? `No customer or order found for ${escapeHtml(email)}.` : 'No e-mail address given.';
	return page(nonce, 'No customer', `<p class="muted">${who}</p>`);
}

export function frameCsp(nonce: string): string {
	return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors https://app.belco.io`;
}
