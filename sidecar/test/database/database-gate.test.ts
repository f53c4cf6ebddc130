import type { FastifyBaseLogger } from 'fastify';
import { createDatabaseGate, DatabaseUnavailable } from '../../src/database/database-gate';

function setup(probeAnswer: () => boolean) {
	let now = 1_000;
	const logged: string[] = [];
	const log = { error: (_o: unknown, msg: string) => logged.push(msg), info: (_o: unknown, msg: string) => logged.push(msg) } as unknown as FastifyBaseLogger;
	const gate = createDatabaseGate({ stallMs: 500, retryMs: 2000, probe: async () => probeAnswer(), log, where: 'db:3306/shop', now: () => now });
	return { gate, logged, advance: (ms: number) => (now += ms) };
}
const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', fatal: true });

describe('database gate', () => {
	test('an outage is logged once; while it lasts queries fail at once without reaching the pool; a good probe ends it', async () => {
		let alive = false;
		const { gate, logged, advance } = setup(() => alive);
		let calls = 0;
		const failing = () => gate.run(async () => {
			calls += 1;
			throw refused;
		});
		await expect(failing()).rejects.toBeInstanceOf(DatabaseUnavailable);
		for (let i = 0; i < 50; i++) await expect(failing()).rejects.toMatchObject({ statusCode: 503, retryAfterSeconds: 2 });
		expect(calls).toBe(1);
		advance(2000);
		await expect(gate.run(async () => 'never')).rejects.toBeInstanceOf(DatabaseUnavailable); // probe says down
		alive = true;
		advance(2000);
		await expect(gate.run(async () => 'rows')).resolves.toBe('rows');
		expect(logged).toEqual(['database unavailable: answering 503 until it is back', 'database reachable again']);
	});

	test('a full pool queue is a 503 but no outage; an SQL error passes through unchanged', async () => {
		const { gate, logged } = setup(() => true);
		await expect(gate.run(async () => Promise.reject(new Error('Queue limit reached.')))).rejects.toBeInstanceOf(DatabaseUnavailable);
		const syntax = Object.assign(new Error('You have an error in your SQL syntax'), { code: 'ER_PARSE_ERROR' });
		await expect(gate.run(async () => Promise.reject(syntax))).rejects.toBe(syntax);
		await expect(gate.run(async () => 1)).resolves.toBe(1);
		expect(logged).toEqual([]);
	});
});
