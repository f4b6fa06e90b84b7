/** The public address of the site; identifiers meant to last (JSON Schema $id, vocabulary terms) use it. */
export const publishedSiteUrl = 'https://kyzmat.github.io';

/** Where this build is published (a fork may set KYZMAT_SITE_URL); canonical and alternate addresses use it. */
export const siteUrl = process.env.KYZMAT_SITE_URL || publishedSiteUrl;

/** The repository contributors propose changes to; "Propose a correction" links open files here. */
export const repository = {
  url: process.env.KYZMAT_REPOSITORY_URL || 'https://github.com/kyzmat/kyzmat',
  branch: 'main',
};

/**
 * The maintainers' address, for readers who report an error without a GitHub account: the "write
 * an e-mail" link beside the GitHub links opens a message to it. Maintainers set it in
 * KYZMAT_CONTACT_EMAIL; the default is a placeholder until they do.
 */
export const contactEmail = process.env.KYZMAT_CONTACT_EMAIL || 'kyzmat@proton.me';

/**
 * A fee or deadline whose source date is older than this many years is marked on the site as
 * "may have changed since <date>", and `npm run validate` lists it as a warning.
 */
export const staleFactYears = Number(process.env.KYZMAT_STALE_FACT_YEARS || 2);
