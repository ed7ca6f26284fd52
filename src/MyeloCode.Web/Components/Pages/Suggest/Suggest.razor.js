// Keeps the address bar in step with the choices without a navigation: the page already shows the new answer, and a
// navigation would re-render the page on the server and move the focus away from the control just used.
export function replaceUrl(url) {
  if (location.pathname + location.search !== url) {
    history.replaceState(history.state, '', url);
  }
}
