/**
 * The subset of the ONNX IR (onnx.proto, IR versions 3..11) that model-budget needs, written
 * from the ONNX IR specification as a protobufjs JSON descriptor.
 *
 * One source of truth for field numbers: the streaming reader uses `FIELD`, the test writer and
 * the benchmark's full-decode baseline load the descriptor into a protobufjs Root.
 */
import type { IField, INamespace } from 'protobufjs';

/** Field numbers, by message, used by the hand-written streaming decoder. */
export const FIELD = {
  model: {
    irVersion: 1, producerName: 2, producerVersion: 3, domain: 4, modelVersion: 5, docString: 6,
    graph: 7, opsetImport: 8, metadataProps: 14, trainingInfo: 20, functions: 25,
  },
  opset: { domain: 1, version: 2 },
  graph: {
    node: 1, name: 2, initializer: 5, docString: 10, input: 11, output: 12, valueInfo: 13,
    quantizationAnnotation: 14, sparseInitializer: 15, metadataProps: 16,
  },
  node: { input: 1, output: 2, name: 3, opType: 4, attribute: 5, docString: 6, domain: 7, overload: 8 },
  attribute: {
    name: 1, f: 2, i: 3, s: 4, t: 5, g: 6, floats: 7, ints: 8, strings: 9, tensors: 10, graphs: 11,
    docString: 13, tp: 14, typeProtos: 15, type: 20, refAttrName: 21, sparseTensor: 22, sparseTensors: 23,
  },
  tensor: {
    dims: 1, dataType: 2, segment: 3, floatData: 4, int32Data: 5, stringData: 6, int64Data: 7, name: 8,
    rawData: 9, doubleData: 10, uint64Data: 11, docString: 12, externalData: 13, dataLocation: 14,
  },
  sparseTensor: { values: 1, indices: 2, dims: 3 },
  stringEntry: { key: 1, value: 2 },
  valueInfo: { name: 1, type: 2, docString: 3 },
  typeProto: { tensorType: 1, sequenceType: 4, mapType: 5, opaqueType: 7, sparseTensorType: 8, optionalType: 9 },
  tensorType: { elemType: 1, shape: 2 },
  shape: { dim: 1 },
  dimension: { dimValue: 1, dimParam: 2, denotation: 3 },
  function: {
    name: 1, input: 4, output: 5, attribute: 6, node: 7, docString: 8, opsetImport: 9, domain: 10,
    attributeProto: 11, valueInfo: 12, overload: 13,
  },
} as const;

/** AttributeProto.AttributeType */
export const ATTRIBUTE_TYPE = {
  UNDEFINED: 0, FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8,
  TENSORS: 9, GRAPHS: 10, SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
} as const;

/** TensorProto.DataLocation */
export const DATA_LOCATION = { DEFAULT: 0, EXTERNAL: 1 } as const;

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
