// Starred and recently opened codes, kept in this browser only (localStorage), never sent to the server.
// A code page marks itself with data-code-page; its star is a real toggle button. The home page's "Your codes"
// section and the search box (focused while empty) list them. Re-applied after every enhanced navigation.
(() => {
  const key = 'myelocode-codes';
  const maxRecent = 10;

  function load() {
    try {
      const value = JSON.parse(localStorage.getItem(key) ?? '{}');
      return { starred: Array.isArray(value.starred) ? value.starred : [], recent: Array.isArray(value.recent) ? value.recent : [] };
    } catch {
      return { starred: [], recent: [] };
    }
  }

  function save(state) {
    try {
      localStorage.setItem(key, JSON.stringify(state));
    } catch {
      // Private mode without storage: nothing is kept.
    }
  }

  const valid = (code) => /^\d{4}[0-9A-Z]$/.test(code);

  function item(code, label) {
    const li = document.createElement('li');
    li.dataset.code = code;
    const link = document.createElement('a');
    link.href = `/codes/${code}`;
    link.className = 'code-link';
    link.textContent = code;
    li.append(link, ` ${label}`);
    return li;
  }

  function apply() {
    const state = load();
    const page = document.querySelector('[data-code-page]');
    if (page && valid(page.dataset.codePage)) {
      const code = page.dataset.codePage;
      const label = page.dataset.codeLabel ?? '';
      if (state.recent[0]?.code !== code) {
        state.recent = [{ code, label }, ...state.recent.filter((c) => c.code !== code)].slice(0, maxRecent);
        save(state);
      }
    }
    for (const button of document.querySelectorAll('[data-star]')) {
      const on = state.starred.some((c) => c.code === button.dataset.star);
      button.setAttribute('aria-pressed', String(on));
    }
    const section = document.querySelector('[data-my-codes]');
    if (section) {
      for (const list of section.querySelectorAll('[data-my-list]')) {
        const entries = state[list.dataset.myList] ?? [];
        list.replaceChildren(...entries.filter((c) => valid(c.code)).map((c) => item(c.code, c.label)));
        list.closest('[data-my-group]')?.toggleAttribute('hidden', entries.length === 0);
      }
      section.hidden = state.starred.length === 0 && state.recent.length === 0;
    }
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const star = target?.closest('[data-star]');
    if (star) {
      const state = load();
      const code = star.dataset.star;
      state.starred = state.starred.some((c) => c.code === code)
        ? state.starred.filter((c) => c.code !== code)
        : [...state.starred, { code, label: star.dataset.label ?? '' }];
      save(state);
      apply();
      return;
    }
    if (target?.closest('[data-my-clear]')) {
      save({ starred: [], recent: [] });
      apply();
      document.querySelector('h1')?.focus();
    }
  });

  // The search box, focused while empty, offers the starred and recent codes (search.js handles the keys).
  document.addEventListener('focusin', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-search-input') || input.value.trim() !== '') return;
    const list = document.getElementById(input.getAttribute('aria-controls'));
    if (!list) return;
    const state = load();
    const seen = new Set();
    const options = [...state.starred.map((c) => ({ ...c, why: 'Starred' })), ...state.recent.map((c) => ({ ...c, why: 'Recently opened' }))]
      .filter((c) => valid(c.code) && !seen.has(c.code) && seen.add(c.code))
      .map((c, i) => {
        const li = document.createElement('li');
        li.id = `quick-result-mine-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'quick-result';
        li.dataset.testid = 'quick-result';
        const link = document.createElement('a');
        link.href = `/codes/${c.code}`;
        link.tabIndex = -1;
        const main = document.createElement('span');
        main.className = 'quick-result-main';
        main.textContent = `${c.code} ${c.label}`;
        const why = document.createElement('span');
        why.className = 'quick-result-why';
        why.textContent = c.why;
        link.append(main, why);
        li.append(link);
        return li;
      });
    if (options.length === 0) return;
    list.replaceChildren(...options);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  });

  apply();
  document.addEventListener('DOMContentLoaded', apply);
  window.Blazor?.addEventListener?.('enhancedload', apply);
})();
