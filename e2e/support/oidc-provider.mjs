// A real OpenID Connect provider for the end-to-end tests (npm oidc-provider), on loopback only.
// Its development login page accepts any login name as the subject; the app decides who that is.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID,
      client_secret: process.env.OIDC_CLIENT_SECRET,
      redirect_uris: [process.env.OIDC_REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  findAccount: (_context, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
  cookies: { keys: ['end-to-end tests only'] },
  features: { devInteractions: { enabled: true } },
});

// Refusals are printed, so a failing test shows why the provider said no.
for (const event of ['grant.error', 'authorization.error', 'server_error']) {
  provider.on(event, (_context, error) => console.error(`identity provider ${event}: ${error.message} ${error.error_description ?? ''}`));
}

provider.listen(port, '127.0.0.1', () => console.log(`identity provider at ${issuer}`));
