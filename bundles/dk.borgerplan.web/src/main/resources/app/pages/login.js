// Login: username and password; a refusal says only that one of them is wrong (or, after many, how long to wait).
import { h, pageHeading, showError, announce } from '../ui.js';
import { t } from '../i18n.js';
import { post, useSession } from '../api.js';
import { textField } from './citizen-new.js';

export const texts = ['session', 'citizen'];
export const styles = ['citizen'];

export async function render(view, [reason] = []) {
  const username = textField('login-username', 'username', t('session.username'),
    { required: true, autocomplete: 'username' });
  const password = textField('login-password', 'password', t('session.password'),
    { required: true, autocomplete: 'current-password' });
  password.input.type = 'password';
  const submit = h('button', { type: 'submit', class: 'primary' }, t('session.logIn'));
  const form = h('form', { class: 'login-form card', novalidate: true }, username.wrapper, password.wrapper,
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const { data } = await post('/api/session', { username: username.input.value, password: password.input.value });
      useSession(data);
      announce(t('session.logIn'));
      const back = sessionStorage.getItem('borgerplan.returnTo');
      sessionStorage.removeItem('borgerplan.returnTo');
      location.hash = data.account.passwordChangeRequired ? '#/password'
        : (back && !back.startsWith('#/login') && !back.startsWith('#/password') ? back : '#/');
    } catch (error) {
      // The password is cleared, so the usual "nothing typed is lost" would not be true here.
      password.input.value = '';
      showError(form, error).querySelector('.kept')?.remove();
      password.input.focus();
    } finally {
      submit.disabled = false;
    }
  });
  view.append(pageHeading(t('session.loginTitle')));
  // Back from the municipality's identity provider without a login: say so, and offer both ways again.
  if (reason === 'oidc-refused' || reason === 'locked') {
    view.append(h('div', { class: 'error-box', role: 'alert' },
      t(reason === 'locked' ? 'session.locked' : 'session.oidcRefused')));
  }
  const provider = await identityProvider();
  if (provider) {
    view.append(h('p', {}, h('a', { class: 'button primary', href: '/api/session/oidc/start' },
      t('session.logInWith', { provider: provider.displayName }))), h('p', { class: 'intro' }, t('session.orPassword')), form);
  } else {
    view.append(h('p', { class: 'intro' }, t('session.loginIntro')), form);
  }
}

/** The municipality's identity provider, when Borgerplan has one (404 when not). */
async function identityProvider() {
  try {
    const answer = await fetch('/api/session/oidc', { headers: { Accept: 'application/json' } });
    return answer.ok ? await answer.json() : null;
  } catch {
    return null;
  }
}
