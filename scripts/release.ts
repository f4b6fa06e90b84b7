// Cuts a dated release of the open data: `npm run release`. Writes public/data/releases/<version>/ (a zip of
// every file, SHA256SUMS, CHANGES.md from the registry diff since the last release), updates
// public/data/releases/releases.json, public/data/CHANGELOG.md, CITATION.cff and .zenodo.json. Commit the result.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { diffRefs, formatDiffMarkdown } from '../src/lib/diff/index.ts';
import { filesUnder, type Release, readReleases, releasesFolder, releasesIndexFile, releaseZip, sha256, sha256Sums } from '../src/lib/export/releases.ts';
import { writeOpenData } from '../src/lib/export/write-open-data.ts';
import { versionLabel } from '../src/lib/history/registry-version.ts';
import { formatError } from '../src/lib/registry/index.ts';
import { loadSiteModel } from '../src/lib/site-model/load-site-model.ts';

const root = resolve('.');
const registry = join(root, 'registry');

// 1. Only committed data can be released: the version names a commit.
if (execFileSync('git', ['status', '--porcelain', '--', 'registry'], { cwd: root, encoding: 'utf8' }).trim() !== '') {
  console.error('registry/ has uncommitted changes; commit them first: a release is the registry of one commit.');
  process.exit(1);
}
const { site, errors } = await loadSiteModel(registry);
if (!site) {
  for (const error of errors) console.error(formatError(error));
  process.exit(1);
}
const version = versionLabel(site.version);
if (version === 'unknown') {
  console.error('registry/ is not in git; a release needs a commit.');
  process.exit(1);
}
const folder = join(releasesFolder(root), version);
if (existsSync(folder)) {
  console.log(`release ${version} exists already: ${folder}`);
  process.exit(0);
}

// 2. Every file of /data/, exactly as the site publishes it, zipped with its checksums.
const work = mkdtempSync(join(tmpdir(), 'kyzmat-release-'));
await writeOpenData(site, { dataDir: join(work, 'data'), apiDir: join(work, 'api'), idDir: join(work, 'id') });
const zipName = `kyzmat-data-${version}.zip`;
const zip = releaseZip(version, filesUnder(join(work, 'data')));
rmSync(work, { recursive: true, force: true });

// 3. What changed in the registry since the release before.
const releases = readReleases(root);
const previous = releases[0];
const changes = previous
  ? formatDiffMarkdown(diffRefs(root, previous.commit, site.version.commit))
  : `## ${version}\n\nFirst release: ${site.registry.services.length} services, ${site.registry.agencies.length} bodies, ${site.registry.acts.length} legal acts, ${site.registry.municipalities.length} municipalities.\n`;
const changesText = `# kyzmat data ${version}\n\nCommit ${site.version.commit} of ${site.version.date}.${previous ? ` Changes since ${previous.version}:` : ''}\n\n${changes.trim()}\n`;

// 4. The release folder, then the index, the changelog and the citation files.
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, zipName), zip);
writeFileSync(join(folder, 'CHANGES.md'), changesText);
writeFileSync(
  join(folder, 'SHA256SUMS'),
  sha256Sums(
    new Map([
      [zipName, zip],
      ['CHANGES.md', Buffer.from(changesText)],
    ]),
  ),
);
const release: Release = { version, commit: site.version.commit, date: site.version.date, zip: zipName, sha256: sha256(zip), bytes: zip.length };
const all = [release, ...releases];
writeFileSync(join(releasesFolder(root), releasesIndexFile), `${JSON.stringify(all, null, 2)}\n`);
writeFileSync(
  join(root, 'public', 'data', 'CHANGELOG.md'),
  `# Changes of the kyzmat data, release by release\n\n${all
    .map((item) =>
      readFileSync(join(releasesFolder(root), item.version, 'CHANGES.md'), 'utf8')
        .replace(/^# /, '## ')
        .replace(/\n## /g, '\n### '),
    )
    .join('\n')}`,
);
const date = site.version.date.slice(0, 10);
const citationFile = join(root, 'CITATION.cff');
writeFileSync(
  citationFile,
  readFileSync(citationFile, 'utf8')
    .replace(/^version: .*$/m, `version: "${version}"`)
    .replace(/^date-released: .*$/m, `date-released: "${date}"`),
);
const zenodoFile = join(root, '.zenodo.json');
const zenodo = JSON.parse(readFileSync(zenodoFile, 'utf8'));
writeFileSync(zenodoFile, `${JSON.stringify({ ...zenodo, version, publication_date: date }, null, 2)}\n`);
console.log(`release ${version}: ${folder} (${(zip.length / 1024 / 1024).toFixed(1)} MB zip); commit data/, CITATION.cff and .zenodo.json`);
