/**
 * Account command, for the first administrator (later accounts are made on the administrators' page):
 *   npm run user:create -- --email anna@region.se --name "Anna A" --role editor --region 09
 * The password is read from standard input (one line), so it never appears in the process list or
 * the shell history: `printf '%s\n' "$PASSWORD" | npm run user:create -- …`. An account that signs in
 * through the identity provider instead names its identity there and needs no password:
 *   npm run user:create -- … --oidc-issuer https://idp.example --oidc-subject <sub>
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createAccount } from '@/lib/data/internal/accounts';
import { openConnection } from '@/lib/db/client';

async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      'oidc-issuer': { type: 'string' },
      'oidc-subject': { type: 'string' },
    },
  });
  if (positionals[0] !== 'create') throw new Error('Usage: npm run user:create -- --email … --name … --role admin|editor [--region NN] (password on standard input)');
  const connection = openConnection();
  try {
    const account = {
      email: values.email ?? '',
      name: values.name ?? '',
      role: (values.role ?? '') as 'admin' | 'editor',
      regionCode: values.region ?? null,
      ...(values['oidc-subject'] !== undefined
        ? { oidcIssuer: values['oidc-issuer'] ?? '', oidcSubject: values['oidc-subject'] }
        : { password: await readPassword() }),
    };
    const { id } = await createAccount(connection.db, account, { id: null, label: 'account command' });
    console.log(`Account created: ${account.email} (${account.role}${account.regionCode ? `, region ${account.regionCode}` : ''}), id ${id}.`);
  } catch (error) {
    if (error instanceof z.ZodError) {
      throw new Error(`The account was not created:\n${error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
    }
    throw error;
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
