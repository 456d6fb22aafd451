/**
 * src/cli/code-cache.ts: `model-budget profile` runs from dist/cli/profile.cjs and keeps V8's code
 * cache of it in the user's private folder after its first run that succeeds. The cache must
 * never change what `profile` prints, must be replaced when V8 refuses it or it was made for
 * other bytes, and must never be read from or written to a place someone else could have made.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/shared-models.js';
import { BUNDLE_HEADER } from '../../src/cli/code-cache.js';

const MODEL = join(REPO_ROOT, 'examples', 'models', 'small_cnn_head.onnx');
const BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'profile.cjs');
const MAGIC = 'model-budget v8 code cache 3\n';
const posix = typeof process.getuid === 'function';

function folderIn(dir: string): string {
  return join(dir, 'xdg', 'model-budget', 'v8-code-cache');
}

function cacheIn(dir: string): string {
  return join(folderIn(dir), `profile-${process.version}-${process.arch}.bin`);
}

function envIn(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(dir, 'xdg'), ...extra };
  if (!('NODE_DISABLE_COMPILE_CACHE' in extra)) delete env['NODE_DISABLE_COMPILE_CACHE'];
  // Node options name the entry's file (code-cache.ts optionsTag): none here, as cacheIn expects.
  if (!('NODE_OPTIONS' in extra)) delete env['NODE_OPTIONS'];
  return env;
}

function withDir(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'mb-code-cache-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function profileOk(dir: string, args: readonly string[] = [MODEL], extra: NodeJS.ProcessEnv = {}): string {
  const r = runCli(['profile', ...args], { env: envIn(dir, extra) });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  return r.stdout;
}

test('profile writes the code cache after its first run; the next run uses it as it is', { skip: !posix && 'POSIX only: no private cache folder elsewhere' }, () => {
  withDir((dir) => {
    const first = profileOk(dir);
    const file = cacheIn(dir);
    const bytes = readFileSync(file);
    // The key names the bundle (its hash and size), this Node and this CPU.
    const hash = readFileSync(BUNDLE, 'latin1').split('\n', 1)[0]!.slice(BUNDLE_HEADER.length);
    const [magic, key] = bytes.toString('latin1', 0, 300).split('\n');
    assert.equal(`${magic}\n`, MAGIC);
    assert.match(key!, new RegExp(`^${hash} ${statSync(BUNDLE).size} [0-9.]+ ${process.version} ${process.arch}$`));
    assert.ok(bytes.length > 10_000, `${bytes.length} bytes: not the compiled code of a profile run`);
    // The parts whose code it holds: the ONNX reader and the op families small_cnn_head uses.
    const meta = bytes.toString('latin1', 0, 600).split('\n')[2]!.trim().split(' ');
    // V8's data twice (code-cache.ts readCache), after the header.
    const start = bytes.indexOf(10, MAGIC.length + key!.length + 1) + 1;
    assert.equal(2 * Number(meta[0]), bytes.length - start, 'payload length');
    assert.ok(bytes.subarray(start, start + Number(meta[0])).equals(bytes.subarray(start + Number(meta[0]))), 'two equal copies');
    assert.equal(start % 8, 0, 'the payload starts 8-aligned');
    assert.deepEqual(meta[1]!.split(','), ['format:onnx', 'ops:activation', 'ops:conv', 'ops:matmul', 'ops:pool', 'ops:shape-ops']);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(statSync(folderIn(dir)).mode & 0o777, 0o700);
    const before = statSync(file);
    assert.equal(profileOk(dir), first, 'the same output from cached code');
    // An accepted cache is not written again (a rewrite is a new file renamed into place).
    const after = statSync(file);
    assert.deepEqual([after.ino, after.mtimeMs], [before.ino, before.mtimeMs]);
  });
});

test('the bundle prints what the modules print, and fails the way they fail', () => {
  const fixtures = join(REPO_ROOT, 'test', 'fixtures');
  const unbundled = join(REPO_ROOT, 'build', 'src', 'cli', 'main.js');
  const cases: string[][] = [
    [MODEL, '--format', 'json', '--per-node'],
    [join(fixtures, 'models', 'tiny_gpt_dyn.onnx'), '--input', 'idx=2x16'],
    [join(fixtures, 'pytorch', 'resnet_module.pt'), '--format', 'json'],
    [join(fixtures, 'keras', 'small_cnn.keras'), '--format', 'markdown'],
    [join(fixtures, 'gguf', 'tiny-llama-v3.gguf'), '--format', 'csv'],
    [join(fixtures, 'safetensors', 'dtypes.safetensors')],
    // Bad input (exit 2), a usage error (exit 2): the bundle's own error classes report them.
    [fileURLToPath(import.meta.url)],
    [MODEL, '--top', 'x'],
  ];
  withDir((dir) => {
    for (const args of cases) {
      const bundled = runCli(['profile', ...args], { env: envIn(dir) });
      const plain = spawnSync(process.execPath, [unbundled, 'profile', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: envIn(dir) });
      assert.deepEqual([bundled.status, bundled.stdout, bundled.stderr], [plain.status, plain.stdout, plain.stderr], args.join(' '));
      assert.ok(bundled.stdout.length > 0 || bundled.stderr.startsWith('model-budget: '), args.join(' '));
    }
  });
});

test('a damaged cache, or one made for other bytes, is never given to V8 and is replaced; a failed run writes none', { skip: !posix && 'POSIX only' }, () => {
  withDir((dir) => {
    const bad = runCli(['profile', fileURLToPath(import.meta.url)], { env: envIn(dir) });
    assert.equal(bad.status, 2, bad.stderr);
    assert.equal(existsSync(cacheIn(dir)), false, 'a failed run wrote a cache');
    const expected = profileOk(dir);
    const good = readFileSync(cacheIn(dir));
    const key = good.toString('latin1').split('\n', 2)[1]!;
    const payload = good.indexOf(10, MAGIC.length + key.length + 1) + 1;
    const zeroed = Buffer.from(good);
    zeroed.fill(0, payload + 4096);
    // One byte changed, in either copy: on Node 24 a byte at offset 516 of V8's data crashed it.
    const flipped = Buffer.from(good);
    flipped[payload + 516]! ^= 0x5a;
    const flippedSecond = Buffer.from(good);
    flippedSecond[good.length - 1000]! ^= 0x5a;
    const spoiled: Array<[string, Buffer]> = [
      // V8 does not check its own checksum in release builds: each of these crashed Node (SIGSEGV).
      ['the payload zeroed after 4 KB (a write cut short)', zeroed],
      ['one byte of the first copy changed', flipped],
      ['one byte of the second copy changed', flippedSecond],
      // Both copies equal and whole, but not V8's data: V8 refuses it (its own magic number).
      ['two equal copies of bytes V8 did not write', Buffer.concat([good.subarray(0, payload), Buffer.alloc(good.length - payload, 0x41)])],
      ['cut short', good.subarray(0, good.length - 1000)],
      // Made for another bundle of the same size (another hash).
      ['another bundle', Buffer.concat([Buffer.from(`${MAGIC}${'0'.repeat(64)}${key.slice(64)}\n`), good.subarray(MAGIC.length + key.length + 1)])],
      ['no header', Buffer.alloc(4096, 0x78)],
    ];
    for (const [what, bytes] of spoiled) {
      writeFileSync(cacheIn(dir), bytes);
      assert.equal(profileOk(dir), expected, what);
      const now = readFileSync(cacheIn(dir));
      assert.ok(!now.equals(bytes) && now.toString('latin1', 0, payload).startsWith(`${MAGIC}${key}\n`), `${what}: not replaced`);
      assert.equal(profileOk(dir), expected, `${what}, the run after`);
    }
  });
});

test('a run that needs a part the cache lacks saves it again, with both', { skip: !posix && 'POSIX only' }, () => {
  withDir((dir) => {
    const parts = (): string[] => readFileSync(cacheIn(dir), 'latin1').split('\n')[2]!.trim().split(' ')[1]!.split(',');
    profileOk(dir, [join(REPO_ROOT, 'test', 'fixtures', 'gguf', 'tiny-llama-v3.gguf')]);
    assert.deepEqual(parts(), ['format:gguf']);
    const ggufOnly = statSync(cacheIn(dir));
    profileOk(dir);
    assert.deepEqual(parts(), ['format:gguf', 'format:onnx', 'ops:activation', 'ops:conv', 'ops:matmul', 'ops:pool', 'ops:shape-ops']);
    const both = statSync(cacheIn(dir));
    assert.ok(both.size > ggufOnly.size, `${both.size} bytes after the ONNX run, ${ggufOnly.size} before`);
    // Both parts cached: neither run writes it again.
    profileOk(dir, [join(REPO_ROOT, 'test', 'fixtures', 'gguf', 'tiny-llama-v3.gguf')]);
    profileOk(dir);
    assert.equal(statSync(cacheIn(dir)).ino, both.ino);
  });
});

test('no cache when it is turned off, in a folder others may read or write, in a checkout, or through a link or FIFO', { skip: !posix && 'POSIX only' }, () => {
  withDir((dir) => {
    profileOk(dir, [MODEL], { NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.equal(existsSync(folderIn(dir)), false, 'NODE_DISABLE_COMPILE_CACHE=1 turns it off');
  });
  for (const mode of [0o777, 0o755]) {
    withDir((dir) => {
      mkdirSync(folderIn(dir), { recursive: true, mode: 0o700 });
      chmodSync(folderIn(dir), mode);
      profileOk(dir);
      assert.equal(existsSync(cacheIn(dir)), false, `a folder of mode ${mode.toString(8)} is not used`);
    });
  }
  withDir((dir) => {
    // XDG_CACHE_HOME inside a checkout (a CI workspace): a pull request could commit an entry, in
    // folders of 0700 too where git runs under a umask of 077.
    mkdirSync(join(dir, '.git'));
    mkdirSync(folderIn(dir), { recursive: true, mode: 0o700 });
    profileOk(dir);
    assert.equal(existsSync(cacheIn(dir)), false, 'a folder inside a checkout is not used');
  });
  withDir((dir) => {
    // A link where the cache goes: not read through, and the file it points to is not written.
    mkdirSync(folderIn(dir), { recursive: true, mode: 0o700 });
    const target = join(dir, 'elsewhere.bin');
    writeFileSync(target, 'not to be touched');
    symlinkSync(target, cacheIn(dir));
    profileOk(dir);
    assert.equal(readFileSync(target, 'utf8'), 'not to be touched');
    assert.ok(readFileSync(cacheIn(dir), 'latin1').startsWith(MAGIC), 'the link was replaced by a cache file');
  });
  withDir((dir) => {
    // A FIFO where the cache goes: opening it to read would wait for a writer forever.
    mkdirSync(folderIn(dir), { recursive: true, mode: 0o700 });
    assert.equal(spawnSync('mkfifo', [cacheIn(dir)]).status, 0);
    const r = runCli(['profile', MODEL], { env: envIn(dir), timeoutMs: 20_000 });
    assert.equal(r.status, 0, `${r.stderr} (killed after 20 s: ${r.status === null})`);
    assert.ok(readFileSync(cacheIn(dir), 'latin1').startsWith(MAGIC), 'the FIFO was replaced by a cache file');
  });
});

/** loadBundle on a small bundle of our own, in a fresh process (V8 keeps compiled scripts per process). */
function loadIn(bundle: string, folder: string | null, nodeFlags: readonly string[] = [], prelude = ''): { cache: string; answer: unknown } {
  const entry = new URL('../../src/cli/code-cache.js', import.meta.url).href;
  const script = `${prelude}
const { loadBundle } = await import(${JSON.stringify(entry)});
const b = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(folder)});
const answer = b.exports.answer();
b.save(['part:a']);
console.log(JSON.stringify({ cache: b.cache, answer }));`;
  const r = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { cache: string; answer: unknown };
}

