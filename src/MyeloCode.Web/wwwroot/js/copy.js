// One-click copy for every button with a data-copy attribute, on static and interactive pages alike.
// navigator.clipboard only exists in secure contexts (HTTPS or localhost); an intranet host over plain HTTP
// falls back to selecting a hidden textarea and execCommand('copy'), which browsers still honour for a user click.
(() => {
  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        // Permission refused or document not focused: try the selection path below.
      }
    }
    return copyBySelection(text);
  }

  function copyBySelection(text) {
    const previousFocus = document.activeElement;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.className = 'copy-buffer';
    document.body.appendChild(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    if (previousFocus instanceof HTMLElement) previousFocus.focus();
    return copied;
  }

  let hideTimer;
  function announce(message, ok) {
    const toast = document.getElementById('copy-toast');
    if (!toast) return;
    toast.textContent = message;
    toast.classList.toggle('copy-toast-error', !ok);
    toast.classList.add('copy-toast-visible');
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => toast.classList.remove('copy-toast-visible'), 4000);
  }

  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
    if (!button) return;
    event.preventDefault();
    const text = button.getAttribute('data-copy') ?? '';
    const ok = await copyText(text);
    // Long text (an audit note) names itself instead of being read out in full.
    const shown = button.getAttribute('data-copy-announce') ?? text.split('\n').join(', ');
    announce(ok ? `Copied: ${shown}` : `Could not copy. Select the text and press Ctrl+C: ${shown}`, ok);
  });

  window.myeloCopy = { copyText, copyBySelection };
})();
