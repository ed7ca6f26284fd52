// Search as you type, without a circuit. The app bar's search is a plain GET form to /codes?q= (it works with no
// JavaScript); with it, typing shows the best matches from /api/search in a listbox under the box, following the
// ARIA combobox pattern: Down/Up move, Enter opens the highlighted code (or submits), Escape closes.
// Also: filter forms leave empty fields out of the URL.
// Everything is delegated from document, so it survives enhanced navigation's DOM patching.
(() => {
  const debounceMs = 120;
  let timer = 0;
  let controller = null;
  let active = -1;

  const parts = (input) => {
    const form = input.closest('form');
    return { form, list: document.getElementById(input.getAttribute('aria-controls')), status: document.getElementById(input.getAttribute('aria-describedby')) };
  };

  function close(input) {
    const { list } = parts(input);
    if (!list) return;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function option(id, href, main, detail) {
    const item = document.createElement('li');
    item.id = id;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.className = 'quick-result';
    item.dataset.testid = 'quick-result';
    const link = document.createElement('a');
    link.href = href;
    link.tabIndex = -1;
    const strong = document.createElement('span');
    strong.className = 'quick-result-main';
    strong.textContent = main;
    link.append(strong);
    if (detail) {
      const small = document.createElement('span');
      small.className = 'quick-result-why';
      small.textContent = detail;
      link.append(small);
    }
    item.append(link);
    return item;
  }

  async function suggest(input) {
    const q = input.value.trim();
    const { list, status } = parts(input);
    if (!list) return;
    if (q.length === 0) {
      close(input);
      return;
    }
    controller?.abort();
    controller = new AbortController();
    let body;
    try {
      // The page's date of service, if one was chosen, so the hits' links keep it.
      const dos = new URLSearchParams(location.search).get('dos');
      const response = await fetch(`/api/search?limit=8&q=${encodeURIComponent(q)}${dos ? `&dos=${encodeURIComponent(dos)}` : ''}`, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) return close(input);
      body = await response.json();
    } catch {
      return;
    }
    if (input.value.trim() !== q) return;
    const items = body.results.map((r, i) => option(`quick-result-${i}`, r.url, `${r.code} ${r.label}`, r.why.join('; ')));
    if (body.didYouMean) items.unshift(option('quick-result-dym', `/codes?q=${encodeURIComponent(body.didYouMean)}`, `Did you mean: ${body.didYouMean}`, ''));
    items.push(option('quick-result-all', `/codes?q=${encodeURIComponent(q)}`, body.total > 0 ? `All ${body.total} results for “${q}”` : `No code matches “${q}”: open the search page`, ''));
    list.replaceChildren(...items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (status) status.textContent = body.total === 1 ? '1 result' : `${body.total} results`;
  }

  function move(input, delta) {
    const { list } = parts(input);
    if (!list || list.hidden) return;
    const options = [...list.querySelectorAll('[role="option"]')];
    if (options.length === 0) return;
    active = (active + delta + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  function go(href) {
    if (window.Blazor?.navigateTo) window.Blazor.navigateTo(href);
    else location.href = href;
  }

  document.addEventListener('input', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-search-input')) return;
    clearTimeout(timer);
    timer = setTimeout(() => suggest(input), debounceMs);
  });

  document.addEventListener('keydown', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-search-input')) return;
    const { list } = parts(input);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (list?.hidden) suggest(input).then(() => move(input, 1));
      else move(input, 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(input, -1);
    } else if (event.key === 'Escape') {
      if (list && !list.hidden) {
        event.preventDefault();
        close(input);
      }
    } else if (event.key === 'Enter' && list && !list.hidden && active >= 0) {
      event.preventDefault();
      const link = list.querySelectorAll('[role="option"] a')[active];
      close(input);
      if (link) go(link.getAttribute('href'));
    }
  });

  document.addEventListener('focusout', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-search-input')) return;
    // Leave time for a click on an option to land before the list goes.
    setTimeout(() => {
      if (!input.closest('form')?.contains(document.activeElement)) close(input);
    }, 150);
  });

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.quick-results a') : null;
    if (!link) return;
    const input = link.closest('form')?.querySelector('[data-search-input]');
    if (input) close(input);
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const input = form.querySelector('[data-search-input]');
    if (input) close(input);
    if (!form.hasAttribute('data-drop-empty')) return;
    // /codes?region=cervical rather than /codes?q=&region=cervical&route=&kind=: disabled fields are not submitted.
    const empty = [...form.elements].filter((e) => (e instanceof HTMLInputElement || e instanceof HTMLSelectElement) && e.name && e.value === '');
    empty.forEach((e) => (e.disabled = true));
    setTimeout(() => empty.forEach((e) => (e.disabled = false)), 0);
  }, true);
})();
