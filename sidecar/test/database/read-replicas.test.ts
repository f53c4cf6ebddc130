/**
 * Read replicas against real replication: a MariaDB primary with a binary log and a replica following
 * it by GTID (test/stack/mariadb-replication.ts). Which server answered is told by @@server_id (1 the
 * primary, 2 the replica) and by rows that exist on one server only.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createConnection, type Pool, type RowDataPacket } from 'mysql2/promise';
import { loadFixture } from '../../../test/stack/fixture';
import { startReplicatedMariaDb, type ReplicatedMariaDb } from '../../../test/stack/mariadb-replication';
import { waitFor } from '../../../test/stack/processes';
import { ConfigError, loadConfig } from '../../src/lib/config';
import { judgeReplicaStatus } from '../../src/database/replica-health';
import { pluginTableSql } from '../../../test/stack/plugin-tables';
import { build, logCapture, testEnv } from '../helper';
import { sharedVendorSettingsSql, stackInfo, TEST_PREFIX } from '../stack';

const DATABASE = 'replicated';
const BEANIE = 14;
let pair: ReplicatedMariaDb;
let app: FastifyInstance;
const log = logCapture();

const serverId = async (db: Pick<Pool, 'query'>, sql = 'SELECT @@server_id AS id') =>
	Number((await db.query<RowDataPacket[]>(sql))[0][0]?.id);
const onReplica = (statements: string) => pair.replica.sql(statements, DATABASE);
const onPrimary = (statements: string) => pair.primary.sql(statements, DATABASE);
const readsFrom = (id: number, timeoutMs = 5000) =>
	waitFor(`reads from server ${id}`, async () => (await serverId(app.mysql.read)) === id, timeoutMs);
const logged = (message: string) => log.text().split('\n').filter((line) => line.includes(`"msg":"${message}`));

beforeAll(async () => {
	pair = await startReplicatedMariaDb(join(stackInfo().dir, `replicas-${process.pid}`));
	// Loaded on the primary only: the replica gets the store through replication.
	await loadFixture(pair.primary, { database: DATABASE, prefix: TEST_PREFIX });
	await onPrimary(`${sharedVendorSettingsSql()} ${pluginTableSql(TEST_PREFIX, 'commerce_bridge_wishlist')}; CREATE TABLE probe (id INT PRIMARY KEY, note VARCHAR(40));`);
	await pair.caughtUp();
	app = await build({
		env: {
			DATABASE_URL: pair.primary.url(DATABASE), DATABASE_REPLICA_URLS: pair.replica.url(DATABASE),
			DATABASE_REPLICA_CHECK_MS: '100', DATABASE_REPLICA_MAX_LAG_SECONDS: '2', LOG_LEVEL: 'info',
		},
		logStream: log.stream,
	});
	await readsFrom(2);
}, 60_000);
afterAll(async () => {
	await app?.close();
	await pair?.stop();
});

test('plain reads go to the replica; writes, locking reads and the primary pool to the primary', async () => {
	expect(await serverId(app.mysql.pool)).toBe(1);
	expect(await serverId(app.mysql.read, 'SELECT @@server_id AS id FROM DUAL FOR UPDATE')).toBe(1);
	await app.mysql.read.query('INSERT INTO probe (id, note) VALUES (1, ?)', ['through the read handle']);
	// Had the insert gone to the replica, the primary would not have the row.
	expect(await onPrimary('SELECT note FROM probe WHERE id = 1')).toBe('through the read handle\n');
	expect(logged('read replica in use')).toHaveLength(1);
});

test('a product route reads the replica; sessions and the wishlist read and write the primary', async () => {
	const title = (await onReplica(`SELECT post_title FROM ${TEST_PREFIX}posts WHERE ID = ${BEANIE}`)).trim();
	await onReplica(`UPDATE ${TEST_PREFIX}posts SET post_title = 'Replica-only beanie' WHERE ID = ${BEANIE};
INSERT INTO ${TEST_PREFIX}commerce_bridge_wishlist (id, owner_type, owner_key, product_id, created_at) VALUES (900001, 'user', '7', ${BEANIE}, UTC_TIMESTAMP());
INSERT INTO ${TEST_PREFIX}woocommerce_sessions (session_id, session_key, session_value, session_expiry)
  SELECT 900001, 'replica-only', session_value, UNIX_TIMESTAMP() + 3600 FROM ${TEST_PREFIX}woocommerce_sessions LIMIT 1;`);
	try {
		const res = await app.inject(`/oct8ne/frame/productInfo?productIds=${BEANIE}`);
		expect(res.json()).toMatchObject([{ internalId: String(BEANIE), title: 'Replica-only beanie' }]);
		expect(await app.wishlistRepository.productIds({ type: 'user', key: '7' })).toEqual([]);
		expect(await app.sessionsRepository.getSession('replica-only')).toBeNull();
		expect(await app.wishlistRepository.add({ type: 'user', key: '8' }, [BEANIE])).toBe(true);
		expect(await onPrimary(`SELECT product_id FROM ${TEST_PREFIX}commerce_bridge_wishlist WHERE owner_key = '8'`)).toBe(`${BEANIE}\n`);
	} finally {
		await onReplica(`UPDATE ${TEST_PREFIX}posts SET post_title = '${title}' WHERE ID = ${BEANIE}; DELETE FROM ${TEST_PREFIX}commerce_bridge_wishlist WHERE id = 900001;
DELETE FROM ${TEST_PREFIX}woocommerce_sessions WHERE session_id = 900001;`);
	}
});

test('a replica whose replication is stopped is skipped, and used again once it runs', async () => {
	await pair.replica.sql('STOP SLAVE');
	await readsFrom(1);
	expect(logged('read replica skipped')[0]).toContain('replication not running');
	await pair.replica.sql('START SLAVE');
	await readsFrom(2);
});

test('a replica further behind than DATABASE_REPLICA_MAX_LAG_SECONDS is skipped until it catches up', async () => {
	// A lock on the replica holds its SQL thread on an event the primary stamped 60 s ago: a real, measured lag.
	const holder = await createConnection(pair.replica.url(DATABASE));
	try {
		await holder.query('LOCK TABLES probe WRITE');
		await onPrimary('SET TIMESTAMP = UNIX_TIMESTAMP() - 60; INSERT INTO probe (id, note) VALUES (2, \'late\');');
		await readsFrom(1);
		expect(logged('read replica skipped').at(-1)).toMatch(/\d+ s behind its primary \(bound 2 s\)/);
		await holder.query('UNLOCK TABLES');
		await readsFrom(2);
	} finally {
		await holder.end();
	}
});

test('a hung replica (SIGSTOP): routes answer from the primary within 2 s; the replica is used again after SIGCONT', async () => {
	process.kill(pair.replicaPid(), 'SIGSTOP');
	try {
		const started = performance.now();
		const res = await app.inject(`/oct8ne/frame/productInfo?productIds=${BEANIE},57&callback=cb`);
		expect(res.statusCode).toBe(200);
		expect(performance.now() - started).toBeLessThan(2000);
		await readsFrom(1, 3000);
	} finally {
		process.kill(pair.replicaPid(), 'SIGCONT');
	}
	await readsFrom(2, 10_000);
});

test('replica settings are validated at start', () => {
	expect(() => loadConfig(testEnv({ DATABASE_REPLICA_URLS: 'mysql://u:p@replica-1:3306/shop, http://replica-2/shop' }))).toThrow(ConfigError);
	expect(() => loadConfig(testEnv({ DATABASE_REPLICA_CHECK_MS: '10' }))).toThrow(/DATABASE_REPLICA_CHECK_MS/);
	expect(loadConfig(testEnv({ DATABASE_REPLICA_URLS: ' mysql://u:p@r1:3306/shop ,mysql://u:p@r2:3306/shop' })).replicas)
		.toEqual({ urls: ['mysql://u:p@r1:3306/shop', 'mysql://u:p@r2:3306/shop'], maxLagSeconds: 5, checkMs: 1000 });
});

test("MySQL 8's Replica_*/…_Source columns are read like MariaDB's Slave_*/…_Master", () => {
	const mysql8 = { Replica_IO_Running: 'Yes', Replica_SQL_Running: 'Yes', Seconds_Behind_Source: 3 } as unknown as RowDataPacket;
	expect(judgeReplicaStatus([mysql8], 5)).toEqual({ fit: true, lagSeconds: 3 });
	expect(judgeReplicaStatus([mysql8], 2)).toMatchObject({ fit: false });
	expect(judgeReplicaStatus([], 5)).toMatchObject({ fit: false, reason: expect.stringContaining('not a replica') });
});
