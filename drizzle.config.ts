import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL from the schema; migrations are applied by the connection's migrate()
// in lib/db/client.ts (`npm run db:setup`).
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
});
