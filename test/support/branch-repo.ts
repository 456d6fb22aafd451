/**
 * Repositories for tests of a comparison: a base committed on `main`, a head committed on branch
 * `pr` (checked out), each removed once the test file's tests are done.
 */
import { after } from 'node:test';
import { TestRepo } from '../e2e/harness.js';

export type RepoStep = (r: TestRepo) => void;

/** A maker of such repositories, their temp folders named with `prefix`. Call it at a test file's top level (it registers the clean-up). */
export function branchRepos(prefix: string): (base: RepoStep, head: RepoStep) => TestRepo {
  const repos: TestRepo[] = [];
  after(() => repos.forEach((r) => r.cleanup()));
  return (base, head) => {
    const r = TestRepo.create(prefix);
    repos.push(r);
    base(r);
    r.commit('base');
    r.git('checkout', '-q', '-b', 'pr');
    head(r);
    r.commit('head');
    return r;
  };
}
