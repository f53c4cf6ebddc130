import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from '../db';
import { pageUrl } from './permalinks';
import { formatPrice } from './price-format';
import { PAGE_NAMES, STORE_OPTION_NAMES, parseStoreOptions, type PageName, type StoreOptions } from './store-options';
import { ttlCache } from '../../lib/ttl-cache';
import { readOptions } from '../options';
import { readTaxRates } from './tax-rates-query';
import type { TaxRate } from './tax-rates';

export const STORE_TTL_MS = 2000;

export interface Store extends StoreOptions {
	/** WooCommerce pages with their public URLs; null when the page id is unset or the page is gone. */
	pages: Record<PageName, { id: number; url: string } | null>;
}

export interface StoreRepository {
	/** The shop facts every vendor needs, cached for 2 s. */
	get(): Promise<Store>;
	/** wc_price()-style text with the store's price settings (see price-format.ts). */
	formatPrice(amount: number, options?: { locale?: string; currency?: string }): Promise<string>;
	/** Every WooCommerce tax rate with its locations, cached for 2 s (matched by tax-rates.ts). */
	taxRates(): Promise<TaxRate[]>;
}

declare module 'fastify' {
	interface FastifyInstance {
		storeRepository: StoreRepository;
	}
}

interface PageRow extends RowDataPacket {
	ID: number;
	post_name: string;
	post_parent: number;
}

const MAX_PAGE_DEPTH = 8;

/** Slug paths (`parent/child`) of the given pages, walking up the parents a level per query. */
async function pagePaths(pool: Db, prefix: string, ids: number[]): Promise<Map<number, string>> {
	const rows = new Map<number, PageRow>();
	let missing = ids.filter((id) => id > 0);
	for (let depth = 0; missing.length > 0 && depth < MAX_PAGE_DEPTH; depth++) {
		const [found] = await pool.query<PageRow[]>(
			`SELECT ID, post_name, post_parent FROM \`${prefix}posts\` WHERE post_type = 'page' AND ID IN (${missing.map(() => '?').join(',')})`,
			missing,
		);
		found.forEach((row) => rows.set(row.ID, row));
		missing = [...new Set(found.map((row) => row.post_parent).filter((id) => id > 0 && !rows.has(id)))];
	}
	const path = (id: number, depth = 0): string => {
		const row = rows.get(id);
		if (!row) return '';
		const parent = row.post_parent > 0 && depth < MAX_PAGE_DEPTH ? path(row.post_parent, depth + 1) : '';
		return parent ? `${parent}/${row.post_name}` : row.post_name;
	};
	return new Map(ids.filter((id) => rows.has(id)).map((id) => [id, path(id)]));
}

function createRepository(fastify: FastifyInstance): StoreRepository {
	const pool = fastify.mysql.read;
	const prefix = fastify.config.tablePrefix;
	const get = ttlCache(async (): Promise<Store> => {
		const options = parseStoreOptions(await readOptions(pool, prefix, STORE_OPTION_NAMES));
		const paths = await pagePaths(pool, prefix, Object.values(options.pageIds));
		const page = (name: PageName) => {
			const id = options.pageIds[name];
			const path = paths.get(id);
			return path === undefined ? null : { id, url: pageUrl(options.permalinks, id, path) };
		};
		return { ...options, pages: Object.fromEntries(PAGE_NAMES.map((name) => [name, page(name)])) as Store['pages'] };
	}, STORE_TTL_MS);
	return {
		get,
		taxRates: ttlCache(() => readTaxRates(pool, prefix), STORE_TTL_MS),
		formatPrice: async (amount, options) => formatPrice(amount, (await get()).price, options),
	};
}

export default fp(
	async (fastify) => {
		fastify.decorate('storeRepository', createRepository(fastify));
	},
	{ name: 'store-repository', dependencies: ['config', 'mysql'] },
);
