import fp from 'fastify-plugin';

/**
 * Bambuser's gate, registered first by index.ts. Its data is public (what the shop shows anyway, or an
 * order proven by its key), so there is no token: while Bambuser is switched off the routes do not exist (404).
 */
export default fp(
	async (fastify) => {
		fastify.addHook('onRequest', async (_request, reply) => {
			if (!(await fastify.settingsRepository.get('bambuser')).enabled) return reply.callNotFound();
		});
	},
	{ name: 'bambuser-auth', dependencies: ['settings-repository'] },
);
