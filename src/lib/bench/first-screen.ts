import type { Page } from 'playwright-core';

/** One labelled answer of a service page's answer card, as the browser lays it out. */
export interface ScreenAnswer {
  label: string;
  /** The section the label links to ("#documents"), and whether the page has it. */
  target: string;
  targetExists: boolean;
  labelTop: number;
  /** Bottom of the answer's first line: a label is of use only with its answer in sight. */
  firstLineBottom: number;
}

/** What the first screen of a loaded service page shows. */
export interface FirstScreen {
  answers: ScreenAnswer[];
  /** All the page's text, hidden parts included. */
  text: string;
  /** The address of its e-mail link, if it has one. */
  mail?: string;
  scrollWidth: number;
}

/** Reads the answer card and a few facts of the service page loaded in a browser tab. */
export function readFirstScreen(page: Page): Promise<FirstScreen> {
  return page.evaluate(() => {
    const answers = [...document.querySelectorAll('.answers .answer')].map((answer) => {
      const link = answer.querySelector('dt a') as HTMLAnchorElement;
      const text = answer.querySelector('dd')!;
      const target = link.getAttribute('href')!;
      return {
        label: link.textContent!.trim(),
        target,
        targetExists: document.getElementById(target.slice(1)) !== null,
        labelTop: answer.querySelector('dt')!.getBoundingClientRect().top,
        firstLineBottom: text.getBoundingClientRect().top + Number.parseFloat(getComputedStyle(text).lineHeight),
      };
    });
    return {
      answers,
      text: document.body.textContent ?? '',
      mail: (document.querySelector('a[href^="mailto:"]') as HTMLAnchorElement | null)?.href,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

/** True when all five answers, each label with its first line, fit in a screen of this height. */
export const answersAboveFold = (screen: FirstScreen, height: number): boolean =>
  screen.answers.length === 5 && screen.answers.every((answer) => answer.labelTop >= 0 && answer.firstLineBottom <= height);
