import { type Db, rows } from '../db';
import { statusLabel, statusSlug } from './order-status';
import type { OrderHeader, OrderRefund, PaidOrderStats } from './order-types';

/** Resolved criteria: the parts are OR-ed; an empty match finds nothing. */
export interface OrderMatch {
	email: string | null;
	customerIds: number[];
	orderIds: number[];
}

export interface MetaRow {
	orderId: number;
	key: string;
	value: string;
}

/**
 * Everything that differs between HPOS tables and the posts tables. Both implementations must answer
 * identically on a store whose two copies are in sync.
 */
export interface OrderStorage {
	readonly kind: 'hpos' | 'posts';
	/** Ids of visible orders (never refunds, drafts or trash), newest first. */
	search(match: OrderMatch, limit: number, offset: number): Promise<{ ids: number[]; total: number }>;
	headers(ids: number[]): Promise<OrderHeader[]>;
	refunds(orderIds: number[]): Promise<OrderRefund[]>;
	meta(ids: number[], keys: readonly string[]): Promise<MetaRow[]>;
	/** Visible orders whose billing phone ends in `suffix` digits (callers refine the match). */
	phoneCandidates(suffix: string): Promise<Array<{ orderId: number; phone: string }>>;
	/** The visible order with this `_order_number`, else with this id. */
	findByNumber(number: string): Promise<number | null>;
	paidStats(match: OrderMatch): Promise<PaidOrderStats>;
}

export function toNumber(value: unknown): number {
	const n = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''));
	return Number.isFinite(n) ? n : 0;
}

export function emptyMatch(match: OrderMatch): boolean {
	return match.email === null && match.customerIds.length === 0 && match.orderIds.length === 0;
}

/** The uniform row both storages select for an order header. */
export interface HeaderRow {
	id: number;
	number: string | null;
	status: string;
	currency: string | null;
	total: string | null;
	tax: string | null;
	customerId: string | number | null;
	email: string | null;
	phone: string | null;
	firstName: string | null;
	lastName: string | null;
	country: string | null;
	note: string | null;
	paymentTitle: string | null;
	createdAt: string;
	updatedAt: string | null;
	paidAt: string | null;
	completedAt: string | null;
}

export function toHeader(row: HeaderRow): OrderHeader {
	const status = statusSlug(row.status);
	return {
		id: Number(row.id),
		number: row.number || String(row.id),
		status,
		statusLabel: statusLabel(status),
		currency: row.currency ?? '',
		total: toNumber(row.total),
		totalTax: toNumber(row.tax),
		customerId: Number(row.customerId ?? 0) || 0,
		billingEmail: row.email ?? '',
		billingPhone: row.phone ?? '',
		billingFirstName: row.firstName ?? '',
		billingLastName: row.lastName ?? '',
		billingCountry: row.country ?? '',
		customerNote: row.note ?? '',
		paymentMethodTitle: row.paymentTitle ?? '',
		createdAt: row.createdAt,
		updatedAt: row.updatedAt ?? row.createdAt,
		paidAt: row.paidAt,
		completedAt: row.completedAt,
	};
}

/** Posts storage keeps payment dates as Unix seconds in meta. */
export function unixToIso(value: string | null): string | null {
	const seconds = Number.parseInt(value ?? '', 10);
	return seconds > 0 ? new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') : null;
}

/** The uniform row both storages select for a refund; `total` is the refund order's (negative) total. */
export interface RefundRow {
	id: number;
	orderId: number;
	amount: string | null;
	total: string | null;
	reason: string | null;
	createdAt: string;
}

export function toRefund(row: RefundRow): OrderRefund {
	return {
		id: Number(row.id),
		orderId: Number(row.orderId),
		amount: row.amount !== null ? toNumber(row.amount) : -toNumber(row.total),
		reason: row.reason ?? '',
		createdAt: row.createdAt,
	};
}

/** One page of ids (`SELECT <idColumn> <filter> ORDER BY … LIMIT … OFFSET …`) and the filter's count, in parallel. */
export async function idsAndTotal(db: Db, filter: string, params: unknown[], idColumn: string, orderBy: string, limit: number, offset: number): Promise<{ ids: number[]; total: number }> {
	const [page, count] = await Promise.all([
		rows<{ id: number }>(db, `SELECT ${idColumn} AS id ${filter} ORDER BY ${orderBy} LIMIT ? OFFSET ?`, [...params, limit, offset]),
		rows<{ n: number }>(db, `SELECT COUNT(*) AS n ${filter}`, params),
	]);
	return { ids: page.map((r) => Number(r.id)), total: Number(count[0]?.n ?? 0) };
}

export function statsFrom(row: { n: number; spent: string | null; last: string | null } | undefined): PaidOrderStats {
	return {
		orderCount: Number(row?.n ?? 0),
		totalSpent: Math.round(toNumber(row?.spent) * 100) / 100,
		lastOrderAt: row?.last ?? null,
	};
}
