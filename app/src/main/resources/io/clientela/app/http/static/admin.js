'use strict';
/*
 * The administration page (issue #14), for admins: users (add, disable or enable, change the role,
 * remove), API keys (create, showing the secret once; revoke) and the analyses (run value or voice,
 * with their progress). Registered in CLIENTELA_PAGES; app.js hands it its helpers. Every value from
 * the server goes into the page as text.
 */
window.CLIENTELA_PAGES = Object.assign(window.CLIENTELA_PAGES || {}, {
  admin: (h) => async function admin() {
    const {el, api, post, send, t, state, runBar, Denied, render} = h;
    if (state.me.role !== 'admin') throw new Denied('admins only');
    const [users, keys] = await Promise.all([api('/api/v1/users'), api('/api/v1/apikeys')]);
    const error = el('p', {class: 'error', id: 'admin-error', role: 'alert'});
    // a change re-draws the page; a refusal (the last admin, a taken name) stays on it; a cancelled one (false) changes nothing
    const act = (work) => async () => {
      error.textContent = '';
      try { if (await work() !== false) render(); } catch (e) { error.textContent = String(e.message); }
    };
    const roles = ['admin', 'analyst', 'agent', 'viewer'];
    const roleSelect = (attrs, selected) => el('select', attrs, roles.map(r => el('option', {value: r, text: t('role.' + r),
      selected: r === selected ? 'selected' : null})));
    const scroll = (tableEl) => el('div', {class: 'scroll'}, tableEl);
    const head = (cols) => el('thead', {}, el('tr', {}, cols.map(c => el('th', {i18n: 'col.' + c}))));

    // users
    const userRows = users.items.map(u => {
      const me = u.username === state.me.username;
      const path = '/api/v1/users/' + encodeURIComponent(u.username);
      const role = roleSelect({class: 'user-role', 'aria-label': t('col.role') + ' ' + u.username}, u.role);
      role.addEventListener('change', act(() => send('PATCH', path, {role: role.value})));
      const toggle = el('button', {type: 'button', class: 'user-toggle', i18n: u.disabled ? 'admin.enable' : 'admin.disable',
        onclick: act(() => send('PATCH', path, {disabled: !u.disabled}))});
      const remove = el('button', {type: 'button', class: 'user-remove', i18n: 'admin.remove', onclick: act(async () => {
        if (!confirm(t('admin.confirmremove') + ' ' + u.username)) return false;
        await send('DELETE', path);
      })});
      return el('tr', {'data-user': u.username, class: u.disabled ? 'disabled-row' : ''},
        el('td', {text: u.username + (me ? ' (' + t('admin.you') + ')' : '')}), el('td', {}, role),
        el('td', {class: 'user-state', i18n: u.disabled ? 'admin.disabled' : 'admin.enabled'}), el('td', {text: I18N.date(u.created_at)}),
        el('td', {class: 'actions'}, toggle, remove));
    });
    const usersTable = el('table', {id: 'admin-users'}, head(['username', 'role', 'state', 'added_at', 'actions']), el('tbody', {}, userRows));
    const name = el('input', {id: 'new-user-name', required: 'required', maxlength: '64', autocomplete: 'off'});
    const password = el('input', {id: 'new-user-password', type: 'password', required: 'required', minlength: '10', autocomplete: 'new-password'});
    const newRole = roleSelect({id: 'new-user-role'}, 'viewer');
    const addUser = el('form', {class: 'admin-form', id: 'add-user', onsubmit: (ev) => {
      ev.preventDefault();
      act(() => post('/api/v1/users', {username: name.value.trim(), role: newRole.value, password: password.value}))();
    }}, el('label', {}, el('span', {i18n: 'admin.username'}), name), el('label', {}, el('span', {i18n: 'admin.password'}), password),
    el('label', {}, el('span', {i18n: 'col.role'}), newRole), el('button', {type: 'submit', id: 'add-user-go', i18n: 'admin.add'}));

    // API keys
    const keyRows = keys.keys.map(k => el('tr', {'data-key': k.key_id, class: k.revoked_at ? 'disabled-row' : ''},
      el('td', {text: k.key_id}), el('td', {text: t('keyrole.' + k.role)}), el('td', {text: k.source}), el('td', {text: k.label || ''}),
      el('td', {text: I18N.date(k.created_at)}), el('td', {text: k.revoked_at ? I18N.date(k.revoked_at) : t('admin.active')}),
      el('td', {class: 'actions'}, k.revoked_at ? '' : el('button', {type: 'button', class: 'key-revoke', i18n: 'admin.revoke', onclick: act(async () => {
        if (!confirm(t('admin.confirmrevoke') + ' ' + k.key_id)) return false;
        await send('DELETE', '/api/v1/apikeys/' + encodeURIComponent(k.key_id));
      })}))));
    const keysTable = el('table', {id: 'admin-keys'}, head(['key_id', 'role', 'source', 'label', 'added_at', 'revoked_at', 'actions']),
      el('tbody', {}, keyRows));
    const keyRole = el('select', {id: 'new-key-role'}, ['write', 'read', 'admin'].map(r => el('option', {value: r, text: t('keyrole.' + r)})));
    const keySource = el('input', {id: 'new-key-source', value: 'web', maxlength: '32', pattern: '[a-z][a-z0-9_-]{0,31}'});
    const keyLabel = el('input', {id: 'new-key-label', maxlength: '200'});
    const addKey = el('form', {class: 'admin-form', id: 'add-key', onsubmit: (ev) => {
      ev.preventDefault();
      act(async () => {
        const k = await post('/api/v1/apikeys', {role: keyRole.value, source: keySource.value.trim(), label: keyLabel.value.trim() || null});
        state.newKey = k; // shown once, on the next drawing of the page
      })();
    }}, el('label', {}, el('span', {i18n: 'admin.keyrole'}), keyRole), el('label', {}, el('span', {i18n: 'col.source'}), keySource),
    el('label', {}, el('span', {i18n: 'col.label'}), keyLabel), el('button', {type: 'submit', id: 'add-key-go', i18n: 'admin.create'}));
    const secret = state.newKey ? el('div', {class: 'secret', id: 'new-key'}, el('p', {i18n: 'admin.secret'}),
      el('code', {id: 'new-key-secret', text: state.newKey.key})) : '';
    state.newKey = null;

    return [el('h2', {i18n: 'admin.title'}), error,
      el('div', {class: 'card', id: 'admin-users-card'}, el('h3', {i18n: 'admin.users'}),
        users.items.length ? scroll(usersTable) : el('p', {class: 'muted', i18n: 'admin.nousers'}), addUser),
      el('div', {class: 'card', id: 'admin-keys-card'}, el('h3', {i18n: 'admin.keys'}), secret,
        keys.keys.length ? scroll(keysTable) : el('p', {class: 'muted', id: 'admin-nokeys', i18n: 'admin.nokeys'}), addKey),
      el('div', {class: 'card', id: 'admin-runs'}, el('h3', {i18n: 'admin.analyses'}), runBar('value'), runBar('voice'))];
  }
});
