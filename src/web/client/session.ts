/**
 * Staff sign-in: a person pastes a token (a JWT, sent as `Authorization: Bearer`)
 * or an API key (`tk_…`, sent as `X-API-Key`) once; the page keeps it in
 * sessionStorage (this tab only, gone when the tab closes) and sends it as a
 * header on its GraphQL, GeoJSON and tile requests, never in a URL. Signing
 * out forgets it.
 */

const STORAGE_KEY = 'territorio.credencial';
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
const API_KEY = /^tk_[A-Za-z0-9_-]{43}$/;

/** Who the server says the credential is (GET /mapa/sesion). */
export interface Session {
  role: string;
  territorial: { id: string; clave: string; nombre: string } | null;
}

function stored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

let credential: string | null = stored();

function headersFor(text: string | null): Record<string, string> {
  if (!text) return {};
  return API_KEY.test(text) ? { 'x-api-key': text } : { authorization: `Bearer ${text}` };
}

/** The headers that carry the credential, or none. */
export function authHeaders(): Record<string, string> {
  return headersFor(credential);
}

export function signedIn(): boolean {
  return credential !== null;
}

/** Why a pasted text is neither a token nor an API key, or null when it looks like one. */
export function credentialProblem(text: string): string | null {
  if (JWT.test(text) || API_KEY.test(text)) return null;
  return 'No es un token (tres partes separadas por puntos) ni una clave de API (tk_ y 43 caracteres).';
}

/** Asks the server who a credential is; a refused credential is an Error with the server's reason. */
export async function whoIs(headers: Record<string, string>): Promise<Session> {
  const response = await fetch('/mapa/sesion', { headers, cache: 'no-store' });
  const body = (await response.json().catch(() => ({}))) as Session & { description?: string };
  if (!response.ok) throw new Error(body.description ?? `el servidor respondió ${response.status}`);
  return body;
}

/** Checks the credential with the server and keeps it; nothing is kept when the server refuses it. */
export async function signIn(text: string): Promise<Session> {
  const candidate = text.trim();
  const problem = credentialProblem(candidate);
  if (problem) throw new Error(problem);
  const session = await whoIs(headersFor(candidate));
  credential = candidate;
  try {
    sessionStorage.setItem(STORAGE_KEY, candidate);
  } catch {
    // Storage refused (private mode): the credential stays in memory for this page only.
  }
  return session;
}

export function signOut(): void {
  credential = null;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}
