// Dark mode without a circuit. Follows the system setting (prefers-color-scheme) until the person picks a theme
// with the toggle; the choice is kept in localStorage. Loaded as a plain script in <head>, so data-theme is on
// <html> before the first paint. Enhanced navigation re-syncs every attribute with the server's HTML (which has
// no data-theme and aria-pressed="false"), so a MutationObserver puts our values back before the next paint.
(() => {
  const key = 'myelocode-theme';
  const root = document.documentElement;
  const media = window.matchMedia('(prefers-color-scheme: dark)');

  function chosen() {
    try {
      const value = localStorage.getItem(key);
      return value === 'dark' || value === 'light' ? value : null;
    } catch {
      return null;
    }
  }

  const current = () => chosen() ?? (media.matches ? 'dark' : 'light');

  function apply() {
    const theme = current();
    if (root.getAttribute('data-theme') !== theme) root.setAttribute('data-theme', theme);
    const pressed = String(theme === 'dark');
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
    }
  }

  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  media.addEventListener('change', apply);
  document.addEventListener('DOMContentLoaded', () => {
    apply();
    new MutationObserver(apply).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed'] });
  });

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-theme-toggle]') : null;
    if (!button) return;
    const next = current() === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(key, next);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
      root.setAttribute('data-theme', next);
      return;
    }
    apply();
  });
})();
