import { createServer } from 'node:http';
import { renderMetrics } from './metrics.mjs';

/**
 * A listener of its own for the metrics, apart from the site's port, so that they are never public:
 * GET /metrics, nothing else.
 */
export function createMetricsServer() {
  return createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' }).end(renderMetrics());
  });
}
