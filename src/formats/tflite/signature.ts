/**
 * How the registry recognises a TFLite file without loading the reader, nor the schema tables
 * (schema.ts builds its option tables as it loads: work every `profile` paid for nothing).
 */

/** The flatbuffer file identifier of TFLite models (schema.fbs `file_identifier`). */
export const FILE_IDENTIFIER = 'TFL3';

/** Whether the first bytes are a TFLite flatbuffer (file identifier 'TFL3' at bytes 4..8). */
export function isTflite(head: Uint8Array): boolean {
  return head.byteLength >= 8 && String.fromCharCode(...head.subarray(4, 8)) === FILE_IDENTIFIER;
}
