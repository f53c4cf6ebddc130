// A stand-in for Belco's API (`node belco-recorder.mjs <port> <shop secret>`): records every request and
// checks its X-Signature with node's own HMAC, independently of the plugin's PHP. Answers come from a script
// the test posts to /__answers ([{status, body, delayMs}], used in order; then 200 {"success":true}); posting a script also forgets the requests so far.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';

const [port, secret] = process.argv.slice(2);
const requests = [];
let answers = [];

function read(request) {
	return new Promise((resolve) => {
		const chunks = [];
		request.on('data', (chunk) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks)));
	});
}

function reply(response, status, body) {
	response.writeHead(status, { 'Content-Type': 'application/json' });
	response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

createServer(async (request, response) => {
	const raw = await read(request);
	if (request.url === '/__answers') {
		answers = JSON.parse(raw.toString('utf8'));
		requests.length = 0;
		return reply(response, 204, '');
	}
	if (request.url === '/__requests') return reply(response, 200, requests);
	const expected = createHmac('sha256', secret).update(raw).digest('hex');
	requests.push({
		method: request.method,
		path: request.url,
		headers: request.headers,
		body: raw.toString('utf8'),
		signatureValid: request.headers['x-signature'] === expected,
	});
	const answer = answers.shift() ?? { status: 200, body: { success: true } };
	setTimeout(() => {
		if (!response.destroyed) reply(response, answer.status, answer.body ?? '');
	}, answer.delayMs ?? 0);
}).listen(Number(port), '127.0.0.1');
