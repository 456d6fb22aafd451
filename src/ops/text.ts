/**
 * String and media ops of the default domain: StringConcat, StringNormalizer, StringSplit,
 * RegexFullMatch, TfIdfVectorizer, ImageDecoder.
 *
 * String processing is not floating-point arithmetic: these count 0 FLOPs (stated in the table,
 * never guessed), and string tensors have no fixed element size, so their memory access is 0
 * bytes. TfIdfVectorizer counts its weighting; ImageDecoder's decode work has no FLOP measure and
 * its output size depends on the file, so it is marked as a lower bound.
 */
import { dtypeKind } from '../graph/dtype.js';
import { OpError } from '../shapes/types.js';
import type { Cost, InferContext, OpDef, SymDim } from '../shapes/types.js';
import { broadcastShapes, numel } from '../shapes/util.js';
import { NO_ARITHMETIC, single } from './shape-ops.js';

const STRING_DOC = { flops: '0: string processing, not arithmetic', memory: '0 bytes for string tensors (no fixed element size); numeric outputs written' };

function requireString(ctx: InferContext, i: number, what: string): void {
  const dtype = ctx.input(i).type.dtype;
  if (dtype && dtypeKind(dtype) !== 'string') throw new OpError(`${what} must be a string tensor, got ${dtype}`);
}

const stringConcatOp: OpDef = {
  domain: '', opType: 'StringConcat', since: 20, doc: STRING_DOC,
  infer(ctx) {
    requireString(ctx, 0, 'X');
    requireString(ctx, 1, 'Y');
    return single({ dtype: 'string', shape: broadcastShapes([ctx.shapeOf(0), ctx.shapeOf(1)]) });
  },
  cost: () => NO_ARITHMETIC,
};

const regexFullMatchOp: OpDef = {
  domain: '', opType: 'RegexFullMatch', since: 20, doc: STRING_DOC,
  infer(ctx) {
    requireString(ctx, 0, 'X');
    if (!ctx.attrs.has('pattern')) throw new OpError("required attribute 'pattern' is missing");
    ctx.attrs.string('pattern');
    return single({ dtype: 'bool', shape: [...ctx.shapeOf(0)] });
  },
  cost: () => NO_ARITHMETIC,
};

const stringNormalizerOp: OpDef = {
  domain: '', opType: 'StringNormalizer', since: 10, doc: STRING_DOC,
  infer(ctx) {
    requireString(ctx, 0, 'X');
    const x = ctx.shapeOf(0);
    const mode = ctx.attrs.string('case_change_action', 'NONE');
    if (!['LOWER', 'UPPER', 'NONE'].includes(mode)) throw new OpError(`case_change_action must be LOWER, UPPER or NONE, got '${mode}'`);
    const stops = ctx.attrs.strings('stopwords', []);
    if (x.length === 1) return single({ dtype: 'string', shape: stops.length ? [ctx.freshDim('stringnormalizer')] : [x[0]!] });
    if (x.length === 2 && x[0] === 1) return single({ dtype: 'string', shape: stops.length ? [1, ctx.freshDim('stringnormalizer')] : [1, x[1]!] });
    throw new OpError(`X must be [C] or [1, C], got [${x.join(',')}]`);
  },
  cost: () => NO_ARITHMETIC,
};

const stringSplitOp: OpDef = {
  domain: '', opType: 'StringSplit', since: 20, doc: STRING_DOC,
  infer(ctx) {
    requireString(ctx, 0, 'X');
    const x = ctx.shapeOf(0);
    const maxsplit = ctx.attrs.has('maxsplit') ? ctx.attrs.int('maxsplit') : undefined;
    if (maxsplit !== undefined && maxsplit < 0) throw new OpError(`maxsplit must be >= 0, got ${maxsplit}`);
    // The number of substrings is the longest split, known from the data only.
    return { outputs: [{ dtype: 'string', shape: [...x, ctx.freshDim('stringsplit')] }, { dtype: 'int64', shape: [...x] }] };
  },
  cost: () => NO_ARITHMETIC,
};

const tfIdfOp: OpDef = {
  domain: '', opType: 'TfIdfVectorizer', since: 9,
  doc: {
    flops: '0 with mode TF (counting); 1 per output element with IDF or TFIDF (the weight multiply)',
    memory: 'input read + output written',
  },
  infer(ctx) {
    const x = ctx.shapeOf(0);
    const mode = ctx.attrs.string('mode');
    if (!['TF', 'IDF', 'TFIDF'].includes(mode)) throw new OpError(`mode must be TF, IDF or TFIDF, got '${mode}'`);
    const indexes = ctx.attrs.ints('ngram_indexes');
    if (indexes.length === 0) throw new OpError("attribute 'ngram_indexes' is empty");
    const width = Math.max(...indexes) + 1;
    let shape: SymDim[];
    if (x.length === 1) shape = [width];
    else if (x.length === 2) shape = [x[0]!, width];
    else throw new OpError(`X must be [C] or [N, C], got rank ${x.length}`);
    return single({ dtype: 'float32', shape });
  },
  cost(ctx, outputs): Cost {
    const mode = ctx.attrs.string('mode');
    return { macs: 0, flops: mode === 'TF' ? 0 : numel(outputs[0]!.shape!) };
  },
};

const imageDecoderOp: OpDef = {
  domain: '', opType: 'ImageDecoder', since: 20,
  doc: {
    flops: 'not counted: decoding a compressed image is integer work with no FLOP measure; totals are marked as a lower bound',
    memory: 'encoded bytes read + decoded image written (unresolved: the image size comes from the file)',
  },
  infer(ctx) {
    const x = ctx.shapeOf(0);
    if (x.length !== 1) throw new OpError(`encoded_stream must be 1-D, got rank ${x.length}`);
    const format = ctx.attrs.string('pixel_format', 'RGB');
    if (!['RGB', 'BGR', 'Grayscale'].includes(format)) throw new OpError(`pixel_format must be RGB, BGR or Grayscale, got '${format}'`);
    return single({ dtype: 'uint8', shape: [ctx.freshDim('image_height'), ctx.freshDim('image_width'), format === 'Grayscale' ? 1 : 3] });
  },
  cost: () => ({ macs: 0, flops: 0, lowerBound: 'ImageDecoder: decoding work is not counted' }),
};

export const ops: OpDef[] = [
  stringConcatOp,
  regexFullMatchOp,
  stringNormalizerOp,
  stringSplitOp,
  tfIdfOp,
  imageDecoderOp,
];
