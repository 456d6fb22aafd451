import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, parseConfig } from '../../src/budget/config.js';
import { compileGlob, globMatch, GlobError, MAX_GLOB_LENGTH, MAX_GLOBSTARS, normalizePath } from '../../src/budget/glob.js';

describe('globMatch', () => {
  test('* stays within one segment', () => {
    assert.equal(globMatch('models/detector/*.onnx', 'models/detector/yolo.onnx'), true);
    assert.equal(globMatch('models/detector/*.onnx', 'models/detector/v2/yolo.onnx'), false);
    assert.equal(globMatch('models/detector/*.onnx', 'models/detector/yolo.onnx.bak'), false);
    assert.equal(globMatch('*.onnx', 'a.onnx'), true);
    assert.equal(globMatch('*.onnx', 'dir/a.onnx'), false);
  });
  test('** spans any number of segments, including none', () => {
    assert.equal(globMatch('models/legacy/**', 'models/legacy/a.onnx'), true);
    assert.equal(globMatch('models/legacy/**', 'models/legacy/x/y/z.onnx'), true);
    assert.equal(globMatch('models/legacy/**', 'models/legacy2/a.onnx'), false);
    assert.equal(globMatch('**/*.onnx', 'a.onnx'), true);
    assert.equal(globMatch('**/*.onnx', 'a/b/c.onnx'), true);
    assert.equal(globMatch('models/**/head.onnx', 'models/head.onnx'), true);
    assert.equal(globMatch('models/**/head.onnx', 'models/a/b/head.onnx'), true);
    assert.equal(globMatch('models/**/head.onnx', 'other/models/head.onnx'), false);
  });
  test('? matches one character but not /', () => {
    assert.equal(globMatch('v?.onnx', 'v1.onnx'), true);
    assert.equal(globMatch('v?.onnx', 'v12.onnx'), false);
    assert.equal(globMatch('a?b', 'a/b'), false);
  });
  test('{a,b} alternatives, nested', () => {
    assert.equal(globMatch('models/{detector,classifier}/*.onnx', 'models/classifier/m.onnx'), true);
    assert.equal(globMatch('models/{detector,classifier}/*.onnx', 'models/segmenter/m.onnx'), false);
    assert.equal(globMatch('m.{onnx,ort}', 'm.ort'), true);
    assert.equal(globMatch('{a,b{1,2}}.onnx', 'b2.onnx'), true);
    assert.equal(globMatch('{a,b{1,2}}.onnx', 'b3.onnx'), false);
    // outside braces a comma is literal
    assert.equal(globMatch('a,b.onnx', 'a,b.onnx'), true);
    assert.equal(globMatch('a,b.onnx', 'a.onnx'), false);
  });
  test('character classes, ranges and negation', () => {
    assert.equal(globMatch('v[0-9].onnx', 'v7.onnx'), true);
    assert.equal(globMatch('v[0-9].onnx', 'vx.onnx'), false);
    assert.equal(globMatch('v[!0-9].onnx', 'vx.onnx'), true);
    assert.equal(globMatch('v[^0-9].onnx', 'v7.onnx'), false);
    assert.equal(globMatch('[ab]*.onnx', 'b_net.onnx'), true);
    assert.equal(globMatch('a[!x]b', 'a/b'), false);
  });
  test('regex characters in paths are literal', () => {
    assert.equal(globMatch('models/net(v1)+.onnx', 'models/net(v1)+.onnx'), true);
    assert.equal(globMatch('a.onnx', 'aXonnx'), false);
    assert.equal(globMatch('a$b^.onnx', 'a$b^.onnx'), true);
  });
  test('dotfiles and ./ prefixes', () => {
    assert.equal(globMatch('**/*.onnx', '.models/a.onnx'), true);
    assert.equal(globMatch('models/*.onnx', './models/a.onnx'), true);
    assert.equal(normalizePath('.\\models\\a.onnx'), 'models/a.onnx');
  });
  test('a backslash in a path is part of a name (git paths separate with / only)', () => {
    assert.equal(globMatch('vendor/**', 'vendor\\big.onnx'), false);
    assert.equal(globMatch('*.onnx', 'vendor\\big.onnx'), true);
    assert.equal(globMatch('**/*.onnx', 'a\\b/c\\d.onnx'), true);
  });
  test('malformed patterns are errors', () => {
    assert.throws(() => globMatch('models/{a,b', 'x'), { name: 'GlobError', message: 'glob "models/{a,b": unclosed "{"' });
    assert.throws(() => globMatch('models/[ab', 'x'), GlobError);
    assert.throws(() => globMatch('models/a**.onnx', 'x'), GlobError);
  });
});

