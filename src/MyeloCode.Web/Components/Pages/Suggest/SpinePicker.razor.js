// Space toggles a spine region (SpinePicker handles the key); stop it also scrolling the page, as a real checkbox would.
export function keepSpaceFromScrolling(svg) {
  svg?.addEventListener('keydown', (event) => {
    if ((event.key === ' ' || event.key === 'Spacebar') && event.target instanceof Element && event.target.closest('[data-spine-region]')) {
      event.preventDefault();
    }
  });
}