test('loadBundle: missing, then accepted; an entry of its own under other Node options; none for a bundle without the build\'s hash or a folder', () => {
  withDir((dir) => {
    const code = 'exports.answer = function () { return [1, 2, 3].map((x) => x * 7).join(","); };\n';
    const bundle = join(dir, 'b.cjs');
    writeFileSync(bundle, `${BUNDLE_HEADER}${'ab'.repeat(32)}\n${code}`);
    const folder = join(dir, 'cache');
    mkdirSync(folder);
    assert.deepEqual(loadIn(bundle, folder), { cache: 'missing', answer: '7,14,21' });
    assert.deepEqual(loadIn(bundle, folder), { cache: 'accepted', answer: '7,14,21' });
    // V8 stamps its cache with its flags: a run under other Node options keeps an entry of its own
    // (a file named after them), and neither replaces the other.
    assert.deepEqual(loadIn(bundle, folder, ['--no-lazy']), { cache: 'missing', answer: '7,14,21' });
    assert.deepEqual(loadIn(bundle, folder, ['--no-lazy']), { cache: 'accepted', answer: '7,14,21' });
    assert.deepEqual(loadIn(bundle, folder), { cache: 'accepted', answer: '7,14,21' });
    assert.equal(readdirSync(folder).length, 2, readdirSync(folder).join(', '));
    assert.deepEqual(loadIn(bundle, null), { cache: 'off', answer: '7,14,21' });
    const plain = join(dir, 'plain.cjs');
    writeFileSync(plain, code);
    const other = join(dir, 'other');
    mkdirSync(other);
    assert.deepEqual(loadIn(plain, other), { cache: 'off', answer: '7,14,21' });
    assert.deepEqual(readdirSync(other), [], 'nothing written for a bundle without a hash');
  });
});

