// Signing in: the analyst pastes a token made with `sitrep token create`; it is checked against the API, kept
// in sessionStorage (gone when the tab closes) and sent as a bearer header. It never goes into a URL.
import { ApiFailure, request, storeToken, storedToken } from './api.js';
import { announce, el, fill } from './dom.js';
import type { ApiSession } from '../server/schemas.js';

const NAME_KEY = 'sitrep.analyst';

export const analystName = (): string | null => (storedToken() ? sessionStorage.getItem(NAME_KEY) : null);
export const signedIn = (): boolean => analystName() !== null;

export async function signIn(token: string): Promise<string> {
  const session = await request<ApiSession>('GET', '/api/session', { token });
  storeToken(token);
  sessionStorage.setItem(NAME_KEY, session.name);
  return session.name;
}

export function signOut(): void {
  storeToken(null);
  sessionStorage.removeItem(NAME_KEY);
}

/** The header's sign-in form, or the analyst's name with a sign-out button; `changed` runs after either. */
export function renderSession(container: HTMLElement, changed: () => void): void {
  const name = analystName();
  if (name) {
    const out = el('button', { type: 'button', id: 'sign-out' }, 'Sign out');
    out.addEventListener('click', () => {
      signOut();
      announce('Signed out.');
      renderSession(container, changed);
      changed();
    });
    fill(container, el('span', { class: 'analyst', id: 'analyst-name' }, 'Signed in as ', el('strong', {}, name)), out);
    return;
  }
  const input = el('input', { type: 'password', id: 'token-input', name: 'token', autocomplete: 'off', required: true, placeholder: 'analyst token', 'aria-label': 'Analyst token' });
  const form = el('form', { id: 'sign-in', class: 'sign-in', 'aria-label': 'Sign in' }, input, el('button', { type: 'submit' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const who = await signIn(input.value.trim());
      announce(`Signed in as ${who}.`);
      renderSession(container, changed);
      changed();
    } catch (e) {
      announce(e instanceof ApiFailure && e.status === 401 ? 'That token is not valid.' : `Sign-in failed: ${(e as Error).message}`, 'error');
      input.select();
    }
  });
  fill(container, form);
}
