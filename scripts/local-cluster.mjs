/**
 * The production topology on this machine, for the cluster test and `npm run bench -- --proxy`:
 * a PostgreSQL server (Debian's, run from a temporary directory), app instances (`npm run serve`, as
 * deploy/systemd runs them) and nginx with the configuration rendered from deploy/nginx, in front.
 * Every process runs in a process group of its own, so that stopping (or killing) one stops all of it.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { renderNginxConfig } from '../deploy/nginx/render.mjs';
import { initPostgres, postgresBinaries, waitForPostgres } from './debian-postgres.mjs';

/** The status of a GET to the site, whose certificate this machine made itself. */
function selfSignedStatus(url) {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.once('error', reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `check` to return true, up to `limitMs` (a hang, not a speed: generous on purpose). */
async function waitFor(what, check, limitMs = 300_000) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`${what} did not happen within ${limitMs / 1000} s`);
}

function findExecutable(name, candidates) {
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`${name} was not found (looked in ${candidates.join(', ')}). On Debian: apt-get install nginx postgresql openssl (.ci/run does).`);
  return found;
}

class Processes {
  constructor(logDir) {
    this.logDir = logDir;
    this.children = new Map();
  }

  start(name, command, args, options = {}) {
    const log = fs.openSync(path.join(this.logDir, `${name}.log`), 'a');
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    const entry = { child, exited: null, exit: null };
    entry.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve((entry.exit = { code, signal }))));
    this.children.set(name, entry);
    return child;
  }

  signal(name, signal) {
    const entry = this.children.get(name);
    if (!entry?.child.pid) return;
    try {
      process.kill(-entry.child.pid, signal);
    } catch {
      // already gone
    }
  }

  /** SIGTERM, and SIGKILL after `graceMs`. */
  async stop(name, graceMs = 15_000) {
    const entry = this.children.get(name);
    if (!entry) return;
    this.signal(name, 'SIGTERM');
    const stopped = await Promise.race([entry.exited.then(() => true), sleep(graceMs).then(() => false)]);
    if (!stopped) this.signal(name, 'SIGKILL');
    await entry.exited;
    // npm may leave before the server it started: nothing of the group stays.
    this.signal(name, 'SIGKILL');
    this.children.delete(name);
  }

  /** What a crash looks like: the whole group killed at once, nothing cleaned up. */
  async kill(name) {
    const entry = this.children.get(name);
    if (!entry) return;
    this.signal(name, 'SIGKILL');
    await entry.exited;
    this.children.delete(name);
  }

  /** Throws, with the end of its log, when a process that should be running has ended. */
  assertRunning(name) {
    const entry = this.children.get(name);
    if (entry?.exit) throw new Error(`${name} ended (${entry.exit.code ?? entry.exit.signal}):\n${this.log(name).split('\n').slice(-15).join('\n')}`);
  }

  log(name) {
    try {
      return fs.readFileSync(path.join(this.logDir, `${name}.log`), 'utf8');
    } catch {
      return '';
    }
  }
}

/**
 * @typedef {{ https: number, http: number, instances: number[], postgres?: number }} ClusterPorts
 * @typedef {{ ports: ClusterPorts, usePostgres?: boolean, env?: Record<string, string>, prepare?: string,
 *   extraNginx?: string, workDir?: string }} ClusterOptions
 */

/**
 * Starts the topology. `ports`: { https, http, postgres, instances: [..] }. Without `postgres` the
 * instances share nothing but nginx (one instance on the embedded database, for the benchmark).
 * Returns the addresses and `stop()`; `stopInstance`, `killInstance` and `startInstance` act on one.
 */