test('loadBundle: a file system that refuses fsync still gets its entry; a temporary file a killed save left is removed', () => {
  withDir((dir) => {
    const bundle = join(dir, 'b.cjs');
    writeFileSync(bundle, `${BUNDLE_HEADER}${'cd'.repeat(32)}\nexports.answer = function () { return 42; };\n`);
    const folder = join(dir, 'cache');
    mkdirSync(folder);
    // VirtualBox shared folders answer fsync with EINVAL.
    const refuse = `import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';
fs.fsyncSync = () => { throw Object.assign(new Error('EINVAL: invalid argument, fsync'), { code: 'EINVAL' }); };
syncBuiltinESMExports();`;
    const old = join(folder, `profile-${process.version}-${process.arch}.bin.99999.tmp`);
    const recent = join(folder, `profile-${process.version}-${process.arch}.bin.99998.tmp`);
    writeFileSync(old, 'left by a run killed while saving');
    writeFileSync(recent, 'maybe another run saving right now');
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(old, hourAgo, hourAgo);
    assert.deepEqual(loadIn(bundle, folder, [], refuse), { cache: 'missing', answer: 42 });
    assert.deepEqual(loadIn(bundle, folder), { cache: 'accepted', answer: 42 });
    assert.equal(existsSync(old), false, 'an hour-old temporary file stays');
    assert.equal(existsSync(recent), true, 'a fresh temporary file (another save) was removed');
  });
});

