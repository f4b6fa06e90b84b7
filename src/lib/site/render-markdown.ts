import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Registry text comes from strangers: raw HTML is dropped (remark-rehype without
// allowDangerousHtml), then the result is sanitised, and images are removed because the site
// never loads anything from another host.
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source', 'video', 'audio', 'iframe', 'input'].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** Markdown from the registry as safe HTML: no scripts, no raw HTML, no remote resources. */
export function renderUntrustedMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
