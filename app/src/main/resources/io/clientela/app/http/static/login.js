'use strict';
(function () {
  I18N.apply(document);
  const sel = document.getElementById('lang-select');
  sel.value = I18N.lang();
  sel.addEventListener('change', () => { I18N.setLang(sel.value); I18N.apply(document); });
  document.getElementById('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const err = document.getElementById('login-error');
    err.textContent = '';
    const res = await fetch('/auth/login', {
      method: 'POST', headers: {'Content-Type': 'application/json', 'Accept-Language': I18N.lang()}, credentials: 'same-origin',
      body: JSON.stringify({username: document.getElementById('username').value, password: document.getElementById('password').value})
    });
    if (res.ok) {
      // back to the view the user came from (a shared link with its filters), only ever a page of this dashboard
      const next = new URLSearchParams(location.search).get('next') || '';
      location.href = /^\/index\.html(\?[^#]*)?(#[A-Za-z0-9_\-\/%=&.+]*)?$/.test(next) ? next : '/index.html#overview';
      return;
    }
    let detail = res.status;
    try { detail = (await res.json()).detail; } catch (e) { /* not JSON */ }
    err.textContent = I18N.t(res.status === 429 ? 'login.limited' : 'login.failed') + ' (' + detail + ')';
  });
})();
