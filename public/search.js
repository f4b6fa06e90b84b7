// The site's only script: runs Pagefind on the search page. Pagefind itself (script, WebAssembly and
// the index of this page's language) is fetched only when the reader starts to search.
const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const strings = JSON.parse(form.dataset.strings);
const lang = document.documentElement.lang;
const plural = new Intl.PluralRules(lang);
const filterNames = ['register', 'category', 'agency', 'payment', 'online'];
const shown = 10;

let pagefind;
function loadPagefind() {
  // Pagefind picks the index of the page's <html lang>: Kyrgyz pages search Kyrgyz, Russian pages Russian.
  pagefind ??= import(form.dataset.pagefind).then(async (module) => {
    await module.init();
    return module;
  });
  return pagefind;
}

/** Pagefind's excerpt as DOM nodes: only its <mark> highlights are kept, everything else is text. */
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent);
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title;
  const title = document.createElement('h2');
  title.append(link);
  const facts = document.createElement('dl');
  for (const [key, value] of [['service.payment', data.meta.cost], ['section.deadline', data.meta.deadline]]) {
    if (!value) continue;
    const term = document.createElement('dt');
    term.textContent = strings[key];
    const detail = document.createElement('dd');
    detail.textContent = value;
    facts.append(term, detail);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'muted';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(title, facts, excerpt);
  return item;
}

function readForm() {
  const params = new URLSearchParams(new FormData(form));
  const filters = Object.fromEntries(filterNames.filter((name) => params.get(name)).map((name) => [name, params.get(name)]));
  return { query: (params.get('q') ?? '').trim(), filters, params };
}

async function runSearch() {
  const { query, filters } = readForm();
  if (!query && Object.keys(filters).length === 0) return;
  status.textContent = strings['search.loading'];
  try {
    const module = await loadPagefind();
    const search = await module.search(query || null, { filters });
    const results = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
    list.replaceChildren(...results.map(resultItem));
    const count = search.results.length;
    status.textContent = count === 0 ? strings['search.none'] : strings[`search.results.${plural.select(count) === 'one' ? 'one' : plural.select(count) === 'many' ? 'many' : 'few'}`].replace('{count}', count);
  } catch (error) {
    status.textContent = strings['search.error'];
    console.error(error);
  }
}

// The query and filters live in the address, so a reload or a shared link repeats the search.
const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
for (const name of filterNames) {
  const select = form.elements.namedItem(name);
  if (select && initial.get(name)) select.value = initial.get(name);
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const { params } = readForm();
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  history.replaceState(null, '', `${location.pathname}?${params}`);
  runSearch();
});
let typing;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(runSearch, 300);
});
input.addEventListener('focus', loadPagefind, { once: true });
runSearch();
