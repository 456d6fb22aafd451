/**
 * TensorFlow in the format registry: `.pb` files. A file named `saved_model.pb` is a SavedModel
 * (its `variables/` folder is side files: a change to any of them re-profiles it); any other
 * `.pb` is a frozen GraphDef. Neither has a signature; a `.pb` that is ONNX is claimed by the
 * ONNX format's content check first. The report's format version says which of the two it is.
 */
import { basename } from 'node:path';
import type { ModelFormat } from '../registry.js';
import { readGraphDefFile, readSavedModelFile, savedModelSideFiles } from './reader.js';

const isSavedModel = (path: string): boolean => basename(path).toLowerCase() === 'saved_model.pb';

export const tensorflowFormat: ModelFormat = {
  name: 'tensorflow',
  label: 'TensorFlow',
  kind: 'weights',
  extensions: ['.pb'],
  async read(path) {
    return isSavedModel(path)
      ? { kind: 'weights', weights: readSavedModelFile(path), formatVersion: 'SavedModel' }
      : { kind: 'weights', weights: readGraphDefFile(path), formatVersion: 'GraphDef' };
  },
  sideFiles(path, content) {
    return isSavedModel(path) ? savedModelSideFiles(path, content) : [];
  },
};
