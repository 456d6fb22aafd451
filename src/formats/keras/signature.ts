/** How the registry recognises a Keras file (HDF5 signature, Keras 3 zip) without loading the reader. */
import { firstZipEntryName } from '../pytorch/signature.js';

/** The HDF5 signature, `\x89HDF\r\n\x1a\n`. */
export const HDF5_MAGIC = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export function hasHdf5Magic(head: Uint8Array, at = 0): boolean {
  return HDF5_MAGIC.every((b, i) => head[at + i] === b);
}
/**
 * Whether the first bytes are an HDF5 file (signature at 0; 512+ is found by name) or a Keras 3
 * zip, whose first entry is metadata.json or config.json (Keras writes them first).
 */
export function isKerasHead(head: Uint8Array): boolean {
  if (hasHdf5Magic(head, 0)) return true;
  const first = firstZipEntryName(head);
  return first === 'metadata.json' || first === 'config.json';
}

/**
 * Bytes of a `.h5` read to tell a Keras file from other HDF5 (a dataset, netCDF4) when only a
 * default glob selected it: the superblock, the root group and its attributes come first in
 * the files h5py and the HDF5 library write (datasets' data after them).
 */
export const KERAS_PROBE_BYTES = 1024 * 1024;
