import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { globMatch, GlobError, normalizePath } from '../../src/budget/glob.js';

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
  test('malformed patterns are errors', () => {
    assert.throws(() => globMatch('models/{a,b', 'x'), { name: 'GlobError', message: 'glob "models/{a,b": unclosed "{"' });
    assert.throws(() => globMatch('models/[ab', 'x'), GlobError);
    assert.throws(() => globMatch('models/a**.onnx', 'x'), GlobError);
  });
});
