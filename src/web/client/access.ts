import { gql } from './api';
import { authHeaders, credentialProblem, signedIn, signIn, signOut, whoIs, type Session } from './session';

/**
 * The «Acceso del personal» block of the side column: a credential pasted
 * once (session.ts keeps it), who it is, and «Salir». The map is told when
 * the caller changes (every figure again) and where its home is: an
 * OPERATOR's own territorial, else the whole alcaldía.
 */

export type Bbox = [number, number, number, number];

export interface AccessHooks {
  /** Signed in or out: ask every figure again, as the new caller. */
  callerChanged(): void;
  /** Where the map rests: an OPERATOR's territorial (its panel opened), or null for the alcaldía. */
  goHome(home: { territorialId: string; bbox: Bbox } | null): void;
  /** A message for the page's notice. */
  notice(message: string): void;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const PUBLIC_NOTE =
  'Cifras públicas: los desgloses de 1 a 4 personas se ocultan (secreto estadístico), como en la API.';

/** Shows who the page asks as; an OPERATOR's map goes to its own territorial when `goHome`. */
async function applySession(session: Session | null, hooks: AccessHooks, goHome: boolean): Promise<void> {
  const staff = session !== null && session.role !== 'PUBLIC';
  const where = session?.territorial ? ` · ${session.territorial.clave} ${session.territorial.nombre}` : '';
  $('acceso-resumen').textContent = staff ? `Sesión: ${session.role}${where}` : 'Acceso del personal';
  $('acceso').dataset.rol = session?.role ?? 'PUBLIC';
  // Signed in, «Salir» is in view (also after a reload).
  if (staff) $<HTMLDetailsElement>('acceso').open = true;
  $('acceso-formulario').hidden = staff;
  $('acceso-salir').hidden = !staff;
  $('privacidad').textContent = !staff
    ? PUBLIC_NOTE
    : ['ANALYST', 'OPERATOR', 'ADMIN'].includes(session.role)
      ? `Sesión ${session.role}: cifras sin ocultar (no se publican).`
      : `Sesión ${session.role}: las mismas cifras que el público.`;
  if (!goHome) return;
  if (session?.territorial && session.role === 'OPERATOR') {
    const data = await gql('query Limites($id: ID!) { territorial(id: $id) { id bbox } }', {
      id: session.territorial.id,
    });
    const bbox = data.territorial?.bbox as Bbox | undefined;
    if (bbox) return hooks.goHome({ territorialId: session.territorial.id, bbox });
  }
  hooks.goHome(null);
}

/**
 * Wires the block and restores a session kept by this tab: checked with the server again (a token may have
 * expired: then forgotten, said, and the public figures shown). `goHome`: whether an OPERATOR's map may go to
 * its territorial (not when the URL names a panel).
 */
export async function startAccess(hooks: AccessHooks, goHome: boolean): Promise<void> {
  const input = $<HTMLInputElement>('credencial');
  const status = $('acceso-estado');
  $('acceso-formulario').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    const problem = credentialProblem(text);
    if (problem) {
      status.textContent = problem;
      return;
    }
    status.textContent = 'Comprobando…';
    signIn(text).then(
      async (session) => {
        input.value = '';
        status.textContent = '';
        await applySession(session, hooks, true);
        hooks.callerChanged();
      },
      (error: Error) => {
        input.value = '';
        status.textContent = `No se pudo entrar: ${error.message}`;
      },
    );
  });
  $('acceso-salir').addEventListener('click', () => {
    signOut();
    void applySession(null, hooks, true);
    hooks.callerChanged();
  });
  if (!signedIn()) return applySession(null, hooks, false);
  try {
    await applySession(await whoIs(authHeaders()), hooks, goHome);
  } catch (error) {
    signOut();
    hooks.notice(`La sesión terminó (${(error as Error).message}): se muestran las cifras públicas.`);
    await applySession(null, hooks, false);
  }
}
