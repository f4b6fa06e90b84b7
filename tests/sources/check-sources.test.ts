import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot } from '../helpers/fixtures.ts';

// `npm run check-sources` against a server on 127.0.0.1 that answers each way a source can fail.
// The fixture's addresses all point at 127.0.0.1 (port 9 for this server, port 8 for a closed one),
// and the test checks that no other host is cited before it runs the command.

const run = promisify(execFile);

/** Every file of a folder, recursively, as paths relative to it. */
const filesIn = (dir: string) =>
  (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

describe('npm run check-sources', () => {
  const requests: IncomingMessage[] = [];
  let flakyAnswers = 0;
  const server = createServer((request, response) => {
    requests.push(request);
    const path = request.url ?? '/';
    if (path.startsWith('/ok/')) response.writeHead(200).end('fine');
    else if (path === '/missing') response.writeHead(404).end();
    else if (path === '/error') response.writeHead(500).end();
    else if (path === '/moved') response.writeHead(301, { location: '/ok/moved' }).end();
    else if (path === '/moved-away') response.writeHead(302, { location: '/missing' }).end();
    // Fails once, then opens: a passing hiccup that the retry must absorb.
    else if (path === '/flaky') response.writeHead(flakyAnswers++ === 0 ? 503 : 200).end();
    // /slow never answers.
  });
  let registry: string;
  let port: number;
  let closedPort: number;
  let result: { code: number; stdout: string };

  beforeAll(async () => {
    port = await listen(server);
    const closed = createServer();
    closedPort = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));

    registry = copyFixture('source-checks');
    for (const file of filesIn(registry)) {
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replaceAll('http://127.0.0.1:9/', `http://127.0.0.1:${port}/`).replaceAll('http://127.0.0.1:8/', `http://127.0.0.1:${closedPort}/`),
      );
    }
    const hosts = filesIn(registry).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/https?:\/\/([^/\s"]+)/g)].map((match) => match[1]));
    expect(new Set(hosts)).toEqual(new Set([`127.0.0.1:${port}`, `127.0.0.1:${closedPort}`]));

    const args = [join(repoRoot, 'scripts/check-sources.ts'), '.', '--timeout', '1', '--retry-delay', '0', '--issue', 'issue.md'];
    result = await run(process.execPath, args, { cwd: registry, encoding: 'utf8', timeout: 60_000 })
      .then(({ stdout }) => ({ code: 0, stdout }))
      .catch((error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }));
  }, 90_000);

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(registry, { recursive: true, force: true });
  });

  it('prints file:line  url  status for exactly the broken addresses, in file order, and exits 1', () => {
    const base = `http://127.0.0.1:${port}`;
    const broken = result.stdout.split('\n\n')[0]!.split('\n');
    expect(broken).toEqual([
      `registers.yaml:11  ${base}/missing  404`,
      `services/birth-registration.yaml:27  ${base}/missing  404`,
      `services/birth-registration.yaml:35  ${base}/error  500`,
      `services/birth-registration.yaml:50  ${base}/slow  no answer within 1 s`,
      `services/birth-registration.yaml:56  http://127.0.0.1:${closedPort}/refused  connection refused`,
      `services/old-certificate.yaml:15  ${base}/moved-away  404`,
    ]);
    expect(result.code).toBe(1);
  });

  it('reports the redirects it followed to an address that opens', () => {
    expect(result.stdout).toContain(
      `Moved (they still open; consider citing where they now lead):\nservices/birth-registration.yaml:39  http://127.0.0.1:${port}/moved  -> http://127.0.0.1:${port}/ok/moved (301)\n`,
    );
  });

  it('retries once, so that an address failing for a moment is not reported', () => {
    expect(result.stdout).not.toContain('/flaky');
    expect(requests.filter((request) => request.url === '/flaky')).toHaveLength(2);
  });

  it('asks for each address once however often it is cited, with an identifying user agent', () => {
    expect(requests.filter((request) => request.url === '/missing')).toHaveLength(2 + 2);
    expect(requests.filter((request) => request.url === '/ok/divisions')).toHaveLength(1);
    expect(new Set(requests.map((request) => request.headers['user-agent']))).toEqual(new Set(['kyzmat-source-check/1.0 (+https://github.com/kyzmat/kyzmat)']));
  });

  it('keeps the unreachable addresses and the day of the check in the registry folder for the site', () => {
    const results = JSON.parse(readFileSync(join(registry, '_source-checks.json'), 'utf8'));
    expect(results.checked).toBe(new Date().toISOString().slice(0, 10));
    const expected = [
      { url: `http://127.0.0.1:${closedPort}/refused`, status: 'connection refused' },
      { url: `http://127.0.0.1:${port}/error`, status: '500' },
      { url: `http://127.0.0.1:${port}/missing`, status: '404' },
      { url: `http://127.0.0.1:${port}/moved-away`, status: '404' },
      { url: `http://127.0.0.1:${port}/slow`, status: 'no answer within 1 s' },
    ];
    expect(results.unreachable).toEqual(expected.sort((a, b) => (a.url < b.url ? -1 : 1)));
  });

  it('writes the text of the issue that lists dead sources', () => {
    const issue = readFileSync(join(registry, 'issue.md'), 'utf8');
    expect(issue).toContain('6 citation(s) of addresses that could not be reached.');
    expect(issue).toContain(`services/birth-registration.yaml:27  http://127.0.0.1:${port}/missing  404`);
    expect(issue).toContain(`services/birth-registration.yaml:39  http://127.0.0.1:${port}/moved  -> http://127.0.0.1:${port}/ok/moved (301)`);
  });
});
