// Keyboard shortcuts on every page: / search, c copy the code (code pages), s suggest, ? list them. Never while
// the person types in a field, nor with Ctrl, Alt or Meta (the browser's and screen readers' own shortcuts).
(() => {
  function typing(target) {
    if (!(target instanceof Element)) return false;
    return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"]') !== null;
  }

  function go(href) {
    if (window.Blazor?.navigateTo) window.Blazor.navigateTo(href);
    else location.href = href;
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing || typing(event.target)) return;
    const dialog = document.getElementById('shortcuts-dialog');
    if (dialog?.open) return;
    switch (event.key) {
      case '/': {
        const input = document.querySelector('[data-search-input]');
        if (!input) return;
        event.preventDefault();
        input.focus();
        input.select();
        break;
      }
      case 'c': {
        const button = document.querySelector('[data-code-page] [data-copy]');
        if (!button) return;
        event.preventDefault();
        button.click();
        break;
      }
      case 's':
        if (location.pathname === '/suggest') return;
        event.preventDefault();
        go('/suggest');
        break;
      case '?':
        if (!dialog) return;
        event.preventDefault();
        dialog.showModal();
        break;
    }
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-shortcuts-close]')) document.getElementById('shortcuts-dialog')?.close();
    else if (target?.closest('[data-shortcuts-open]')) document.getElementById('shortcuts-dialog')?.showModal();
  });
})();
