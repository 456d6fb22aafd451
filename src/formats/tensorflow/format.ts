/**
 * TensorFlow in the format registry: `.pb` files. A file named `saved_model.pb` is a SavedModel
 * (its `variables/` folder is side files and members: a change to any of them re-profiles it,
 * and the folder given to the CLI is the model); any other `.pb` is a frozen GraphDef, which the
 * default globs take only when its first bytes are a GraphDef's (`.pb` is every protobuf's
 * ending). A `.pb` that is ONNX is claimed by the ONNX format's content check first. The
 * report's format version says which of the two it is.
 */
import { basename, posix } from 'node:path';
import type { ModelFormat } from '../registry.js';
import { looksLikeGraphDef } from './signature.js';

/** The files of a SavedModel's `variables/` folder: the index and the data shards. */
const VARIABLES_FILE = /^variables\.(index|data-\d{5}-of-\d{5})$/;

export const isSavedModel = (path: string): boolean => basename(path).toLowerCase() === 'saved_model.pb';

export const tensorflowFormat: ModelFormat = {
  name: 'tensorflow',
  label: 'TensorFlow',
  kind: 'graph',
  extensions: ['.pb'],
  modelNames: ['saved_model.pb'],
  magic: looksLikeGraphDef,
  reader: async () => (await import('./format-reader.js')).reader,
  modelKey(path) {
    const name = posix.basename(path);
    const dir = posix.dirname(path);
    if (posix.basename(dir) !== 'variables' || !VARIABLES_FILE.test(name)) return null;
    const model = posix.join(posix.dirname(dir), 'saved_model.pb');
    return { key: model, entries: [model] };
  },
};
