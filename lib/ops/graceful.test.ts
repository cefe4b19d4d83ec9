import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createDrainableServer } from './graceful.mjs';
import { isShuttingDown } from './shutdown.mjs';

/** A server whose /slow requests wait until released, and whose /ready answers as readiness does. */
async function start() {
  const waiting: (() => void)[] = [];
  const site = createDrainableServer((req, res) => {
    if (req.url === '/slow') {
      waiting.push(() => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('slow done'));
      return;
    }
    res.writeHead(req.url === '/ready' && isShuttingDown() ? 503 : 200, { 'Content-Type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve));
  const { port } = site.server.address() as { port: number };
  return { site, port, waiting };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 4800 && !condition(); i++) await new Promise((wait) => setTimeout(wait, 25));
  expect(condition()).toBe(true);
}

/** Everything a raw connection receives until the server closes it. */
function received(socket: Socket): Promise<string> {
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return new Promise((resolve) => socket.on('close', () => resolve(text)));
}

describe('a drained server lets requests in progress finish', () => {
  it('stops accepting, closes idle kept-alive connections, answers requests in progress and then closes their connections', async () => {
    const { site, port, waiting } = await start();

    // A kept-alive connection that has finished its request and is idle.
    const agent = new Agent({ keepAlive: true });
    let idleSocket: Socket | undefined;
    await new Promise<void>((resolve) => {
      request({ port, host: '127.0.0.1', path: '/', agent }, (res) => {
        idleSocket = res.socket;
        res.resume().on('end', resolve);
      }).end();
    });
    let idleClosed = false;
    idleSocket!.on('close', () => (idleClosed = true));

    // A request in progress on a raw connection.
    const busy = connect(port, '127.0.0.1');
    const busyText = received(busy);
    busy.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await until(() => waiting.length === 1);
    expect(site.inFlight()).toBe(1);

    const drained = site.drain(60_000);
    expect(isShuttingDown()).toBe(true);
    await until(() => idleClosed);
    const refused = await new Promise<string>((resolve) => {
      connect(port, '127.0.0.1').on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? '')).on('connect', () => resolve('connected'));
    });
    expect(refused).toBe('ECONNREFUSED');

    // A second request on the busy connection is still answered: readiness says 503, and the connection closes after it.
    busy.write('GET /ready HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((wait) => setTimeout(wait, 100));
    waiting.shift()!();
    await until(() => waiting.length === 0);
    const text = await busyText;
    expect(text).toMatch(/^HTTP\/1\.1 200 OK[\s\S]*slow done[\s\S]*HTTP\/1\.1 503 Service Unavailable[\s\S]*[Cc]onnection: close/);
    expect(await drained).toEqual({ cut: 0 });
    expect(site.server.listening).toBe(false);
    agent.destroy();
  });

  it('past the time limit the requests still in progress are cut, and counted', async () => {
    const { site, port, waiting } = await start();
    const busy = connect(port, '127.0.0.1');
    const busyText = received(busy);
    busy.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await until(() => waiting.length === 1);
    expect(await site.drain(200)).toEqual({ cut: 1 });
    expect(await busyText).toBe('');
  });
});
