// GET /<app>/availability?venue=...  (placeholder route module)
export default async function (server, { hdbCore, logger }) {
  server.route({
    url: '/availability',
    method: 'GET',
    handler: async (request) => {
      logger.info('availability requested for ' + request.query.venue);
      return { venue: request.query.venue, free: [] };
    },
  });
}
