/**
 * Renders the PR comment as GitHub shows it, into a PNG for the README (`npm run screenshot`).
 *
 *   npm run screenshot                       # the sample pull request below -> docs/img/comment.png
 *   npm run screenshot -- comment.md out.png # any comment body, e.g. from `model-budget check --format md`
 *
 * The sample comment comes from the real pipeline: the bundled action (dist/action) runs on a
 * throwaway repository against the fake GitHub server of the end-to-end tests, and the comment it
 * posts is rendered. Rendering: cmark-gfm (Debian package `cmark-gfm`) with GitHub's extensions
 * (table, strikethrough, autolink, tagfilter) and raw HTML (`<details>`, `<sub>`), styled by
 * github-markdown-css, photographed by headless Chromium (Debian package `chromium`) through the
 * DevTools protocol, cropped to the comment; pngquant (if installed) shrinks the PNG.
 * Not part of `npm test`: it needs those programs.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FakeGitHub } from '../test/support/fake-github.js';
import { matmulModel, pullRequestPayload, runAction, TestRepo } from '../test/e2e/harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** About the width of a comment in a GitHub pull request's conversation tab. */
const WIDTH = 900;

function need(program: string, pkg: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${program} is not installed: apt-get install -y ${pkg}`);
  }
}

/** A pull request with a warning, a breach, a new model, a broken one and a deletion. */
async function sampleComment(): Promise<string> {
  const gh = new FakeGitHub();
  await gh.start();
  const repo = TestRepo.create('mb-screenshot-');
  try {
    const example = (name: string) => readFileSync(join(ROOT, 'examples', 'models', name));
    repo.write('.github/model-budget.yml', [
      'version: 1',
      'models:',
      '  - name: small-cnn',
      '    path: "models/small_cnn.onnx"',
      '    budgets:',
      '      params: { max: 50K, max-increase: 10%, level: warning }',
      '      flops: { max: 40M, max-increase: 25%, min-delta: 1M }',
      '      peak-memory: { max: 1MiB }',
      '  - name: encoders',
      '    path: "models/encoders/*.onnx"',
      '    budgets:',
      '      params: { max-increase: 5% }',
      '',
    ].join('\n'));
    repo.write('models/small_cnn.onnx', example('small_cnn_base.onnx'));
    repo.write('models/encoders/text.onnx', matmulModel(256, 256));
    repo.write('models/encoders/audio.onnx', matmulModel(128, 64));
    repo.write('models/legacy.onnx', matmulModel(64, 64));
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('models/small_cnn.onnx', example('small_cnn_head.onnx'));
    repo.write('models/encoders/text.onnx', matmulModel(256, 320));
    repo.write('models/encoders/audio.onnx', 'not a model\n');
    repo.write('models/encoders/vision.onnx', matmulModel(512, 128));
    repo.remove('models/legacy.onnx');
    const headSha = repo.commit('head');
    const pr = 42;
    gh.prFiles.set(pr, [
      { filename: 'models/small_cnn.onnx', status: 'modified' },
      { filename: 'models/encoders/text.onnx', status: 'modified' },
      { filename: 'models/encoders/audio.onnx', status: 'modified' },
      { filename: 'models/encoders/vision.onnx', status: 'added' },
      { filename: 'models/legacy.onnx', status: 'removed' },
    ]);
    const run = await runAction({ cwd: repo.dir, eventName: 'pull_request', payload: pullRequestPayload(pr, baseSha, headSha), apiUrl: gh.url, sha: headSha });
    const body = gh.comments.get(pr)?.[0]?.body;
    if (!body) throw new Error(`the action posted no comment (exit ${run.code}):\n${run.stderr}`);
    return body;
  } finally {
    repo.cleanup();
    await gh.stop();
  }
}

/** GFM to HTML as GitHub does it: its extensions, raw HTML kept (GitHub's sanitizer allows `<details>`, `<sub>`, `<code>`). */
function toHtml(markdown: string): string {
  const body = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8' });
  const css = readFileSync(join(ROOT, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${WIDTH}px; padding: 16px 24px; border: 1px solid #d0d7de; border-radius: 6px; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

/** A minimal DevTools-protocol client over --remote-debugging-pipe (fd 3 in, fd 4 out, NUL-separated JSON). */
async function capture(htmlFile: string, pngFile: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'mb-chromium-'));
  const chrome = spawn('nice', ['-n', '10', 'chromium', '--headless', '--remote-debugging-pipe', '--no-sandbox', '--disable-gpu',
    '--hide-scrollbars', '--no-first-run', `--user-data-dir=${profile}`, `--window-size=${WIDTH + 2},800`], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const toChrome = chrome.stdio[3] as NodeJS.WritableStream;
  const fromChrome = chrome.stdio[4] as NodeJS.ReadableStream;
  let stderr = '';
  chrome.stderr?.on('data', (c: Buffer) => { stderr += c.toString(); });
  const pending = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const events: Array<{ method: string; sessionId?: string }> = [];
  let buffered = '';
  fromChrome.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buffered.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; sessionId?: string };
      buffered = buffered.slice(end + 1);
      if (msg.id !== undefined) {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(`chromium: ${msg.error.message}`));
        else p?.resolve(msg.result ?? {});
      } else if (msg.method) {
        events.push({ method: msg.method, ...(msg.sessionId ? { sessionId: msg.sessionId } : {}) });
      }
    }
  });
  const exited = new Promise<never>((_, reject) => chrome.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${stderr.slice(-2000)}`))));
  let nextId = 1;
  const send = (method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> => {
    const id = nextId++;
    const reply = new Promise<Record<string, unknown>>((res, rej) => pending.set(id, { resolve: res, reject: rej }));
    toChrome.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return Promise.race([reply, exited]);
  };
  try {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' }) as { targetId: string };
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true }) as { sessionId: string };
    await send('Page.enable', {}, sessionId);
    await send('Page.navigate', { url: pathToFileURL(htmlFile).href }, sessionId);
    for (let waited = 0; !events.some((e) => e.method === 'Page.loadEventFired' && e.sessionId === sessionId); waited += 50) {
      if (waited > 60_000) throw new Error('chromium did not load the page within 60 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    const { result } = await send('Runtime.evaluate', {
      expression: 'JSON.stringify(document.querySelector(".markdown-body").getBoundingClientRect())', returnByValue: true,
    }, sessionId) as { result: { value: string } };
    const box = JSON.parse(result.value) as { x: number; y: number; width: number; height: number };
    const clip = { x: 0, y: 0, width: Math.ceil(box.x + box.width), height: Math.ceil(box.y + box.height), scale: 1 };
    await send('Emulation.setDeviceMetricsOverride', { width: clip.width, height: clip.height, deviceScaleFactor: 1, mobile: false }, sessionId);
    const { data } = await send('Page.captureScreenshot', { format: 'png', clip, captureBeyondViewport: true }, sessionId) as { data: string };
    writeFileSync(pngFile, Buffer.from(data, 'base64'));
    await send('Browser.close').catch(() => undefined);
  } finally {
    // Chromium writes its profile until it has exited: remove the folder after that.
    const gone = new Promise<void>((done) => {
      if (chrome.exitCode !== null || chrome.signalCode !== null) done();
      else chrome.once('exit', () => done());
    });
    chrome.kill();
    await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** Fewer colours, same look: text on white quantizes well. Skipped when pngquant is missing. */
function shrink(pngFile: string): void {
  try {
    execFileSync('sh', ['-c', 'command -v pngquant'], { stdio: 'ignore' });
  } catch {
    process.stderr.write('pngquant is not installed: the PNG is not shrunk (apt-get install -y pngquant)\n');
    return;
  }
  execFileSync('pngquant', ['--force', '--skip-if-larger', '--quality=70-95', '--output', pngFile, '--', pngFile]);
}

async function main(): Promise<void> {
  need('cmark-gfm', 'cmark-gfm');
  need('chromium', 'chromium');
  const [input, output] = process.argv.slice(2);
  const markdown = input ? readFileSync(resolve(input), 'utf8') : await sampleComment();
  const png = resolve(output ?? join(ROOT, 'docs', 'img', 'comment.png'));
  mkdirSync(dirname(png), { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'mb-screenshot-html-'));
  try {
    const html = join(work, 'comment.html');
    writeFileSync(html, toHtml(markdown));
    await capture(html, png);
    shrink(png);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!existsSync(png)) throw new Error(`${png} was not written`);
  process.stdout.write(`${png}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`screenshot: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
