// The date of service form sends the page's other query values along as hidden fields. An interactive page such as
// /suggest rewrites its URL as the coder chooses, so the fields are refreshed from the address bar before sending.
document.addEventListener('submit', event => {
  const form = event.target.closest?.('[data-dos-form]');
  if (!form) return;
  form.querySelectorAll('input[type=hidden]').forEach(input => input.remove());
  const first = form.firstChild;
  for (const [name, value] of new URLSearchParams(location.search)) {
    if (name.toLowerCase() === 'dos') continue;
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.insertBefore(input, first);
  }
}, true);
