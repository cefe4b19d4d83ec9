import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';

// A fresh database per test file, on the server started by start-postgres.ts. Set before the test
// file loads, so lib/env sees it exactly as a deployment with DATABASE_URL would.
const adminUrl = inject('postgresAdminUrl');
const name = `test_${randomUUID().replaceAll('-', '')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { closeConnection } = await import('@/lib/db/client');
  await closeConnection();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});