test('no cache when XDG_CACHE_HOME is a link into a checkout', { skip: !posix && 'POSIX only' }, () => {
  withDir((dir) => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, '.cache'));
    symlinkSync(join(repo, '.cache'), join(dir, 'cache-link'));
    const r = runCli(['profile', MODEL], { env: { ...envIn(dir), XDG_CACHE_HOME: join(dir, 'cache-link') } });
    assert.equal(r.status, 0, r.stderr);
    // Nothing made there, not even the empty folders, whether the link is the folder or above it.
    assert.deepEqual(readdirSync(join(repo, '.cache')), []);
    const below = runCli(['profile', MODEL], { env: { ...envIn(dir), XDG_CACHE_HOME: join(dir, 'cache-link', 'x') } });
    assert.equal(below.status, 0, below.stderr);
    assert.deepEqual(readdirSync(join(repo, '.cache')), []);
  });
});

test('a test run keeps the caches of the CLI it starts in its own temporary folder, never the home folder', () => {
  // npm test loads test/support/private-cache.ts first: without it, the runs below wrote into
  // ~/.cache/model-budget, and the cache there grew to hold every reader and op family.
  const folder = process.env['MODEL_BUDGET_TEST_CACHE'];
  assert.ok(folder, 'MODEL_BUDGET_TEST_CACHE is not set: run the tests with npm test');
  assert.equal(process.env['XDG_CACHE_HOME'], folder);
  assert.ok(folder.startsWith(tmpdir()), folder);
  const run = runCli(['profile', MODEL]);
  assert.equal(run.status, 0, run.stderr);
  if (posix) assert.ok(readdirSync(join(folder, 'model-budget', 'v8-code-cache')).some((f) => f.startsWith(`profile-${process.version}-`)));
});