describe('hostile patterns and paths (#8 item 11)', () => {
  test('a class range out of order is a GlobError, and a config error with file:line', () => {
    assert.throws(() => globMatch('[z-a].onnx', 'a.onnx'), (e: unknown) => e instanceof GlobError && /^glob "\[z-a\]\.onnx": range out of order in character class$/.test(e.message));
    const config = 'version: 1\nmodels:\n  - name: m\n    path: "[z-a].onnx"\n';
    assert.throws(() => parseConfig(config), (e: unknown) =>
      e instanceof ConfigError && e.message === '.github/model-budget.yml:4: models[0].path: glob "[z-a].onnx": range out of order in character class');
  });

  test('globs run on the linear-time engine: many * against a long name cannot backtrack', () => {
    const pattern = '*a*a*a*a*a*a*a*zz.onnx';
    const re = compileGlob(pattern);
    // The `l` flag: V8's non-backtracking engine (a backtracking regex took over 20 s on 65 characters).
    assert.equal(re.flags, 'l');
    assert.equal(compileGlob(pattern), re, 'compiled once');
    assert.equal(globMatch(pattern, `${'a'.repeat(60)}.onnx`), false);
    assert.equal(globMatch(pattern, `${'a'.repeat(4090)}.onnx`), false);
    assert.equal(globMatch(pattern, 'xaaaaaaazz.onnx'), true);
    assert.equal(globMatch(`**/${pattern}`, `${'a/'.repeat(1000)}${'a'.repeat(60)}.onnx`), false);
  });

  test('repeated ** segments are one; more than 16 is a GlobError, not minutes of matching', () => {
    // 100,000 `**/` in a config a pull request brought ran for minutes in 3 GB: each was a pass of
    // the linear engine over the path. Repeats match the same paths, so they compile to one group
    // (1,000 of them here: a glob that long is now refused by its length alone, MAX_GLOB_LENGTH).
    const repeated = `${'**/'.repeat(1000)}x.onnx`;
    assert.equal(compileGlob(repeated).source, compileGlob('**/x.onnx').source);
    assert.equal(globMatch(repeated, `${'a/'.repeat(2000)}x.onnx`), true);
    assert.equal(globMatch(repeated, 'x.onnx'), true);
    assert.equal(globMatch(repeated, 'a/y.onnx'), false);
    assert.equal(globMatch('models/**/**', 'models/a/b.onnx'), true);
    assert.equal(globMatch('models/**/**', 'other/a.onnx'), false);
    const sixteen = `${'**/a/'.repeat(MAX_GLOBSTARS)}x.onnx`;
    assert.equal(globMatch(sixteen, `${'a/'.repeat(MAX_GLOBSTARS)}x.onnx`), true);
    assert.throws(() => globMatch(`**/b/${sixteen}`, 'x.onnx'), { name: 'GlobError', message: /^glob "\*\*\/b\/\*\*\/a\/.{60,}\.\.\.": more than 16 "\*\*" segments$/ });
    const config = `version: 1\nmodels:\n  - name: m\n    path: "${'**/a/'.repeat(17)}x.onnx"\n`;
    assert.throws(() => parseConfig(config), (e: unknown) => e instanceof ConfigError && /^\.github\/model-budget\.yml:4: models\[0\]\.path: glob ".*": more than 16 "\*\*" segments$/.test(e.message));
  });

  test('a file name with a newline or other control characters is still under its folder\'s budget', () => {
    // A PR can name a file `models/x\n.onnx`; `models/**` must cover it like any other name below.
    assert.equal(globMatch('models/**', 'models/x\n.onnx'), true);
    assert.equal(globMatch('models/**', 'models/a\r\nb/c.onnx'), true);
    assert.equal(globMatch('**/*.onnx', 'models/x\n.onnx'), true);
    assert.equal(globMatch('models/*.onnx', 'models/x\ny.onnx'), true);
    assert.equal(globMatch('models/**', 'other/x\n.onnx'), false);
  });
});

describe('glob size (a pull request brings its config and so its globs)', () => {
  test('a glob of more than 4,096 characters, the longest path a file system takes, is refused; 4,096 is read', () => {
    const longest = `models/${'x'.repeat(MAX_GLOB_LENGTH - 'models/'.length - '.onnx'.length)}.onnx`;
    assert.equal(longest.length, 4096);
    assert.equal(globMatch(longest, longest), true);
    const over = `${longest}x`;
    assert.throws(() => compileGlob(over), (e: unknown) => e instanceof GlobError
      && e.message === `glob ${JSON.stringify(`${over.slice(0, 80)}...`)}: 4097 characters, more than the 4096 of the longest path a file system takes`);
  });
});
