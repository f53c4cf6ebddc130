import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { rows, type Db } from '../../woocommerce/db';

/**
 * When product categories changed, from the plugin's own table (Vendors/Loymax/CategoryChanges.php
 * writes it: WordPress keeps no modification time for terms).
 */
export interface CategoryChanges {
	/** Terms with a row: the others (made before the table, or by direct SQL) count as changed. */
	recorded: Set<number>;
	/** Existing terms changed at or after the time asked for. */
	changed: Set<number>;
	/** Terms deleted at or after that time, with the slug they had. */
	deleted: Array<{ id: number; slug: string }>;
}

const missingTable = (error: unknown) => (error as { code?: string }).code === 'ER_NO_SUCH_TABLE';

/**
 * Product category changes since `since` (`YYYY-MM-DD HH:MM:SS` UTC); null while the plugin has not
 * made its table (before the first admin page after an update): the feed then lists everything.
 */
export async function categoryChangesSince(db: Db, prefix: string, since: string): Promise<CategoryChanges | null> {
	let found: Array<{ id: number; slug: string; recent: number; deleted: number }>;
	try {
		found = await rows(db, `SELECT term_id AS id, slug, changed_at >= ? AS recent, deleted
			FROM \`${prefix}commerce_bridge_term_changes\` WHERE taxonomy = 'product_cat' ORDER BY term_id`, [since]);
	} catch (error) {
		if (missingTable(error)) return null;
		throw error;
	}
	const changes: CategoryChanges = { recorded: new Set(), changed: new Set(), deleted: [] };
	for (const row of found) {
		const id = Number(row.id);
		changes.recorded.add(id);
		if (Number(row.recent) !== 1) continue;
		if (Number(row.deleted) === 1) changes.deleted.push({ id, slug: row.slug });
		else changes.changed.add(id);
	}
	return changes;
}

export interface CategoryChangesRepository {
	/** Category changes and deletions since a UTC time; null when the plugin has not recorded any yet. */
	since(since: string): Promise<CategoryChanges | null>;
}

declare module 'fastify' {
	interface FastifyInstance {
		categoryChangesRepository: CategoryChangesRepository;
	}
}

/** Loymax's own table: the plugin's record of product category changes (the categories feed's `updatedSince`). */
export default fp(
	async (fastify: FastifyInstance) => {
		const db = fastify.mysql.read;
		const prefix = fastify.config.tablePrefix;
		fastify.decorate('categoryChangesRepository', { since: (since: string) => categoryChangesSince(db, prefix, since) } satisfies CategoryChangesRepository);
	},
	{ name: 'category-changes-repository', dependencies: ['config', 'mysql'] },
);
