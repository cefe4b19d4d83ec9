// An identity provider that forges ID tokens, for the end-to-end tests only, on loopback only.
// It speaks just enough OpenID Connect (discovery, keys, authorization, token, userinfo) to hand the app an ID
// token that is wrong in one chosen way; the tests show that the app refuses every such token and
// accepts the same flow when nothing is wrong. POST /mode?set=<mode> chooses the defect.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

const port = Number(process.env.FORGED_IDP_PORT);
const issuer = `http://127.0.0.1:${port}`;
const clientId = process.env.FORGED_IDP_CLIENT_ID;
const SUBJECT = 'forged-subject';

const signing = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(signing.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const MODES = ['valid', 'wrong-issuer', 'wrong-audience', 'wrong-nonce', 'expired'];
let mode = 'valid';
const codes = new Map();

function json(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readForm(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return new URLSearchParams(body);
}

async function idToken(nonce) {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    sub: SUBJECT,
    nonce: mode === 'wrong-nonce' ? 'not-the-nonce-the-app-sent' : nonce,
    iat: mode === 'expired' ? now - 7200 : now,
    exp: mode === 'expired' ? now - 3600 : now + 300,
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(mode === 'wrong-issuer' ? 'http://127.0.0.1:1/somebody-else' : issuer)
    .setAudience(mode === 'wrong-audience' ? 'another-client' : clientId)
    .sign(signing.privateKey);
}

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url, issuer);
  if (url.pathname === '/.well-known/openid-configuration') {
    return json(response, 200, {
      issuer,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      userinfo_endpoint: `${issuer}/me`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
  }
  if (url.pathname === '/jwks') return json(response, 200, { keys: [jwk] });
  if (url.pathname === '/me') return json(response, 200, { sub: SUBJECT });
  if (url.pathname === '/mode' && request.method === 'POST') {
    const next = url.searchParams.get('set');
    if (!MODES.includes(next)) return json(response, 400, { error: `mode must be one of ${MODES.join(', ')}` });
    mode = next;
    return json(response, 200, { mode });
  }
  if (url.pathname === '/auth') {
    const code = randomBytes(16).toString('hex');
    codes.set(code, url.searchParams.get('nonce'));
    const back = new URL(url.searchParams.get('redirect_uri'));
    back.searchParams.set('code', code);
    back.searchParams.set('state', url.searchParams.get('state') ?? '');
    response.writeHead(302, { location: back.toString() });
    return response.end();
  }
  if (url.pathname === '/token' && request.method === 'POST') {
    const form = await readForm(request);
    const code = form.get('code');
    if (!codes.has(code)) return json(response, 400, { error: 'invalid_grant' });
    const nonce = codes.get(code);
    codes.delete(code);
    return json(response, 200, { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: await idToken(nonce) });
  }
  response.writeHead(404);
  response.end();
});

server.listen(port, '127.0.0.1', () => console.log(`forged identity provider at ${issuer}`));
