/** The public address of the site; identifiers meant to last (JSON Schema $id, vocabulary terms) use it. */
export const publishedSiteUrl = 'https://kyzmat.github.io';

/** Where this build is published (a fork may set KYZMAT_SITE_URL); canonical and alternate addresses use it. */
export const siteUrl = process.env.KYZMAT_SITE_URL || publishedSiteUrl;

/** The repository contributors propose changes to; "Propose a correction" links open files here. */
export const repository = {
  url: process.env.KYZMAT_REPOSITORY_URL || 'https://github.com/kyzmat/kyzmat',
  branch: 'main',
};
