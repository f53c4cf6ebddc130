import { createServer } from 'node:net';

/** Listens on `port` (0: any) on loopback, then releases it; resolves the port or rejects when taken. */
function probe(port: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => {
				if (address && typeof address === 'object') resolve(address.port);
				else reject(new Error('could not allocate a port'));
			});
		});
	});
}

/**
 * A free loopback TCP port (never assumes 3306/8080 are free): `preferred` when it is free (a demo
 * keeps its URLs across restarts), else one the kernel picks.
 */
export async function freePort(preferred?: number): Promise<number> {
	if (preferred) {
		const port = await probe(preferred).catch(() => 0);
		if (port) return port;
	}
	return probe(0);
}
