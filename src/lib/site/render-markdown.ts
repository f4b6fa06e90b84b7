import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { readMarkdown } from '../markdown/read-markdown.ts';

// Registry text comes from strangers: raw HTML is dropped (remark-rehype without
// allowDangerousHtml), then the result is sanitised, and images are removed because the site
// never loads anything from another host.
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source', 'video', 'audio', 'iframe', 'input'].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

const toHtml = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/**
 * Markdown from the registry as safe HTML: no scripts, no raw HTML, no remote resources. The text
 * is parsed within the validator's limits, so rendering never recurses deeper than they allow; a
 * text beyond them (which validation refuses) is refused here too rather than rendered.
 */
export function renderUntrustedMarkdown(markdown: string): string {
  const { tree, problems } = readMarkdown(markdown);
  if (!tree) throw new Error(`This Markdown text is beyond the registry's limits (line ${problems[0]!.line}: ${problems[0]!.message}); "npm run validate" reports it.`);
  return toHtml.stringify(toHtml.runSync(tree));
}
