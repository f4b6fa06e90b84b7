/** Where the site is published; canonical and alternate addresses are built from it. */
export const siteUrl = process.env.KYZMAT_SITE_URL || 'https://kyzmat.github.io';

/** The repository contributors propose changes to; "Propose a correction" links open files here. */
export const repository = {
  url: process.env.KYZMAT_REPOSITORY_URL || 'https://github.com/kyzmat/kyzmat',
  branch: 'main',
};
