/**
 * The protobufjs descriptor of the ONNX messages in schema.ts, for the test writer
 * (test/support/onnx-writer.ts) and the benchmark's full-decode baseline: a round trip through
 * it and the streaming reader checks the reader's field numbers. Not part of the reader.
 */
import type { IField, INamespace } from 'protobufjs';

function f(id: number, type: string, rule?: 'repeated', packed?: boolean): IField {
  const out: IField = { type, id };
  if (rule) {
    out.rule = rule;
    // protobufjs packs repeated scalars unless told otherwise (proto3 behaviour); onnx.proto is
    // proto2, so dims/ints/floats must be written unpacked to match real exporters' bytes.
    out.options = { packed: packed ?? false };
  }
  return out;
}

/**
 * protobufjs reflection descriptor for package `onnx` (proto2 semantics: repeated scalars are
 * unpacked by default, except where onnx.proto declares `[packed = true]`).
 */
export const ONNX_DESCRIPTOR: INamespace = {
  nested: {
    onnx: {
      nested: {
        StringStringEntryProto: { fields: { key: f(1, 'string'), value: f(2, 'string') } },
        OperatorSetIdProto: { fields: { domain: f(1, 'string'), version: f(2, 'int64') } },
        TensorShapeProto: {
          fields: { dim: f(1, 'Dimension', 'repeated') },
          nested: {
            Dimension: {
              oneofs: { value: { oneof: ['dimValue', 'dimParam'] } },
              fields: { dimValue: f(1, 'int64'), dimParam: f(2, 'string'), denotation: f(3, 'string') },
            },
          },
        },
        TypeProto: {
          oneofs: {
            value: { oneof: ['tensorType', 'sequenceType', 'mapType', 'opaqueType', 'sparseTensorType', 'optionalType'] },
          },
          fields: {
            tensorType: f(1, 'Tensor'), sequenceType: f(4, 'Sequence'), mapType: f(5, 'Map'),
            denotation: f(6, 'string'), opaqueType: f(7, 'Opaque'), sparseTensorType: f(8, 'SparseTensor'),
            optionalType: f(9, 'Optional'),
          },
          nested: {
            Tensor: { fields: { elemType: f(1, 'int32'), shape: f(2, 'TensorShapeProto') } },
            Sequence: { fields: { elemType: f(1, 'TypeProto') } },
            Map: { fields: { keyType: f(1, 'int32'), valueType: f(2, 'TypeProto') } },
            Optional: { fields: { elemType: f(1, 'TypeProto') } },
            SparseTensor: { fields: { elemType: f(1, 'int32'), shape: f(2, 'TensorShapeProto') } },
            Opaque: { fields: { domain: f(1, 'string'), name: f(2, 'string') } },
          },
        },
        ValueInfoProto: {
          fields: { name: f(1, 'string'), type: f(2, 'TypeProto'), docString: f(3, 'string') },
        },
        TensorProto: {
          fields: {
            dims: f(1, 'int64', 'repeated'),
            dataType: f(2, 'int32'),
            segment: f(3, 'Segment'),
            floatData: f(4, 'float', 'repeated', true),
            int32Data: f(5, 'int32', 'repeated', true),
            stringData: f(6, 'bytes', 'repeated'),
            int64Data: f(7, 'int64', 'repeated', true),
            name: f(8, 'string'),
            rawData: f(9, 'bytes'),
            doubleData: f(10, 'double', 'repeated', true),
            uint64Data: f(11, 'uint64', 'repeated', true),
            docString: f(12, 'string'),
            externalData: f(13, 'StringStringEntryProto', 'repeated'),
            dataLocation: f(14, 'int32'),
          },
          nested: { Segment: { fields: { begin: f(1, 'int64'), end: f(2, 'int64') } } },
        },
        SparseTensorProto: {
          fields: { values: f(1, 'TensorProto'), indices: f(2, 'TensorProto'), dims: f(3, 'int64', 'repeated') },
        },
        AttributeProto: {
          fields: {
            name: f(1, 'string'), f: f(2, 'float'), i: f(3, 'int64'), s: f(4, 'bytes'), t: f(5, 'TensorProto'),
            g: f(6, 'GraphProto'), floats: f(7, 'float', 'repeated'), ints: f(8, 'int64', 'repeated'),
            strings: f(9, 'bytes', 'repeated'), tensors: f(10, 'TensorProto', 'repeated'),
            graphs: f(11, 'GraphProto', 'repeated'), docString: f(13, 'string'), tp: f(14, 'TypeProto'),
            typeProtos: f(15, 'TypeProto', 'repeated'), type: f(20, 'int32'), refAttrName: f(21, 'string'),
            sparseTensor: f(22, 'SparseTensorProto'), sparseTensors: f(23, 'SparseTensorProto', 'repeated'),
          },
        },
        NodeProto: {
          fields: {
            input: f(1, 'string', 'repeated'), output: f(2, 'string', 'repeated'), name: f(3, 'string'),
            opType: f(4, 'string'), attribute: f(5, 'AttributeProto', 'repeated'), docString: f(6, 'string'),
            domain: f(7, 'string'), overload: f(8, 'string'),
          },
        },
        GraphProto: {
          fields: {
            node: f(1, 'NodeProto', 'repeated'), name: f(2, 'string'), initializer: f(5, 'TensorProto', 'repeated'),
            docString: f(10, 'string'), input: f(11, 'ValueInfoProto', 'repeated'),
            output: f(12, 'ValueInfoProto', 'repeated'), valueInfo: f(13, 'ValueInfoProto', 'repeated'),
            sparseInitializer: f(15, 'SparseTensorProto', 'repeated'),
          },
        },
        FunctionProto: {
          fields: {
            name: f(1, 'string'), input: f(4, 'string', 'repeated'), output: f(5, 'string', 'repeated'),
            attribute: f(6, 'string', 'repeated'), node: f(7, 'NodeProto', 'repeated'), docString: f(8, 'string'),
            opsetImport: f(9, 'OperatorSetIdProto', 'repeated'), domain: f(10, 'string'),
            attributeProto: f(11, 'AttributeProto', 'repeated'), valueInfo: f(12, 'ValueInfoProto', 'repeated'),
            overload: f(13, 'string'),
          },
        },
        ModelProto: {
          fields: {
            irVersion: f(1, 'int64'), producerName: f(2, 'string'), producerVersion: f(3, 'string'),
            domain: f(4, 'string'), modelVersion: f(5, 'int64'), docString: f(6, 'string'), graph: f(7, 'GraphProto'),
            opsetImport: f(8, 'OperatorSetIdProto', 'repeated'), metadataProps: f(14, 'StringStringEntryProto', 'repeated'),
            functions: f(25, 'FunctionProto', 'repeated'),
          },
        },
      },
    },
  },
};
