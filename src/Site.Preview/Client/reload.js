// Live reload for `site preview`: reloads the page when the site is rebuilt.
(() => {
  const script = document.currentScript;
  const loaded = script ? script.dataset.version : null;
  const source = new EventSource('/_site/events');
  source.addEventListener('hello', (event) => {
    // A rebuild may have finished between loading this page and connecting.
    if (loaded !== null && event.data !== loaded) {
      location.reload();
    }
  });
  source.addEventListener('reload', () => location.reload());
})();
