// Starts Pagefind (its script, WebAssembly and this language's index metadata) as soon as a person
// reaches for the search button, instead of after their first keystroke. Starlight's search UI
// later imports the same module URL, so it gets this already-initialised instance.
const start = () => import(new URL('./pagefind/pagefind.js', import.meta.url).href).then((pagefind) => pagefind.init());
let started;
const warm = (event) => {
  if (event.target instanceof Element && event.target.closest('button[data-open-modal]')) started ??= start();
};
for (const type of ['pointerover', 'focusin', 'touchstart']) document.addEventListener(type, warm, { passive: true });
