/**
 * The subset of the ONNX IR (onnx.proto, IR versions 3..11) that model-budget needs, written
 * from the ONNX IR specification as a protobufjs JSON descriptor.
 *
 * One source of truth for field numbers: the streaming reader uses `FIELD`; the test writer and
 * the benchmark's full-decode baseline load the protobufjs descriptor of the same messages
 * (descriptor.ts, apart so that the reader's bundle chunk does not carry it).
 */

/**
 * Field numbers, by message, used by the hand-written streaming decoder. Const enums, not an
 * object: tsc writes each `FIELD.node.input` as the number itself, so a decoder's
 * `switch (field)` compares against literals (a jump table in V8's interpreter) instead of
 * loading a property per case and field, which a cold (interpreted) decode paid for every
 * field of every message (issue 14, engine cold).
 */
export namespace FIELD {
  // A namespace of const enums only: it emits no JavaScript.
  export const enum model {
    irVersion = 1, producerName = 2, producerVersion = 3, domain = 4, modelVersion = 5, docString = 6,
    graph = 7, opsetImport = 8, metadataProps = 14, trainingInfo = 20, functions = 25
  }
  export const enum opset { domain = 1, version = 2 }
  export const enum graph {
    node = 1, name = 2, initializer = 5, docString = 10, input = 11, output = 12, valueInfo = 13,
    quantizationAnnotation = 14, sparseInitializer = 15, metadataProps = 16
  }
  export const enum node {
    input = 1, output = 2, name = 3, opType = 4, attribute = 5, docString = 6, domain = 7, overload = 8
  }
  export const enum attribute {
    name = 1, f = 2, i = 3, s = 4, t = 5, g = 6, floats = 7, ints = 8, strings = 9, tensors = 10,
    graphs = 11, docString = 13, tp = 14, typeProtos = 15, type = 20, refAttrName = 21, sparseTensor = 22,
    sparseTensors = 23
  }
  export const enum tensor {
    dims = 1, dataType = 2, segment = 3, floatData = 4, int32Data = 5, stringData = 6, int64Data = 7,
    name = 8, rawData = 9, doubleData = 10, uint64Data = 11, docString = 12, externalData = 13,
    dataLocation = 14
  }
  export const enum sparseTensor { values = 1, indices = 2, dims = 3 }
  export const enum stringEntry { key = 1, value = 2 }
  export const enum valueInfo { name = 1, type = 2, docString = 3 }
  export const enum typeProto {
    tensorType = 1, sequenceType = 4, mapType = 5, opaqueType = 7, sparseTensorType = 8, optionalType = 9
  }
  export const enum tensorType { elemType = 1, shape = 2 }
  export const enum shape { dim = 1 }
  export const enum dimension { dimValue = 1, dimParam = 2, denotation = 3 }
  /** FunctionProto (`function` is a reserved word). */
  export const enum functionProto {
    name = 1, input = 4, output = 5, attribute = 6, node = 7, docString = 8, opsetImport = 9, domain = 10,
    attributeProto = 11, valueInfo = 12, overload = 13
  }
}

/** AttributeProto.AttributeType (a const enum, as FIELD). */
export const enum ATTRIBUTE_TYPE {
  UNDEFINED = 0, FLOAT = 1, INT = 2, STRING = 3, TENSOR = 4, GRAPH = 5, FLOATS = 6, INTS = 7, STRINGS = 8,
  TENSORS = 9, GRAPHS = 10, SPARSE_TENSOR = 11, SPARSE_TENSORS = 12, TYPE_PROTO = 13, TYPE_PROTOS = 14,
}

/** TensorProto.DataLocation */
export const enum DATA_LOCATION { DEFAULT = 0, EXTERNAL = 1 }
