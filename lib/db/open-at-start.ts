import { getConnection } from './client';

// Imported by instrumentation.ts when a server starts: a directory held by another process ends this
// server at once, with the holder named, rather than leaving a server that fails on every request.
try {
  getConnection();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
