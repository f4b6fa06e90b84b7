import { textProblem } from './text-checks.ts';

// Records cite the same few addresses again and again (20,000 services: 112,000 addresses, 258
// different), and reading one with the URL parser costs more than looking it up.
const checked = new Map<string, string | undefined>();

/** What is wrong with a web address, in words a volunteer can act on, or undefined when a browser can open it as written. */
export function webAddressProblem(text: string): string | undefined {
  if (checked.has(text)) return checked.get(text);
  const problem = findWebAddressProblem(text);
  checked.set(text, problem);
  return problem;
}

function findWebAddressProblem(text: string): string | undefined {
  const problem = textProblem(text);
  if (problem) return problem.message;
  const space = /\s/.exec(text);
  if (space) return `contains a space or line break at character ${space.index + 1}; copy the address from the browser's address bar (spaces are written %20)`;
  // Only http and https, so that no script or data URL reaches a page.
  if (!/^https?:\/\//i.test(text)) return 'must be a full web address starting with https:// or http://';
  // Browsers read "\" as "/", so an address with one can lead somewhere other than it seems to.
  if (text.includes('\\')) return 'contains "\\"; web addresses use "/"';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "is not a web address a browser can open; copy it from the browser's address bar";
  }
  // "https://gov.kg@example.com" opens example.com: an address never needs a user name.
  if (url.username || url.password) return `contains a user name or password before "@", so it opens ${url.hostname}; remove everything between "//" and "@"`;
  if (url.hostname.split('.').some((label) => label === '')) {
    return `the host "${url.hostname}" has an empty part or ends with a dot; write it as the browser shows it, e.g. "${url.hostname.split('.').filter(Boolean).join('.')}"`;
  }
  if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) return `the host "${url.hostname}" is not a full domain name such as "example.kg"`;
  return undefined;
}
