import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lineAndColumn, textProblem } from '../../schemas/text-checks.ts';

/**
 * Limits on a Markdown text from the registry (an assessment's summary). The parser slows down
 * more than linearly, and recurses, on blocks nested inside one another and on long runs of
 * emphasis and link markup; the first two limits are checked on the text before it is parsed, so
 * that parsing stays fast and shallow whatever the text holds.
 */
export const markdownLimits = {
  /** Characters of the whole text: a summary; the full report is linked as a source. */
  maxCharacters: 20_000,
  /** Columns of indentation, ">" and list markers at the start of one line: how deeply blocks can nest. */
  maxLinePrefix: 24,
  /** Characters of emphasis, strikethrough and link markup ("*", "_", "~", "[", "]") in one paragraph. */
  maxMarkupPerParagraph: 200,
  /** Levels of the parsed text: quotes, lists, emphasis and links inside one another. */
  maxDepth: 16,
};

/** A problem in a Markdown text; line and column are counted from 1 within the text. */
export interface MarkdownProblem {
  line: number;
  column: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

const columns = (prefix: string) => prefix.replace(/\t/g, '    ').length;
// Indentation, quote markers and list markers ("-", "+", "*", "1.", "1)") before a line's text.
const containerPrefix = /^(?:[ \t>]|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))*/;
const markup = /[*_~[\]]/g;

/** Problems visible without parsing: bad characters, length, lines nested too deep, paragraphs thick with markup. */
function textProblems(text: string): MarkdownProblem[] {
  const bad = textProblem(text);
  if (bad) return [{ ...lineAndColumn(text, bad.index), message: bad.message }];
  const { maxCharacters, maxLinePrefix, maxMarkupPerParagraph } = markdownLimits;
  if (text.length > maxCharacters) {
    return [
      {
        ...lineAndColumn(text, maxCharacters),
        message: `the text is ${text.length} characters long, more than the limit of ${maxCharacters}; keep a summary here and link the full report as a source`,
      },
    ];
  }
  const problems: MarkdownProblem[] = [];
  let paragraph = { line: 1, markup: 0 };
  text.split('\n').forEach((lineText, index) => {
    const width = columns(containerPrefix.exec(lineText)![0]);
    if (width > maxLinePrefix) {
      problems.push({
        line: index + 1,
        column: 1,
        message: `the line starts with ${width} columns of indentation, ">" and list markers, more than the limit of ${maxLinePrefix}; quotes and lists nested this deeply cannot be read`,
      });
    }
    // A paragraph ends at a blank line, so no emphasis or link can reach across one.
    if (!lineText.trim()) paragraph = { line: index + 2, markup: 0 };
    const before = paragraph.markup;
    paragraph.markup += lineText.match(markup)?.length ?? 0;
    if (before <= maxMarkupPerParagraph && paragraph.markup > maxMarkupPerParagraph) {
      problems.push({
        line: paragraph.line,
        column: 1,
        message: `the paragraph has more than ${maxMarkupPerParagraph} characters of emphasis and link markup (*, _, ~, [, ]); split it or remove markup`,
      });
    }
  });
  return problems;
}

/** The first node nested deeper than the limit, found without recursion. */
function tooDeep(tree: Root): { node: Nodes; depth: number } | undefined {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.depth > markdownLimits.maxDepth) return item;
    if ('children' in item.node) for (const child of item.node.children) stack.push({ node: child, depth: item.depth + 1 });
  }
  return undefined;
}

/**
 * Parses a Markdown text from the registry as the site renders it (CommonMark with GitHub's tables,
 * strikethrough and autolinks), within the limits above: the tree, or the problems that kept it from
 * being made. The validator reports the problems; the site renders only trees made here.
 */
export function readMarkdown(markdown: string): { tree?: Root; problems: MarkdownProblem[] } {
  const text = markdown.replace(/\r\n?/g, '\n');
  const problems = textProblems(text);
  if (problems.length > 0) return { problems };
  const tree = parser.parse(text);
  const deep = tooDeep(tree);
  if (deep) {
    const start = deep.node.position?.start ?? { line: 1, column: 1 };
    return {
      problems: [
        {
          line: start.line,
          column: start.column,
          message: `the text is nested more than ${markdownLimits.maxDepth} levels deep here (quotes, lists, emphasis and links inside one another); simplify it`,
        },
      ],
    };
  }
  return { tree, problems: [] };
}
