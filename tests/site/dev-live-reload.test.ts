import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { withBuildLockAsync } from '../helpers/build-site.ts';
import { copyFixture, repoRoot } from '../helpers/fixtures.ts';

/** A port nothing listens on, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function fetchUntil(pageUrl: string, test: (html: string) => boolean, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = await (await fetch(pageUrl)).text();
      if (test(last)) return last;
    } catch {
      // The server is still starting.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last;
}

// A contributor previews an edit with `npm run dev`: saving the file must show it, without a restart.
it('shows a saved registry edit on the next page load in npm run dev', async () => {
  const registry = copyFixture('minimal');
  const file = join(registry, 'services/birth-registration.yaml');
  await withBuildLockAsync(async () => {
    const port = await freePort();
    const pageUrl = `http://localhost:${port}/ru/services/birth-registration/`;
    const server = spawn(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
      cwd: repoRoot,
      // Without vitest's own variables (NODE_ENV=test, VITEST...), which change how Astro's dev server runs.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
        KYZMAT_REGISTRY: registry,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: 'ignore',
    });
    try {
      expect(await fetchUntil(pageUrl, (html) => html.includes('<h1>'), 60_000)).toContain('Государственная регистрация рождения');
      writeFileSync(file, readFileSync(file, 'utf8').replace('ru: "Государственная регистрация рождения', 'ru: "Правка на лету: регистрация рождения'));
      expect(await fetchUntil(pageUrl, (html) => html.includes('Правка на лету'), 20_000)).toContain('<h1><span>Правка на лету: регистрация рождения');
    } finally {
      server.kill();
    }
  });
}, 120_000);
