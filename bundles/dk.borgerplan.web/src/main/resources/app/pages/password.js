// Choosing one's own password: required after a one-time password, possible at any time.
import { h, pageHeading, showError, announce } from '../ui.js';
import { t } from '../i18n.js';
import { put, currentSession, useSession } from '../api.js';
import { textField, showFieldErrors } from './citizen-new.js';

export const texts = ['session', 'citizen'];
export const styles = ['citizen'];

export async function render(view) {
  if (!await currentSession()) {
    location.replace('#/login');
    return;
  }
  const current = textField('password-current', 'currentPassword', t('session.currentPassword'),
    { required: true, autocomplete: 'current-password' });
  const next = textField('password-new', 'newPassword', t('session.newPassword'),
    { required: true, autocomplete: 'new-password' });
  const repeat = textField('password-repeat', 'repeatPassword', t('session.repeatPassword'),
    { required: true, autocomplete: 'new-password' });
  for (const field of [current, next, repeat]) field.input.type = 'password';
  const submit = h('button', { type: 'submit', class: 'primary' }, t('session.changePassword'));
  const form = h('form', { class: 'password-form card', novalidate: true }, current.wrapper, next.wrapper,
    repeat.wrapper, h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (next.input.value !== repeat.input.value) {
      const mismatch = { fieldMessage: (field) => (field === 'repeatPassword' ? t('session.notSame') : undefined) };
      showFieldErrors(form, mismatch)?.focus();
      return;
    }
    submit.disabled = true;
    try {
      const { data } = await put('/api/session/password', { currentPassword: current.input.value,
        newPassword: next.input.value });
      useSession(data);
      announce(t('session.passwordChanged'));
      location.hash = '#/';
    } catch (error) {
      const first = showFieldErrors(form, error);
      showError(form, error);
      first?.focus();
    } finally {
      submit.disabled = false;
    }
  });
  view.append(pageHeading(t('session.passwordTitle')), h('p', { class: 'intro' }, t('session.passwordIntro')), form);
}
