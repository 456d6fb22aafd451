/** How the registry recognises a TFLite file without loading the reader. */
import { FILE_IDENTIFIER } from './schema.js';

/** Whether the first bytes are a TFLite flatbuffer (file identifier 'TFL3' at bytes 4..8). */
export function isTflite(head: Uint8Array): boolean {
  return head.byteLength >= 8 && String.fromCharCode(...head.subarray(4, 8)) === FILE_IDENTIFIER;
}
