// Login: username and password; a refusal says only that one of them is wrong (or, after many, how long to wait).
import { h, pageHeading, showError, announce } from '../ui.js';
import { t } from '../i18n.js';
import { post, useSession } from '../api.js';
import { textField } from './citizen-new.js';

export const texts = ['session', 'citizen'];
export const styles = ['citizen'];

export async function render(view) {
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
  view.append(pageHeading(t('session.loginTitle')), h('p', { class: 'intro' }, t('session.loginIntro')), form);
}