/** @param {ClusterOptions} options */
export async function startCluster({ ports, usePostgres = true, env: extraEnv = {}, prepare, extraNginx = '', workDir }) {
  const dir = workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'uppfoljning-cluster-'));
  fs.mkdirSync(dir, { recursive: true });
  // nginx's workers and PostgreSQL run as other users than root: they read and write here too.
  fs.chmodSync(dir, 0o777);
  const processes = new Processes(dir);
  const site = `https://localhost:${ports.https}`;
  const instanceOrigins = ports.instances.map((port) => `http://127.0.0.1:${port}`);

  const stop = async () => {
    for (const name of [...processes.children.keys()].reverse()) await processes.stop(name);
  };

  try {
    let databaseEnv = { DATABASE_URL: '', PGLITE_DIR: path.join(dir, 'pglite') };
    if (usePostgres) {
      const server = initPostgres({ bin: postgresBinaries().bin, dir: path.join(dir, 'postgres'), port: ports.postgres });
      processes.start('postgres', server.command, server.args, server.user);
      const adminUrl = server.url;
      await waitForPostgres(adminUrl, () => processes.assertRunning('postgres'));
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe('create database uppfoljning');
      await admin.end();
      databaseEnv = { DATABASE_URL: `postgres://postgres@127.0.0.1:${ports.postgres}/uppfoljning` };
    }

    const appEnv = {
      ...process.env,
      ...databaseEnv,
      NODE_ENV: 'production',
      SITE_URL: site,
      // nginx on this machine is the only proxy: the client address it forwards is believed from it alone.
      TRUSTED_PROXIES: '127.0.0.1/32',
      ...extraEnv,
    };
    // With DATABASE_URL the embedded directory is not used; an empty one inherited would be refused.
    if (usePostgres) delete appEnv.PGLITE_DIR;
    if (prepare) {
      const prepared = spawnSync('sh', ['-c', prepare], { env: appEnv, encoding: 'utf8' });
      if (prepared.status !== 0) throw new Error(`Preparing the database failed: ${prepared.stderr}`);
    }

    const instanceEnv = (index) => ({ ...appEnv, PORT: String(ports.instances[index]), HOSTNAME: '127.0.0.1' });
    const startInstance = (index) => processes.start(`instance-${index}`, 'npm', ['run', 'serve', '--', '--keepAliveTimeout', '120000'], { env: instanceEnv(index) });
    const instanceReady = (index) => {
      processes.assertRunning(`instance-${index}`);
      return fetch(`${instanceOrigins[index]}/api/health`).then((response) => response.ok, () => false);
    };
    // All at once, as a deployment's units start: each sets the database up first, one after another.
    ports.instances.forEach((_, index) => startInstance(index));
    await Promise.all(ports.instances.map((_, index) => waitFor(`instance ${index} to answer`, () => instanceReady(index))));

    execFileSync(findExecutable('openssl', ['/usr/bin/openssl']), ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-keyout', path.join(dir, 'site.key'), '-out', path.join(dir, 'site.pem')], { stdio: 'ignore' });
    fs.chmodSync(path.join(dir, 'site.key'), 0o644);
    const cacheDir = path.join(dir, 'nginx-cache');
    const nginxConf = renderNginxConfig({
      siteUrl: site,
      instances: ports.instances.map((port) => `127.0.0.1:${port}`),
      certificate: path.join(dir, 'site.pem'),
      certificateKey: path.join(dir, 'site.key'),
      cacheDir,
      httpsListen: `127.0.0.1:${ports.https}`,
      httpListen: `127.0.0.1:${ports.http}`,
    });
    fs.writeFileSync(path.join(dir, 'uppfoljning.conf'), nginxConf);
    const temp = (name) => {
      const tempDir = path.join(dir, `nginx-${name}`);
      fs.mkdirSync(tempDir, { recursive: true, mode: 0o777 });
      fs.chmodSync(tempDir, 0o777);
      return tempDir;
    };
    // The main file a Debian nginx has, reduced to what the site needs; the site is the shipped file.
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      `worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  include ${dir}/uppfoljning.conf;
${extraNginx}
}
`,
    );
    const nginx = findExecutable('nginx', ['/usr/sbin/nginx', '/usr/bin/nginx']);
    const checked = spawnSync(nginx, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
    if (checked.status !== 0) throw new Error(`nginx refused the configuration: ${checked.stderr}`);
    processes.start('nginx', nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;']);
    await waitFor('nginx to answer', async () => {
      processes.assertRunning('nginx');
      return (await selfSignedStatus(`${site}/api/health`).catch(() => 0)) === 200;
    });

    return {
      dir,
      site,
      httpOrigin: `http://127.0.0.1:${ports.http}`,
      instanceOrigins,
      databaseUrl: databaseEnv.DATABASE_URL,
      startInstance: async (index) => {
        startInstance(index);
        await waitFor(`instance ${index} to answer`, () => instanceReady(index));
      },
      stopInstance: (index) => processes.stop(`instance-${index}`),
      killInstance: (index) => processes.kill(`instance-${index}`),
      log: (name) => processes.log(name),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
