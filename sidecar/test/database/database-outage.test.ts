/**
 * A database of its own that the test freezes (SIGSTOP: the server hangs, connections stay open) and
 * stops, while the app keeps answering: 503 JSON with Retry-After within 2 s, one log line per
 * outage and one on recovery, and recovery without a restart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadFixture } from '../../../test/stack/fixture';
import { startMariaDb, type MariaDb } from '../../../test/stack/mariadb';
import { waitFor } from '../../../test/stack/processes';
import { build, logCapture } from '../helper';
import { sharedVendorSettingsSql, stackInfo, TEST_PREFIX } from '../stack';

const DIR = join(stackInfo().dir, `outage-${process.pid}`);
/**
 * Routes that read the database on every call (settings are cached for 2 s). Not searches: those are
 * answered from the sidecar's in-memory search index, with products cached for 2 s.
 */
const URLS = ['/commerce-bridge/bambuser/products?sku=none', '/commerce-bridge/bambuser/products?sku=none-either', '/commerce-bridge/bambuser/products?sku=nothing',
	'/commerce-bridge/bambuser/products?sku=nowhere', '/commerce-bridge/bambuser/products?sku=never'];

let db: MariaDb;
let app: FastifyInstance;
const log = logCapture();
const serverPid = () => Number(readFileSync(join(DIR, 'mysqld.pid'), 'utf8').trim());
const lines = (message: string) => log.text().split('\n').filter((line) => line.includes(`"msg":"${message}`));

async function timed(url: string) {
	const started = performance.now();
	const res = await app.inject(url);
	return { url, status: res.statusCode, ms: Math.round(performance.now() - started), retryAfter: res.headers['retry-after'], body: res.body };
}

/** 3 rounds of every URL at once: all 503 with Retry-After, each within 2 s. */
async function expectOutageAnswers(label: string): Promise<void> {
	const answers = [];
	for (let round = 0; round < 3; round++) answers.push(...(await Promise.all(URLS.map(timed))));
	console.log(`${label}: ${answers.length} requests, statuses ${[...new Set(answers.map((a) => a.status))].join(',')}, latency max ${Math.max(...answers.map((a) => a.ms))} ms, median ${answers.map((a) => a.ms).sort((a, b) => a - b)[answers.length >> 1]} ms`);
	for (const answer of answers) {
		expect(answer).toMatchObject({ status: 503, retryAfter: '2' });
		expect(answer.ms).toBeLessThan(2000);
		expect(answer.body).toContain('"error":"service_unavailable"');
	}
}

const healthy = async () => (await Promise.all(URLS.map((url) => app.inject(url)))).every((res) => res.statusCode === 200);

beforeAll(async () => {
	db = await startMariaDb(DIR);
	await loadFixture(db, { database: 'outage', prefix: TEST_PREFIX });
	await db.sql(sharedVendorSettingsSql(), 'outage');
	app = await build({ env: { DATABASE_URL: db.url('outage'), LOG_LEVEL: 'info' }, logStream: log.stream });
}, 60_000);
afterAll(async () => {
	try {
		process.kill(serverPid(), 'SIGCONT');
	} catch {
		// already stopped
	}
	await app?.close();
	await db?.stop();
});

test('a slow query on a live server is no outage: it is answered, nothing is logged', async () => {
	const started = performance.now();
	await expect(app.mysql.pool.query('SELECT SLEEP(1.6) AS slept')).resolves.toBeDefined();
	expect(performance.now() - started).toBeGreaterThan(1500);
	expect(lines('database unavailable')).toHaveLength(0);
});

test('a hung database (SIGSTOP): 503 with Retry-After within 2 s, one log line, recovery after SIGCONT', async () => {
	expect(await healthy()).toBe(true);
	process.kill(serverPid(), 'SIGSTOP');
	// SIGSTOP lands asynchronously: a thread already on a CPU may finish one more query first.
	await waitFor('the server to be stopped', async () => / T /.test(readFileSync(`/proc/${serverPid()}/stat`, 'utf8')), 5000);
	try {
		await expectOutageAnswers('hung database');
	} finally {
		process.kill(serverPid(), 'SIGCONT');
	}
	await waitFor('recovery after SIGCONT', healthy, 10_000);
	expect(lines('database unavailable')).toHaveLength(1);
	expect(lines('database reachable again')).toHaveLength(1);
	expect(lines('request failed')).toHaveLength(0);
	expect(JSON.parse(lines('database unavailable')[0] ?? '{}')).toMatchObject({ level: 50, database: expect.stringContaining('/outage'), code: expect.any(String) });
}, 30_000);

test('a stopped database: 503 within 2 s, one more log line, recovery when it is started again', async () => {
	const { port } = db;
	await db.stop();
	await expectOutageAnswers('stopped database');
	db = await startMariaDb(DIR, port);
	await waitFor('recovery after restart', healthy, 10_000);
	expect(lines('database unavailable')).toHaveLength(2);
	expect(lines('database reachable again')).toHaveLength(2);
	expect(lines('request failed')).toHaveLength(0);
	expect(log.text()).not.toContain('bridge-local-pw');
	console.log(`every log line of both outages:\n${[...lines('database unavailable'), ...lines('database reachable again')].join('\n')}`);
}, 60_000);
