/**
 * `node --import <this> ...`: appends every module file the process loads (ESM resolve hook:
 * the CLI's chunks are ESM) to the file named by MODEL_BUDGET_LOAD_TRACE, one URL a line. The
 * bench uses it to check what `model-budget profile` loads (not the gate's ajv, octokit or
 * report/markdown code).
 */
import { register } from 'node:module';

const out = process.env['MODEL_BUDGET_LOAD_TRACE'];
if (out) {
  const hooks = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.startsWith('file:')) appendFileSync(${JSON.stringify(out)}, r.url + '\\n');
  return r;
}`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}
