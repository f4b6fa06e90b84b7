import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { repoRoot } from '../helpers/fixtures.ts';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every file of a built site with the given extension, as paths relative to the site root, sorted. */
export function filesOf(dist: string, extension: string): string[] {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith(extension))
    .map((file) => relative(dist, join(dist, file)))
    .sort();
}

/** Every element of an HTML document, parsed the way a browser parses it (including inside <template>). */
export function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child as Node);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

export const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** The text a reader sees, with markup removed and entities decoded. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if ('childNodes' in node && !['script', 'style', 'head'].includes(node.nodeName)) for (const child of node.childNodes) walk(child as Node);
  };
  walk(parse(html) as unknown as Node);
  return parts.join('');
}

/** True for an address that leaves the site: an absolute or protocol-relative URL. */
export const isOtherHost = (url: string) => /^\s*([a-z][a-z0-9+.-]*:)?\/\//i.test(url);

/** A URL scheme that runs code or embeds content instead of linking to a page. */
export const isExecutableUrl = (url: string) => /^(javascript|data|vbscript):/i.test(url.replace(/[\u0000-\u0020]/g, ''));

const allowedScript = (element: Element) => {
  const type = attr(element, 'type');
  if (type === 'application/ld+json') return true;
  const src = attr(element, 'src');
  return src !== undefined && isSitePath(src);
};

/** Every markup that could run code, load something from another host or restyle the page, in one HTML page. */
export function executableMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const element of elementsOf(html)) {
    const tag = element.tagName;
    if (tag === 'script' && !allowedScript(element)) problems.push(`<script${element.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`);
    if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(tag)) problems.push(`<${tag}>`);
    if (tag === 'form' && !isSitePath(attr(element, 'action') ?? '')) problems.push(`<form action="${attr(element, 'action')}">`);
    if (tag === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'refresh' && !isOwnRedirect(attr(element, 'content') ?? '')) {
      problems.push(`<meta http-equiv="refresh" content="${attr(element, 'content')}">`);
    }
    for (const { name, value } of element.attrs) {
      if (/^on/i.test(name)) problems.push(`<${tag} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset'].includes(name) && isExecutableUrl(value)) problems.push(`<${tag} ${name}="${value}">`);
      if (['src', 'srcset', 'poster', 'data'].includes(name) && isOtherHost(value)) problems.push(`<${tag} ${name}="${value}"> loads from another host`);
      if (name === 'style' && /url\(|@import|expression\(/i.test(value)) problems.push(`<${tag} style="${value}">`);
    }
    if (tag === 'link' && /stylesheet|preload|prefetch|modulepreload|import|icon/i.test(attr(element, 'rel') ?? '') && isOtherHost(attr(element, 'href') ?? '')) {
      problems.push(`<link rel="${attr(element, 'rel')}" href="${attr(element, 'href')}"> loads from another host`);
    }
  }
  return problems;
}

const isSitePath = (url: string) => /^\/(?!\/)/.test(url);
// A redirect page left at a former address points to a path of this site.
const isOwnRedirect = (content: string) => isSitePath(content.trim().replace(/^\d+;\s*url=/i, ''));

/**
 * Builds the site the way `npm run build` does, from any checkout, and never waits longer than the
 * time bound: a hostile registry must not hang the build.
 */
export function buildWithin(options: { registry: string; cwd?: string; env?: Record<string, string | undefined>; seconds?: number }): {
  dist: string;
  status: number | null;
  output: string;
  timedOut: boolean;
} {
  const cwd = options.cwd ?? repoRoot;
  // Astro writes its prerender chunks to <cwd>/.astro/ when the output folder is outside the working
  // folder, so builds running side by side would overwrite each other's; inside it they stay apart.
  const cache = join(cwd, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dist = mkdtempSync(join(cache, 'kyzmat-trust-dist-'));
  const result = spawnSync(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd,
    env: { ...process.env, KYZMAT_REGISTRY: options.registry, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    encoding: 'utf8',
    timeout: (options.seconds ?? 120) * 1000,
  });
  return { dist, status: result.status, output: `${result.stdout}${result.stderr}`, timedOut: result.error !== undefined || result.signal !== null };
}

export const readPage = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');
